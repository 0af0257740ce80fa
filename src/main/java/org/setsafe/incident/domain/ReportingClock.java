package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.incident.Regulator;
import org.setsafe.incident.ReportableOutcome;

/**
 * A regulator's clock on an incident: started when the outcome was recorded (or learned of later), due so many
 * hours after. Never changed: the report made is recorded beside it ({@link ReportMade}).
 */
public record ReportingClock(UUID id, UUID productionId, UUID incidentId, ReportableOutcome outcome, String usState,
    Regulator regulator, Instant startedAt, Instant dueAt, UUID recordedBy) {

  public ReportingClock {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(regulator, "regulator");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(recordedBy, "recordedBy");
    if (!dueAt.isAfter(startedAt)) {
      throw new IllegalArgumentException("a clock is due after it starts");
    }
  }

  /** Whether a report made at {@code madeAt} was late. */
  public boolean lateAt(Instant madeAt) {
    return madeAt.isAfter(dueAt);
  }
}
