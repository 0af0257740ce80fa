package org.setsafe.notify;

import java.time.Instant;
import java.util.UUID;

/** A notice in one person's in-app inbox; unread until they open it. */
public record InboxItem(UUID id, UUID productionId, String subject, String body, String link, Instant createdAt,
    Instant readAt) {

  public boolean unread() {
    return readAt == null;
  }
}
