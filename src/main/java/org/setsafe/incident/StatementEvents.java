package org.setsafe.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * What happens to witness statements, as facts for the ledger. The whole crew may read the ledger, so a statement's
 * words never appear here: each version is recorded by its SHA-256, which proves later which words were given and
 * when without showing them. A witness from outside the crew is only marked as such, never named.
 */
public final class StatementEvents {

  private StatementEvents() {}

  /**
   * A version of a statement was given: by the witness in their own words ({@code recordedBy} is the witness), or
   * recorded for them by an investigator. {@code supersedes} is the version it corrects (null for the first).
   */
  public record StatementGiven(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID statementId, UUID versionId, int version, Integer supersedes, UUID witnessUserId,
      boolean witnessFromOutsideTheCrew, UUID recordedBy, String wordsSha256) implements RecordedFact {
    @Override public String kind() { return "incident.statement-given"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "statement:" + statementId);
    }
  }

  /** The witness confirmed the version an investigator recorded for them: these words, by this hash, are theirs. */
  public record StatementConfirmed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID statementId, UUID versionId, int version, UUID witnessUserId, String wordsSha256) implements RecordedFact {
    @Override public String kind() { return "incident.statement-confirmed"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "statement:" + statementId);
    }
  }
}
