package org.setsafe.budget.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a safety budget line as recorded: planned units at a rate, committed and entered actual spending,
 * all in whole cents of the budget's currency; the units the schedule needed then; who changed it, when and why; and, when the change was a cut the
 * budget flags, what made it one and the management review it opened. A later version replaces it as the line;
 * this one stays on record.
 */
public record LineVersion(UUID id, UUID productionId, SafetyLineKind kind, int version, String currency,
    BigDecimal plannedUnits, long rateCents, long committedCents, long actualCents, BigDecimal neededUnits, String note, String reason,
    String cut, UUID reviewId, UUID changedBy, Instant changedAt) {

  public LineVersion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(plannedUnits, "plannedUnits");
    Objects.requireNonNull(neededUnits, "neededUnits");
    Objects.requireNonNull(changedBy, "changedBy");
    Objects.requireNonNull(changedAt, "changedAt");
    if (version < 1) {
      throw new IllegalArgumentException("versions count from 1");
    }
    if (plannedUnits.signum() < 0 || rateCents < 0 || committedCents < 0 || actualCents < 0) {
      throw new IllegalArgumentException("a budget line has no negative amounts");
    }
  }

  /** Planned units times the rate, in cents. */
  public long plannedCents() {
    return Money.times(plannedUnits, rateCents);
  }

  public boolean flagged() {
    return cut != null;
  }
}
