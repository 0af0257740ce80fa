package org.setsafe.custody.domain;

/**
 * The armorer's next step with a weapon in the order of custody: receive, inspect, show it clear (empty) or show the
 * load (loaded), wait for the witnesses, issue, collect, lock up; or nothing to take while it is on hold or gone.
 * {@link #code()} is how the pages and the API name it.
 */
public enum NextStep {
  RECEIVE("receive", CustodyAction.RECEIVE),
  INSPECT("inspect", CustodyAction.INSPECT),
  SHOW_CLEAR("show-clear", CustodyAction.SHOW_CLEAR),
  SHOW_LOAD("show-load", CustodyAction.SHOW_LOAD),
  /** Shown; the witnesses have still to confirm from their own phones. */
  AWAITING_WITNESSES("awaiting", null),
  ISSUE("issue", CustodyAction.ISSUE),
  COLLECT("return", CustodyAction.COLLECT),
  LOCK_UP("lock-up", CustodyAction.LOCK_UP),
  UNLOCK("unlock", CustodyAction.UNLOCK),
  /** A review is awaited after a misfire or accidental discharge. */
  ON_HOLD("on-hold", null),
  DISPOSED("disposed", null);

  private final String code;
  private final CustodyAction action;

  NextStep(String code, CustodyAction action) {
    this.code = code;
    this.action = action;
  }

  public String code() {
    return code;
  }

  /** The armorer's action this step is, if the armorer has one to take. */
  public java.util.Optional<CustodyAction> action() {
    return java.util.Optional.ofNullable(action);
  }
}
