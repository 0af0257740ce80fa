package org.setsafe.ledger;

import java.time.Duration;
import org.setsafe.shared.RecordedFact;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Feeds the ledger: every {@link RecordedFact} any module publishes is appended after the module's
 * transaction commits. The fact is first kept by Spring Modulith's event publication registry in that
 * same transaction, so a crash between the commit and the append loses nothing: the registry hands it
 * over again (at restart, or to {@link #resubmitStragglers} on a running instance) and the fact id makes
 * sure it lands once.
 */
@Component
class LedgerRecorder {

  private final LedgerSequencer sequencer;
  private final IncompleteEventPublications incomplete;
  private final FailedEventPublications failed;
  private final Duration stragglerAge;

  LedgerRecorder(LedgerSequencer sequencer, IncompleteEventPublications incomplete, FailedEventPublications failed,
      @Value("${setsafe.ledger.resubmit-after:2m}") Duration stragglerAge) {
    this.sequencer = sequencer;
    this.incomplete = incomplete;
    this.failed = failed;
    this.stragglerAge = stragglerAge;
  }

  // No transaction of its own: the sequencer writes in batches, and a connection held here while
  // waiting for it would only starve the pool.
  @Async
  @TransactionalEventListener(fallbackExecution = true)
  void record(RecordedFact fact) {
    sequencer.append(fact);
  }

  /**
   * Facts whose hand-over failed or never finished (an admin CLI run that ended first, a database
   * hiccup, another instance that died mid-way) are handed over again. Appending is idempotent by fact id.
   */
  @Scheduled(fixedDelayString = "${setsafe.ledger.resubmit-every:1m}", initialDelayString = "${setsafe.ledger.resubmit-every:1m}")
  void resubmitStragglers() {
    ResubmissionOptions options = ResubmissionOptions.defaults().withMinAge(stragglerAge);
    failed.resubmit(options);
    incomplete.resubmitIncompletePublications(options);
  }
}
