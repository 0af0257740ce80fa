package org.setsafe.shared;

/**
 * Input a safety rule refuses by what it says, not by the current state (live rounds named on a lot): a 400 like
 * any input error, but the attempt was recorded as evidence first, and {@code refusalId} names that record.
 */
public class RefusedInputException extends InvalidInputException {

  private final String refusalId;

  public RefusedInputException(String field, String rule, String reason, String refusalId) {
    super(field, rule, reason);
    this.refusalId = refusalId;
  }

  /** The recorded refusal of this input, with its words if it has some. */
  public RefusedInputException(String field, Refusal refusal, String refusalId) {
    super(field, refusal.rule(), refusal.reason(), refusal.said());
    this.refusalId = refusalId;
  }

  @Override
  public RefusedInputException saying(String key, Object... args) {
    super.saying(key, args);
    return this;
  }

  /** The id of the recorded refusal (its ledger fact id). */
  public String refusalId() {
    return refusalId;
  }
}
