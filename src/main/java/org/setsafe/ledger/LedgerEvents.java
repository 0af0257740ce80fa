package org.setsafe.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What happens to the ledger itself, recorded in the installation log like any other fact. */
public final class LedgerEvents {

  private LedgerEvents() {}

  /** A new checkpoint signing key became current; the old one still verifies what it signed. */
  public record SigningKeyRotated(UUID factId, UUID actorId, Instant occurredAt, String previousKey, String newKey,
      String newKeyFingerprint) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "ledger.signing-key-rotated"; }
    @Override public List<String> subjects() { return List.of("ledger-key:" + newKey); }
  }

  /**
   * The server refused to sign a checkpoint because the log no longer extends what was signed or witnessed
   * before: someone changed the ledger behind SetSafe's back. Recorded in the installation log, so the refusal is
   * evidence too, and the operations module raises the alarm.
   */
  public record CheckpointRefused(UUID factId, Instant occurredAt, String origin, UUID logProductionId,
      long databaseSize, String reason) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public UUID actorId() { return null; }
    @Override public String kind() { return "ledger.checkpoint-refused"; }
    @Override public List<String> subjects() {
      return logProductionId == null ? List.of() : List.of("production:" + logProductionId);
    }
  }
}
