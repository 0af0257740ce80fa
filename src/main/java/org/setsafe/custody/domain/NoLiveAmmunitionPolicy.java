package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * Live ammunition is never registered on a production: it is banned on set (California Labor Code §9155;
 * industry safety bulletin #1). On "Rust" live rounds sat among the dummies and nobody could say where they came
 * from; an attempt to register some is therefore evidence, recorded like any other custody refusal.
 */
public final class NoLiveAmmunitionPolicy {

  public static final String RULE = RoundClass.NO_LIVE_AMMUNITION;

  /** Refuses a round class as typed or scanned that names live rounds ("live", "LIVE_ROUND", "live-45"). */
  public Optional<Refusal> check(String roundClass) {
    return RoundClass.namesLive(roundClass) ? Optional.of(new Refusal(RULE, RoundClass.LIVE_REFUSED)
        .saying("reason." + RULE)) : Optional.empty();
  }
}
