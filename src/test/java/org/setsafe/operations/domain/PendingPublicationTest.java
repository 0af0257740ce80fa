package org.setsafe.operations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingPublicationTest {

  @Test
  void theLedgerEscalationAndAutomaticReportsAreSafetyDutiesAndStaffingIsNot() {
    assertThat(listenedBy("org.setsafe.ledger.LedgerRecorder.record(org.setsafe.shared.RecordedFact)").safetyDuty())
        .isTrue();
    assertThat(listenedBy("org.setsafe.escalation.EscalationListener.on("
        + "org.setsafe.reporting.ReportEvents$HazardReported)").safetyDuty()).isTrue();
    assertThat(listenedBy("org.setsafe.reporting.AutomaticReports.on(org.setsafe.custody.domain.CustodyEvents$Misfire)")
        .safetyDuty()).isTrue();
    assertThat(listenedBy("org.setsafe.staffing.ScheduleChanges.on(org.setsafe.production.ProductionEvents$DayPlanned)")
        .safetyDuty()).isFalse();
    assertThat(listenedBy("LedgerRecorder").safetyDuty()).as("no class and method to read").isFalse();
  }

  private static PendingPublication listenedBy(String listenerId) {
    return new PendingPublication(UUID.randomUUID(), listenerId, "org.setsafe.reporting.ReportEvents$HazardReported",
        Instant.parse("2026-12-06T07:00:00Z"), 1, null);
  }
}
