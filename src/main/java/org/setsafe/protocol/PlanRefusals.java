package org.setsafe.protocol;

import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refused plan or sign-off in its own transaction, so it survives the rollback of the command it
 * refused: investigators want the attempts (a plan that put the camera 8 ft from the muzzle), not only what passed.
 */
@Component
class PlanRefusals {

  private final ApplicationEventPublisher events;

  PlanRefusals(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(WeaponPlanRefused refusal) {
    events.publishEvent(refusal);
  }
}
