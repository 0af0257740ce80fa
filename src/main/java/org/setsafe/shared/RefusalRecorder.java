package org.setsafe.shared;

import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a refused step in its own transaction, so it survives the rollback of the step it refused, and publishes
 * it for the ledger: investigators want the attempts, not only what succeeded. The one place every module's refusals
 * go through; each module supplies its own fact (and, where it keeps refusals in its own tables too, how to store it).
 */
@Component
public class RefusalRecorder {

  private final ApplicationEventPublisher events;

  RefusalRecorder(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** Records the refusal for the ledger alone; returns it, so callers can name it in their answer. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public <F extends RefusedFact> F record(F refusal) {
    events.publishEvent(refusal);
    return refusal;
  }

  /**
   * Records the refusal in the module's own store ({@code keep}, in the same new transaction) and for the ledger,
   * so the module's copy and the ledger's agree or are both missing.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public <F extends RefusedFact> F record(F refusal, Consumer<? super F> keep) {
    keep.accept(refusal);
    events.publishEvent(refusal);
    return refusal;
  }
}
