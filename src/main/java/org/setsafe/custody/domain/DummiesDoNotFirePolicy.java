package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A dummy has no primer and no powder: it cannot fire. A "dummy" that fired was a live round, which is how Halyna
 * Hutchins was killed on "Rust"; recording it as rounds fired would file the worst event on set as routine. The
 * armorer is sent to the live-round report instead, which holds every firearm of the production.
 */
public final class DummiesDoNotFirePolicy {

  public static final String RULE = "custody.dummies-do-not-fire";

  public Optional<Refusal> checkDischarge(AmmunitionLot lot) {
    if (!lot.roundClass().dummy()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "Dummies do not fire. If a round from "
        + lot.roundClass().lotName(lot.caliber(), lot.supplier()) + " fired, it was a live round: stop, keep "
        + "everyone clear of the weapon, and report a live round found, which holds every firearm until the safety "
        + "advisor and a producer clear it.").saying("reason." + RULE, RoundsOnHandPolicy.nameSaid(lot)));
  }
}
