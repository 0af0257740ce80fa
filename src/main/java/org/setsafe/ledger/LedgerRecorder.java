package org.setsafe.ledger;

import java.util.concurrent.Executor;
import org.setsafe.shared.RecordedFact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalApplicationListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Feeds the ledger: every {@link RecordedFact} any module publishes is appended after the module's
 * transaction commits. The fact is first kept by Spring Modulith's event publication registry in that
 * same transaction, so a crash between the commit and the append loses nothing: the registry hands it
 * over again (at restart, or on a running instance by the operations module's resubmissions, with backoff) and
 * the fact id makes sure it lands once.
 *
 * <p>The publication is completed by the ledger's own group commit, in the transaction that writes the entry
 * ({@link LedgerSequencer}), not in one transaction a fact afterwards: so many facts cost one commit, and an entry
 * on disk and its publication gone are one and the same moment. That is why this is a listener of its own rather
 * than an annotated method, whose registry bookkeeping (marked processing, then completed) would cost two
 * transactions a fact; the registry is only told here so it forgets the fact it holds in memory
 * ({@link LedgerPublications} keeps that from touching the database again).
 */
@Component
class LedgerRecorder implements TransactionalApplicationListener<ApplicationEvent>, GenericApplicationListener {

  /** As the annotated listener was known, so publications kept before an upgrade are still handed over here. */
  static final PublicationTargetIdentifier LISTENER =
      PublicationTargetIdentifier.of("org.setsafe.ledger.LedgerRecorder.record(org.setsafe.shared.RecordedFact)");

  private static final Logger LOG = LoggerFactory.getLogger(LedgerRecorder.class);

  private final LedgerSequencer sequencer;
  private final EventPublicationRegistry registry;
  private final Executor executor;

  LedgerRecorder(LedgerSequencer sequencer, EventPublicationRegistry registry,
      @Qualifier("applicationTaskExecutor") Executor executor) {
    this.sequencer = sequencer;
    this.registry = registry;
    this.executor = executor;
  }

  @Override
  public boolean supportsEventType(ResolvableType eventType) {
    if (!PayloadApplicationEvent.class.isAssignableFrom(eventType.toClass())) {
      return false;
    }
    // Only facts: the registry keeps a publication for every event this says yes to, and would wait for it forever.
    return RecordedFact.class.isAssignableFrom(eventType.as(PayloadApplicationEvent.class).getGeneric().toClass());
  }

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }

  @Override
  public String getListenerId() {
    return LISTENER.getValue();
  }

  /** After the publishing transaction commits; a fact published outside one is recorded all the same. */
  @Override
  public void onApplicationEvent(ApplicationEvent event) {
    if (factOf(event) == null) {
      return;
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          processEvent(event);
        }
      });
    } else {
      processEvent(event);
    }
  }

  /**
   * Hands the fact to the sequencer on another thread: the request that published it does not wait for the
   * ledger, and no connection is held here while the sequencer gathers its batch. Also how the registry hands a
   * kept publication over again.
   */
  @Override
  public void processEvent(ApplicationEvent event) {
    RecordedFact fact = factOf(event);
    if (fact != null) {
      executor.execute(() -> record(fact));
    }
  }

  void record(RecordedFact fact) {
    try {
      sequencer.appendHandedOver(fact);
    } catch (RuntimeException e) {
      // One line, naming the deepest cause (the constraint or the outage), as every other listener's failure reads.
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      LOG.warn("Listener LedgerRecorder.record failed on {}: {}; kept and tried again later",
          fact.getClass().getSimpleName(), String.valueOf(cause).lines().findFirst().orElse(""));
      LOG.debug("Listener LedgerRecorder.record failed", e);
      try {
        registry.markFailed(fact, LISTENER);
      } catch (RuntimeException notMarked) {
        // The publication stays as it was, and is handed over again all the same.
        LOG.debug("Could not mark the ledger's publication failed", notMarked);
      }
      return;
    }
    try {
      // Completed in the group commit already; this only lets the registry forget it.
      registry.markCompleted(fact, LISTENER);
    } catch (RuntimeException e) {
      // Nothing is lost: the publication is gone from the database with the entry's commit.
      LOG.debug("The registry could not be told the ledger recorded {}", fact.kind(), e);
    }
  }

  @Override
  public void addCallback(SynchronizationCallback callback) {
    throw new UnsupportedOperationException("the ledger's hand-over takes no callbacks");
  }

  private static RecordedFact factOf(ApplicationEvent event) {
    return event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof RecordedFact fact
        ? fact : null;
  }
}
