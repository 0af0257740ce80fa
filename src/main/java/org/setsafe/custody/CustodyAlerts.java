package org.setsafe.custody;

import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises an alert fact (a round count that does not reconcile) in its own transaction, so it survives the
 * refusal of the step that found it and reaches the ledger and reporting like any other fact.
 */
@Component
class CustodyAlerts {

  private final CustodyStore store;
  private final ApplicationEventPublisher events;

  CustodyAlerts(CustodyStore store, ApplicationEventPublisher events) {
    this.store = store;
    this.events = events;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void raise(CustodyEvent alert) {
    store.append(alert);
    events.publishEvent(alert);
  }
}
