package org.setsafe.custody.domain;

import java.util.Objects;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * What {@link LotProtocol} decided about one lot step: refused by a rule, with the refusal to record as evidence; out
 * of step with where the lot stands ({@link #conflict()}: someone else already quarantined or released it, answered
 * but not recorded as an attempt against a rule); or accepted, with the fact to append (none for a receipt, which
 * registers the lot) and the lot's balance once it is.
 */
public record LotDecision(CustodyAction action, Refusal refusal, boolean conflict, LotEvent event, LotBalance after) {

  public LotDecision {
    Objects.requireNonNull(action, "action");
    if ((refusal == null) == (after == null) || (conflict && refusal == null)) {
      throw new IllegalArgumentException("a lot decision is either a refusal or the lot's balance after the step");
    }
  }

  public static LotDecision refused(CustodyAction action, Refusal refusal) {
    return new LotDecision(action, Objects.requireNonNull(refusal, "refusal"), false, null, null);
  }

  public static LotDecision outOfStep(CustodyAction action, Refusal refusal) {
    return new LotDecision(action, Objects.requireNonNull(refusal, "refusal"), true, null, null);
  }

  public static LotDecision accepted(CustodyAction action, LotEvent event, LotBalance after) {
    return new LotDecision(action, null, false, event, after);
  }

  public boolean accepted() {
    return refusal == null;
  }

  public Optional<Refusal> refusalIfAny() {
    return Optional.ofNullable(refusal);
  }
}
