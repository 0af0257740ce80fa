package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A lot of rounds as received: one class, one caliber, one supplier, one delivery. Guards registration:
 * every lot has a known class (never live, see {@link RoundClass}), a positive count and an origin, so
 * every round on set can be traced back to a delivery. What happened to the rounds afterwards is in the
 * custody events and summed by {@link LotBalance}.
 */
public record AmmunitionLot(
    UUID id,
    UUID productionId,
    RoundClass roundClass,
    String caliber,
    String supplier,
    LocalDate receivedOn,
    int count,
    LotOrigin origin) {

  public AmmunitionLot {
    Checks.id("id", id);
    Checks.id("productionId", productionId);
    Checks.present("roundClass", roundClass);
    caliber = Checks.text("caliber", caliber);
    supplier = Checks.text("supplier", supplier);
    Checks.present("receivedOn", receivedOn);
    Checks.positive("count", count);
    Checks.present("origin", origin);
  }

  /**
   * How the crew names the lot on every page and in every refusal: caliber, class with its load, and maker,
   * ".45 Colt quarter-load blanks from Desert Prop Ammunition". The id is for tags and the API, not for people.
   */
  public String displayName() {
    return roundClass.lotName(caliber, supplier);
  }

  /** The first eight characters of the id, as printed on the lot's tag: secondary detail under its name. */
  public String shortId() {
    return ShownWords.lotShortId(id);
  }
}
