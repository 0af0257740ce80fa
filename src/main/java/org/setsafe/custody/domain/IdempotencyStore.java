package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Answers already given to requests that carried an {@code Idempotency-Key}. */
public interface IdempotencyStore {

  record StoredResponse(String fingerprint, int status, String body) {}

  Optional<StoredResponse> find(UUID userId, String key);

  /** Stores the answer; fails on a duplicate key, so of two racing retries only one records anything. */
  void insert(UUID userId, String key, StoredResponse response, Instant at);

  /** Forgets the answers given before this instant; returns how many. */
  int forgetBefore(Instant cutoff);
}
