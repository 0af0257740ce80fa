package org.setsafe.custody.domain;

/**
 * Where a lot came from. Rounds left over from another production are quarantined until re-inspected:
 * on "Rust", leftover dummies kept loose for weeks had live rounds among them and nobody could say where
 * those came from.
 */
public enum LotOrigin {
  NEW_FROM_SUPPLIER(false),
  FROM_ANOTHER_PRODUCTION(true);

  private final boolean quarantinedOnArrival;

  LotOrigin(boolean quarantinedOnArrival) {
    this.quarantinedOnArrival = quarantinedOnArrival;
  }

  public boolean quarantinedOnArrival() {
    return quarantinedOnArrival;
  }
}
