package org.setsafe.training;

/** Where a person stands on one qualification a production needs of them, on a given day. */
public enum QualificationStatus {
  /** Nothing current on record (none, withdrawn, or not yet valid). */
  MISSING,
  /** The latest certificate's expiry date has passed. */
  EXPIRED,
  /** Current, but it expires within the window asked about. */
  EXPIRING,
  /** Current, and not expiring soon. */
  CURRENT;

  public boolean needsAction() {
    return this != CURRENT;
  }
}
