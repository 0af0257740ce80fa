package org.setsafe.ledger;

import org.setsafe.shared.RecordedFact;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the ledger: every {@link RecordedFact} any module publishes is appended after the module's
 * transaction commits. The fact is first kept by Spring Modulith's event publication registry in that
 * same transaction, so a crash between the commit and the append loses nothing: the registry hands it
 * over again (at restart, or on a running instance by the operations module's resubmissions, with backoff) and
 * the fact id makes sure it lands once.
 */
@Component
class LedgerRecorder {

  private final LedgerSequencer sequencer;

  LedgerRecorder(LedgerSequencer sequencer) {
    this.sequencer = sequencer;
  }

  // No transaction of its own: the sequencer writes in batches, and a connection held here while
  // waiting for it would only starve the pool.
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void record(RecordedFact fact) {
    sequencer.append(fact);
  }
}
