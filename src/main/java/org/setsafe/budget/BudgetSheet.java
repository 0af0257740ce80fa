package org.setsafe.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A production's safety budget as read: every line with its plan, commitment, actual and the schedule's need, by
 * line and by week, in whole cents of the budget's currency; the firearms days no budgeted armorer covers; the
 * share a cut may take before it is flagged.
 */
public record BudgetSheet(UUID productionId, String productionName, String currency, int allowedCutPercent,
    List<BudgetLine> lines, List<BudgetWeek> weeks, BudgetTotals totals, List<LocalDate> firearmsDaysWithoutArmorer) {

  /**
   * One safety line: the version in force (0 when never planned), planned units at a rate, committed and actual
   * (for a staffed line, the days worked by its duty at the line's rate), the schedule's need in units and money,
   * the variance (planned less actual), whether the plan is below the need, and every version, newest first.
   */
  public record BudgetLine(String kind, String label, String unit, boolean staffed, int version,
      BigDecimal plannedUnits, long rateCents, long plannedCents, long committedCents, BigDecimal actualUnits,
      long actualCents, BigDecimal neededUnits, long neededCents, long varianceCents, boolean belowNeed,
      boolean cutFlagged, UUID reviewId, List<BudgetLineVersion> versions) {}

  /** One recorded version of a line: who changed it, when, why, and the cut it was flagged as. */
  public record BudgetLineVersion(int version, BigDecimal plannedUnits, long rateCents, long plannedCents,
      long committedCents, long actualCents, BigDecimal neededUnits, String note, String reason, String cut,
      UUID reviewId, UUID changedBy, String changedByName, Instant changedAt) {}

  /**
   * One week (from its Monday) of the day lines: what the schedule needs, what the plan covers (planned days go to
   * the days that need them, in date order), what was worked, and the variance (planned less actual).
   */
  public record BudgetWeek(LocalDate weekOf, long neededCents, long plannedCents, long actualCents,
      long varianceCents) {}

  /** The budget's totals. */
  public record BudgetTotals(long plannedCents, long committedCents, long actualCents, long neededCents,
      long varianceCents, int linesBelowNeed) {}
}
