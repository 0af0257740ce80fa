package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A management review a producer must answer in writing; shown on the dashboard until they have. Opened by a
 * department's repeated reports, a resignation citing safety, or a cut to the safety budget.
 */
public record ManagementReview(UUID id, UUID productionId, Trigger trigger, String department, UUID reportId,
    String why, Instant openedAt, UUID answeredBy, String answer, Instant answeredAt) {

  /** What opened the review; a safety budget cut has no report behind it ({@code reportId} is null). */
  public enum Trigger { REPEATED_REPORTS, RESIGNATION, SAFETY_BUDGET_CUT }

  public boolean answered() {
    return answeredAt != null;
  }
}
