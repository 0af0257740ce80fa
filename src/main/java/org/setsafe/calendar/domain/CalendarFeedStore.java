package org.setsafe.calendar.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The calendar feeds: a hash of each secret, whose it is, and what its feed last said. */
public interface CalendarFeedStore {

  /** A live feed, as read by its secret's hash. */
  record Feed(UUID id, UUID userId, Instant createdAt, String contentHash, Instant changedAt, Instant lastReadAt) {}

  void insert(UUID id, UUID userId, String secretHash, Instant createdAt);

  /** Ends the person's live feed, if any; true when there was one. */
  boolean revokeLive(UUID userId, Instant at);

  Optional<Feed> live(UUID userId);

  Optional<Feed> liveBySecret(String secretHash);

  /** Notes that the feed was read, and what it said since when. */
  void read(UUID feedId, String contentHash, Instant changedAt, Instant readAt);
}
