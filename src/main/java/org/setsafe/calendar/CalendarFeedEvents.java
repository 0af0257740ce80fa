package org.setsafe.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * A person's calendar address made or ended, as facts for the ledger: the address is a key to their schedule, so
 * when one existed is evidence. Never carries the secret.
 */
public final class CalendarFeedEvents {

  private CalendarFeedEvents() {}

  /** A new secret address for the person's calendar; {@code replacedFeedId} is the one it ended, if any. */
  public record CalendarFeedIssued(UUID factId, UUID actorId, Instant occurredAt, UUID userId, UUID feedId,
      UUID replacedFeedId) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "calendar.feed-issued"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  /** The person's calendar address ended: it answers "not found" from then on. */
  public record CalendarFeedRevoked(UUID factId, UUID actorId, Instant occurredAt, UUID userId, UUID feedId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "calendar.feed-revoked"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }
}
