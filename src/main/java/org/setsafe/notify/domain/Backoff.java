package org.setsafe.notify.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try an email or webhook post again after a failure: soon at first (a mail server restarting), then
 * further apart, and give up after the last so that the failure shows in the delivery log while it can still
 * be acted on.
 */
public final class Backoff {

  /** Waits after the 1st, 2nd, … failed attempt; after the last, the delivery has failed. */
  public static final List<Duration> WAITS = List.of(
      Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofMinutes(30));

  private Backoff() {}

  /** The wait after this many failed attempts, or empty when no attempt is left. */
  public static Optional<Duration> after(int failedAttempts) {
    if (failedAttempts < 1 || failedAttempts > WAITS.size()) {
      return Optional.empty();
    }
    return Optional.of(WAITS.get(failedAttempts - 1));
  }

  public static int maxAttempts() {
    return WAITS.size() + 1;
  }
}
