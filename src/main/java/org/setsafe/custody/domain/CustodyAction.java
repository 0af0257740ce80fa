package org.setsafe.custody.domain;

/**
 * What someone may try to do with a weapon or rounds; the policies refuse actions, and a refusal records
 * which action was attempted. {@link #armorerOnly()} marks the actions that set a weapon's state, which
 * only the armorer or property master may take (California Labor Code §9153(a)(1)–(2)).
 */
public enum CustodyAction {
  RECEIVE(true),
  INSPECT(true),
  LOAD(true),
  UNLOAD(true),
  SHOW_CLEAR(true),
  /** Showing the witnesses a loaded weapon's load, round by round. */
  SHOW_LOAD(true),
  ISSUE(true),
  COLLECT(true),
  TRANSFER(true),
  LOCK_UP(true),
  UNLOCK(true),
  COUNT_ROUNDS(true),
  VERIFY_DUMMIES(true),
  DISPOSE(true),
  /** Recording rounds fired: the armorer keeps the round count. */
  DISCHARGE(true),
  RETURN_ROUNDS(true),
  TRANSFER_ROUNDS(true),
  REINSPECT_LOT(true),
  /** Taking a lot out of use, with the reason written. */
  QUARANTINE_LOT(true),
  CLOSE_DAY(true),
  /** A witness confirming or refusing a show-clear or a showing of the load: the witness's own act. */
  WITNESS_SHOW_CLEAR(false),
  /** Anyone may report a misfire, accidental discharge, malfunction or a live round found. */
  REPORT(false),
  REVIEW(false),
  /** Setting the watch's limits for the production (the lock-up grace). */
  SET_WATCH(false),
  CLEAR_HOLD(false),
  /** Settling in writing a shooting day not closed or not reconciled: the armorer and the safety advisor. */
  SETTLE_DAY(false),
  ASSIGN_SECOND_ROLE(false);

  private final boolean armorerOnly;

  CustodyAction(boolean armorerOnly) {
    this.armorerOnly = armorerOnly;
  }

  public boolean armorerOnly() {
    return armorerOnly;
  }

  /**
   * The armorer's duties with a weapon that decide whether it is safe in someone's hands: these need a current
   * armorer permit or qualification as well as the role (California Labor Code §9156).
   */
  public boolean needsArmorerQualification() {
    return this == INSPECT || this == LOAD || this == SHOW_CLEAR || this == SHOW_LOAD
        || this == ISSUE || this == COLLECT;
  }
}
