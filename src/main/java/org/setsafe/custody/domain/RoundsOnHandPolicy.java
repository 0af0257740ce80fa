package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Rounds leave only from where they are: a discharge from the rounds of that lot loaded in the weapon, a
 * return or transfer out from the rounds left in the box. A record of more rounds than were there means
 * a round from nowhere, one nobody could trace afterwards; on "Rust" nobody could say where the live rounds
 * came from.
 */
public final class RoundsOnHandPolicy {

  public static final String RULE = "custody.rounds-on-hand";

  /** A discharge of {@code count} rounds of {@code lot} from this weapon. */
  public Optional<Refusal> checkDischarge(WeaponCustody weapon, AmmunitionLot lot, int count) {
    int loaded = weapon.roundsInWeapon().getOrDefault(lot.id(), 0);
    if (count <= loaded) {
      return Optional.empty();
    }
    String name = name(lot);
    return Optional.of(new Refusal(RULE, loaded == 0
        ? weapon.weapon().label() + " has no " + name + " loaded in it, so none can have been fired from it. "
            + "Check the weapon and the lot; if a round of unknown origin was fired, report an accidental discharge."
        : weapon.weapon().label() + " holds " + loaded + " " + name + ", not " + count
            + ". Count the empties again; a round fired that was never loaded is a round nobody can trace.")
        .saying("reason." + RULE + (loaded == 0 ? ".none-loaded" : ".fewer-loaded"), weapon.weapon().label(),
            nameSaid(lot), String.valueOf(loaded), String.valueOf(count)));
  }

  /** Rounds of this lot leaving the production ({@code what}: "returned to the supplier", "transferred out"). */
  public Optional<Refusal> checkLeaving(LotBalance lot, int count, String what) {
    if (count <= lot.remaining()) {
      return Optional.empty();
    }
    String inWeapons = lot.inWeapons() > 0 ? " (" + lot.inWeapons() + " more are loaded in weapons: unload them first)" : "";
    return Optional.of(new Refusal(RULE, "Only " + lot.remaining() + " " + name(lot.lot()) + " are left in the box"
        + inWeapons + ", so " + count + " cannot be " + what + ". Count the lot.")
        .saying("reason." + RULE + (lot.inWeapons() > 0 ? ".leaving-some-loaded" : ".leaving"),
            String.valueOf(lot.remaining()), nameSaid(lot.lot()), String.valueOf(count),
            Said.of("reason.custody.leaving." + what.replace(' ', '-')), String.valueOf(lot.inWeapons())));
  }

  static String name(AmmunitionLot lot) {
    return lot.roundClass().lotName(lot.caliber(), lot.supplier());
  }

  /** The lot's name as words: caliber and supplier as written, the class of its rounds in the reader's language. */
  static Said nameSaid(AmmunitionLot lot) {
    return Said.of("reason.lot-name", lot.caliber(), Said.of("reason.round-class.plural." + lot.roundClass().name()),
        lot.supplier());
  }
}
