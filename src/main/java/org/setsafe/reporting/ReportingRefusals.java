package org.setsafe.reporting;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.setsafe.reporting.ReportEvents.ReportingRefused;
import org.setsafe.shared.AccessRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refused step in its own transaction, so it reaches the ledger although the step is rolled back:
 * investigators want the attempts to close a concern or restart a stopped scene, not only what succeeded. Only
 * crew members' attempts are recorded, never an anonymous reporter's.
 */
@Component
class ReportingRefusals {

  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReportingRefusals(ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.clock = clock;
  }

  /** Records the refusal and returns the exception to throw. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public AccessRefusedException refuse(UUID productionId, UUID actorId, String subject, String attempted,
      String reason) {
    events.publishEvent(new ReportingRefused(UUID.randomUUID(), productionId, actorId,
        clock.instant().truncatedTo(ChronoUnit.MILLIS), subject, attempted, reason));
    return new AccessRefusedException(reason);
  }
}
