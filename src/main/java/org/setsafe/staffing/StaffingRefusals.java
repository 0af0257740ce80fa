package org.setsafe.staffing;

import org.setsafe.staffing.StaffingEvents.SchedulingRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refusal in its own transaction, so it survives the rollback of the step it refused: investigators
 * want the attempts, not only what succeeded.
 */
@Component
class StaffingRefusals {

  private final ApplicationEventPublisher events;

  StaffingRefusals(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(SchedulingRefused refusal) {
    events.publishEvent(refusal);
  }
}
