package org.setsafe.shared;

import org.setsafe.shared.Refusal.Said;

/**
 * A safety rule refused the step in the current state (the weapon is on hold, nobody showed it clear).
 * Reported as 409 with the rule's code and its reason, and with {@code refusalId} naming the recorded
 * refusal, since the attempt itself is evidence. The message is the English reason, as recorded; pages show
 * {@link #reasonIn the reader's words} when the refusal has some.
 */
public class RuleRefusedException extends ConflictException {

  private final String refusalId;

  public RuleRefusedException(String field, String rule, String reason, String refusalId) {
    this(field, rule, reason, refusalId, null);
  }

  public RuleRefusedException(String field, Refusal refusal, String refusalId) {
    this(field, refusal.rule(), refusal.reason(), refusalId, refusal.said());
  }

  private RuleRefusedException(String field, String rule, String reason, String refusalId, Said said) {
    super(field, rule, reason, said);
    this.refusalId = refusalId;
  }

  @Override
  public RuleRefusedException saying(String key, Object... args) {
    super.saying(key, args);
    return this;
  }

  /** The id of the recorded refusal (its ledger fact id), or {@code null} if it was not recorded. */
  public String refusalId() {
    return refusalId;
  }
}
