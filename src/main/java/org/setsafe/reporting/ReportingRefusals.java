package org.setsafe.reporting;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.setsafe.reporting.ReportEvents.ReportingRefused;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.stereotype.Component;

/**
 * Reporting's refusals as facts, recorded through the shared recorder so they reach the ledger although the step is
 * rolled back: investigators want the attempts to close a concern or restart a stopped scene, not only what
 * succeeded. Only crew members' attempts are recorded, never an anonymous reporter's.
 */
@Component
class ReportingRefusals {

  private final RefusalRecorder recorder;
  private final Clock clock;

  ReportingRefusals(RefusalRecorder recorder, Clock clock) {
    this.recorder = recorder;
    this.clock = clock;
  }

  /**
   * Records that the step is not the caller's role to take, and returns the exception to throw; {@code key} and
   * {@code args} are the reason's words ({@code reason.reporting.role.*}).
   */
  public AccessRefusedException refuse(UUID productionId, UUID actorId, String subject, String attempted,
      String reason, String key, Object... args) {
    Refusal refusal = new Refusal(ReportEvents.ROLE_RULE, reason).saying(key, args);
    record(productionId, actorId, subject, attempted, refusal);
    return new AccessRefusedException(refusal);
  }

  /**
   * Records that a lifecycle rule refused the step, and returns the exception to throw; {@code actorId} null (an
   * anonymous reporter) is answered but not recorded.
   */
  public RuleRefusedException refuseStep(UUID productionId, UUID actorId, String subject, String attempted,
      Refusal refusal) {
    String refusalId = actorId == null ? null
        : record(productionId, actorId, subject, attempted, refusal).factId().toString();
    return new RuleRefusedException(refusal.field(), refusal, refusalId);
  }

  private ReportingRefused record(UUID productionId, UUID actorId, String subject, String attempted,
      Refusal refusal) {
    return recorder.record(new ReportingRefused(UUID.randomUUID(), productionId, actorId,
        clock.instant().truncatedTo(ChronoUnit.MILLIS), subject, attempted, refusal.rule(), refusal.reason()));
  }
}
