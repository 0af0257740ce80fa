package org.setsafe.custody;

import org.setsafe.custody.domain.CustodyEvents.CustodyRefused;
import org.setsafe.custody.domain.CustodyStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refusal in its own transaction, so it survives the rollback of the step it refused: investigators
 * want the attempts, not only what succeeded.
 */
@Component
class CustodyRefusals {

  private final CustodyStore store;
  private final ApplicationEventPublisher events;

  CustodyRefusals(CustodyStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(CustodyRefused refusal) {
    store.append(refusal);
    events.publishEvent(refusal);
  }
}
