package org.setsafe.operations.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a fact whose listener failed is handed over again: {@code first} after it was published, then after
 * twice as long each time, never more than {@code longest} apart. A listener that fails on a database constraint
 * fails the same way every minute; retrying it every minute only fills the log.
 */
public record RetryBackoff(Duration first, Duration longest) {

  public RetryBackoff {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(longest, "longest");
    if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
      throw new IllegalArgumentException("the first delay must be positive and the longest at least as long");
    }
  }

  /** The wait before the next hand-over, after {@code tries} hand-overs so far (the first delivery is one). */
  public Duration delayAfter(int tries) {
    Duration delay = first;
    for (int i = 1; i < tries && delay.compareTo(longest) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(longest) > 0 ? longest : delay;
  }

  public boolean due(PendingPublication publication, Instant now) {
    return due(publication.tries(), publication.lastTriedAt(), now);
  }

  /** Due once {@link #delayAfter} has passed since the last hand-over. */
  public boolean due(int tries, Instant lastTriedAt, Instant now) {
    return !now.isBefore(lastTriedAt.plus(delayAfter(tries)));
  }
}
