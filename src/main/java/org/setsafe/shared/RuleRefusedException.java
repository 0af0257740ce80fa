package org.setsafe.shared;

/**
 * A safety rule refused the step in the current state (the weapon is on hold, nobody showed it clear).
 * Reported as 409 with the rule's code and its reason, and with {@code refusalId} naming the recorded
 * refusal, since the attempt itself is evidence.
 */
public class RuleRefusedException extends ConflictException {

  private final String refusalId;

  public RuleRefusedException(String field, String rule, String reason, String refusalId) {
    super(field, rule, reason);
    this.refusalId = refusalId;
  }

  /** The id of the recorded refusal (its ledger fact id), or {@code null} if it was not recorded. */
  public String refusalId() {
    return refusalId;
  }
}
