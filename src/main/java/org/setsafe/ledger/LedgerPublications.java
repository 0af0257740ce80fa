package org.setsafe.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.WeakHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;

/**
 * The event publication registry as the ledger needs it: the ledger completes its own publications in the group
 * commit that writes their entries ({@link LedgerSequencer}), so when the registry is then told the ledger is done
 * ({@link LedgerRecorder}), it has nothing left to write: completing it once more would be a transaction a fact for
 * nothing. Every other listener's publications, and everything else, go to the registry's store as before.
 */
@Component
class LedgerPublications implements BeanPostProcessor {

  private volatile EventPublicationRepository store;
  /**
   * The publication id of each fact on its way to the ledger, as the registry created or read it: completing by id
   * does not depend on the fact serialising again exactly as it was stored (a re-delivered fact is a copy read
   * back). Weak, so a publication that never reaches the ledger (its transaction rolled back) is not held here.
   */
  private final Map<Object, UUID> ids = Collections.synchronizedMap(new WeakHashMap<>());

  /** Wraps the registry's store wherever Spring Modulith defines it (after its transactions were put around it). */
  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof EventPublicationRepository repository && !(bean instanceof CompletedByTheLedger)) {
      store = repository;
      return new CompletedByTheLedger(repository, this);
    }
    return bean;
  }

  /**
   * Completes the ledger's publication of the fact; called inside the ledger's write transaction, which the store
   * joins.
   */
  void complete(Object fact, Instant completionDate) {
    EventPublicationRepository registry = store;
    if (registry == null) {
      throw new IllegalStateException("no event publication registry to complete the ledger's publications in");
    }
    // Looked up, not removed: a group commit that fails is retried fact by fact, and the retry must still complete
    // by id. The entry goes when the fact itself is no longer referenced (weak keys).
    UUID id = ids.get(fact);
    if (id != null) {
      registry.markCompleted(id, completionDate);
    } else {
      registry.markCompleted(fact, LedgerRecorder.LISTENER, completionDate);
    }
  }

  private TargetEventPublication noted(TargetEventPublication publication) {
    if (ledgers(publication.getTargetIdentifier())) {
      ids.put(publication.getEvent(), publication.getIdentifier());
    }
    return publication;
  }

  private List<TargetEventPublication> noted(List<TargetEventPublication> publications) {
    publications.forEach(this::noted);
    return publications;
  }

  private static boolean ledgers(PublicationTargetIdentifier listener) {
    return LedgerRecorder.LISTENER.equals(listener);
  }

  /** The registry's store, but the ledger's completions already written. */
  private static final class CompletedByTheLedger implements EventPublicationRepository {

    private final EventPublicationRepository store;
    private final LedgerPublications ledger;

    CompletedByTheLedger(EventPublicationRepository store, LedgerPublications ledger) {
      this.store = store;
      this.ledger = ledger;
    }

    @Override
    public void markCompleted(TargetEventPublication publication, Instant completionDate) {
      if (ledgers(publication.getTargetIdentifier())) {
        publication.markCompleted(completionDate);
        return;
      }
      store.markCompleted(publication, completionDate);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
      if (!ledgers(identifier)) {
        store.markCompleted(event, identifier, completionDate);
      }
    }

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
      return ledger.noted(store.create(publication));
    }

    @Override
    public void markProcessing(UUID identifier) {
      store.markProcessing(identifier);
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
      store.markCompleted(identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
      store.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
      return store.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
      return ledger.noted(store.findIncompletePublications());
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
      return ledger.noted(store.findIncompletePublicationsPublishedBefore(instant));
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
        PublicationTargetIdentifier targetIdentifier) {
      return store.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
      return store.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
      store.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
      store.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
      store.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
      return ledger.noted(store.findFailedPublications(criteria));
    }

    @Override
    public List<TargetEventPublication> findByStatus(Status status) {
      return store.findByStatus(status);
    }

    @Override
    public int countByStatus(Status status) {
      return store.countByStatus(status);
    }
  }
}
