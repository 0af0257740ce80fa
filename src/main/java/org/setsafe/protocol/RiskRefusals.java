package org.setsafe.protocol;

import org.setsafe.protocol.RiskEvents.RiskSignOffRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a refused sign-off in its own transaction, so the attempt survives the rollback of the refused step. */
@Component
class RiskRefusals {

  private final ApplicationEventPublisher events;

  RiskRefusals(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(RiskSignOffRefused refusal) {
    events.publishEvent(refusal);
  }
}
