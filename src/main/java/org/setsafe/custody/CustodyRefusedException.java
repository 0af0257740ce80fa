package org.setsafe.custody;

import java.util.UUID;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RuleRefusedException;

/** A custody rule refused the step; the refusal was recorded (and reaches the ledger) before this was thrown. */
public class CustodyRefusedException extends RuleRefusedException {

  public CustodyRefusedException(String field, Refusal refusal, UUID refusalId) {
    super(field, refusal, refusalId == null ? null : refusalId.toString());
  }
}
