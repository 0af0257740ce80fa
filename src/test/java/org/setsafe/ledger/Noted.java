package org.setsafe.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** A fact for ledger tests: what any module's event looks like to the ledger. */
public record Noted(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, String note, UUID about)
    implements RecordedFact {

  public static Noted on(UUID productionId, UUID actorId, Instant at, String note) {
    return new Noted(UUID.randomUUID(), productionId, actorId, at, note, UUID.randomUUID());
  }

  @Override
  public String kind() {
    return "test.noted";
  }

  @Override
  public List<String> subjects() {
    return List.of("note:" + about);
  }
}
