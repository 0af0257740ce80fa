package org.setsafe.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * When a change to a safety line is a cut the budget flags: it lowers the line's planned money and leaves fewer
 * units than the schedule needs, or lowers it by more than the allowed share of the previous version. A flagged cut
 * needs a written reason, and opens a management review; otherwise it is refused. Safety money must not go quietly.
 */
public final class CutPolicy {

  public static final String RULE = "budget.cut-needs-reason";

  private final int allowedSharePercent;

  public CutPolicy(int allowedSharePercent) {
    if (allowedSharePercent < 0 || allowedSharePercent > 100) {
      throw new IllegalArgumentException("the allowed share of a cut is a percentage from 0 to 100");
    }
    this.allowedSharePercent = allowedSharePercent;
  }

  public int allowedSharePercent() {
    return allowedSharePercent;
  }

  /**
   * Why the change is a flagged cut, in words for the review; empty when it is none. {@code previous} is the line
   * as it stands (null for a new line, which cuts nothing).
   */
  public Optional<String> cut(LineVersion previous, BigDecimal units, long plannedCents, BigDecimal neededUnits) {
    if (previous == null || plannedCents >= previous.plannedCents()) {
      return Optional.empty();
    }
    SafetyLineKind kind = previous.kind();
    if (units.compareTo(neededUnits) < 0) {
      return Optional.of(kind.label() + " cut to " + units(units, kind) + ", below the " + neededUnits.toPlainString() + " the schedule needs (was "
          + previous.plannedUnits().stripTrailingZeros().toPlainString() + ")");
    }
    long before = previous.plannedCents();
    BigDecimal share = BigDecimal.valueOf(before - plannedCents).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
    if (share.compareTo(BigDecimal.valueOf(allowedSharePercent)) > 0) {
      return Optional.of(kind.label() + " cut by " + share.stripTrailingZeros().toPlainString() + "%, more than the "
          + allowedSharePercent + "% allowed without a review");
    }
    return Optional.empty();
  }

  private static String units(BigDecimal units, SafetyLineKind kind) {
    String number = units.stripTrailingZeros().toPlainString();
    return number + " " + kind.unit() + (units.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
  }

  /** A flagged cut without a written reason is refused; the reason names the rule and what to do. */
  public Optional<Refusal> check(Optional<String> cut, String reason) {
    if (cut.isPresent() && (reason == null || reason.isBlank())) {
      return Optional.of(new Refusal(RULE, cut.get() + ". A cut like this needs a written reason, and opens a "
          + "management review a producer answers and studio safety sees.", "reason"));
    }
    return Optional.empty();
  }
}
