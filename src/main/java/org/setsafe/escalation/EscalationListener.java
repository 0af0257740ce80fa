package org.setsafe.escalation;

import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.ReportAcknowledged;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.setsafe.reporting.ReportEvents.StopWorkCalled;
import org.setsafe.reporting.ReportEvents.WorkResumed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reporting's facts, as they commit. The event publication registry hands a fact over again after a crash until
 * its listener completed; each handler is idempotent on the fact's id.
 */
@Component
class EscalationListener {

  private final Escalations escalations;
  private final StopWorkNotices stopWork;

  EscalationListener(Escalations escalations, StopWorkNotices stopWork) {
    this.escalations = escalations;
    this.stopWork = stopWork;
  }

  @ApplicationModuleListener
  void on(HazardReported fact) {
    escalations.reported(fact);
  }

  @ApplicationModuleListener
  void on(ReportAcknowledged fact) {
    escalations.acknowledged(fact);
  }

  @ApplicationModuleListener
  void on(ReportResolved fact) {
    escalations.resolved(fact);
  }

  @ApplicationModuleListener
  void on(ReportReopened fact) {
    escalations.reopened(fact);
  }

  @ApplicationModuleListener
  void on(StopWorkCalled fact) {
    stopWork.called(fact);
  }

  @ApplicationModuleListener
  void on(WorkResumed fact) {
    stopWork.resumed(fact);
  }
}
