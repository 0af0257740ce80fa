package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/** A management review a producer must answer in writing; shown on the dashboard until they have. */
public record ManagementReview(UUID id, UUID productionId, Trigger trigger, String department, UUID reportId,
    String why, Instant openedAt, UUID answeredBy, String answer, Instant answeredAt) {

  public enum Trigger { REPEATED_REPORTS, RESIGNATION }

  public boolean answered() {
    return answeredAt != null;
  }
}
