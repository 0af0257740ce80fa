package org.setsafe.identity;

import java.time.Instant;
import java.util.UUID;

/** What a person sees of their own tokens: never the token, only its first characters. */
public record ApiTokenView(
    UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  public boolean live() {
    return revokedAt == null;
  }
}
