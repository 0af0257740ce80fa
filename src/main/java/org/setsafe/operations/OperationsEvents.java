package org.setsafe.operations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What the ledger keeps of operations: that people were told a safety fact was stuck, and when. */
public final class OperationsEvents {

  private OperationsEvents() {}

  /**
   * A safety fact waited past the set time for a listener; administrators and studio safety were told. The fact
   * itself is named by its type and publication, not copied.
   */
  public record SafetyFactStuck(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID publicationId,
      String listener, String eventType, Instant publishedAt, int retries, List<String> told) implements RecordedFact {
    public SafetyFactStuck {
      told = List.copyOf(told);
    }

    @Override public String kind() { return "operations.safety-fact-stuck"; }
    @Override public List<String> subjects() { return List.of("publication:" + publicationId); }
  }
}
