package org.setsafe.budget.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

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
   * A flagged cut: {@code why} in English, as the review, the line's version and the ledger keep it, and the same as
   * bundle words ({@code said}), so a refused cut reads in the reader's language on the page.
   */
  public record Cut(String why, Said said) {}

  /**
   * Why the change is a flagged cut, in words for the review; empty when it is none. {@code previous} is the line
   * as it stands (null for a new line, which cuts nothing).
   */
  public Optional<Cut> cut(LineVersion previous, BigDecimal units, long plannedCents, BigDecimal neededUnits) {
    if (previous == null || plannedCents >= previous.plannedCents()) {
      return Optional.empty();
    }
    SafetyLineKind kind = previous.kind();
    Said line = Said.of("budget.line." + kind.name());
    if (units.compareTo(neededUnits) < 0) {
      String number = units.stripTrailingZeros().toPlainString();
      boolean one = units.compareTo(BigDecimal.ONE) == 0;
      String need = neededUnits.toPlainString();
      String was = previous.plannedUnits().stripTrailingZeros().toPlainString();
      return Optional.of(new Cut(kind.label() + " cut to " + number + " " + kind.unit() + (one ? "" : "s")
          + ", below the " + need + " the schedule needs (was " + was + ")", Said.of("reason.budget.cut.below-need",
          line, number, Said.of("budget.unit." + kind.unit() + (one ? ".one" : ".many")), need, was)));
    }
    long before = previous.plannedCents();
    BigDecimal share = BigDecimal.valueOf(before - plannedCents).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
    if (share.compareTo(BigDecimal.valueOf(allowedSharePercent)) > 0) {
      String percent = share.stripTrailingZeros().toPlainString();
      return Optional.of(new Cut(kind.label() + " cut by " + percent + "%, more than the " + allowedSharePercent
          + "% allowed without a review", Said.of("reason.budget.cut.over-the-share", line, percent,
          String.valueOf(allowedSharePercent))));
    }
    return Optional.empty();
  }

  /** A flagged cut without a written reason is refused; the reason names the rule and what to do. */
  public Optional<Refusal> check(Optional<Cut> cut, String reason) {
    if (cut.isPresent() && (reason == null || reason.isBlank())) {
      return Optional.of(new Refusal(RULE, cut.get().why() + ". A cut like this needs a written reason, and opens a "
          + "management review a producer answers and studio safety sees.", "reason")
          .saying("reason." + RULE, cut.get().said()));
    }
    return Optional.empty();
  }
}
