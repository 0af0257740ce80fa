package org.setsafe.escalation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.ReportAcknowledged;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.setsafe.reporting.ReportEvents.StopWorkCalled;
import org.setsafe.reporting.ReportEvents.WorkResumed;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.RecordedFact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes reporting's facts as the reporting service would: inside a transaction, so that the event publication
 * registry hands them to escalation after the commit.
 */
final class ReportFacts {

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  ReportFacts(ApplicationEventPublisher events, TransactionTemplate transaction) {
    this.events = events;
    this.transaction = transaction;
  }

  <T extends RecordedFact> T publish(T fact) {
    transaction.executeWithoutResult(status -> events.publishEvent(fact));
    return fact;
  }

  HazardReported criticalFirearmsReport(UUID productionId, UUID reporter, Instant at) {
    return criticalFirearmsReport(productionId, reporter, at, "Revolver went off during the church rehearsal");
  }

  HazardReported criticalFirearmsReport(UUID productionId, UUID reporter, Instant at, String title) {
    return publish(new HazardReported(UUID.randomUUID(), productionId, reporter, at, UUID.randomUUID(),
        Hazard.FIREARMS, Severity.CRITICAL, title, false, null));
  }

  ReportAcknowledged acknowledge(HazardReported report, UUID by, Instant at) {
    return publish(new ReportAcknowledged(UUID.randomUUID(), report.productionId(), by, at, report.reportId()));
  }

  ReportResolved resolve(HazardReported report, UUID by, Instant at) {
    return publish(new ReportResolved(UUID.randomUUID(), report.productionId(), by, at, report.reportId(),
        "Weapon withdrawn; blanks from a verified lot only; safety meeting held"));
  }

  ReportReopened reopen(HazardReported report, UUID by, Instant at) {
    return publish(new ReportReopened(UUID.randomUUID(), report.productionId(), by, at, report.reportId(),
        "It happened again"));
  }

  StopWorkCalled stopWork(UUID productionId, UUID by, Instant at, Set<UUID> toNotify) {
    return publish(new StopWorkCalled(UUID.randomUUID(), productionId, by, at, UUID.randomUUID(), null,
        "Camera operator in the line of fire", toNotify));
  }

  WorkResumed resume(StopWorkCalled call, UUID by, Instant at) {
    return publish(new WorkResumed(UUID.randomUUID(), call.productionId(), by, at, call.stopWorkId(),
        "Remote monitor set up; shield in place"));
  }
}
