package org.setsafe.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts in a sliding window along two lines at once, what is asked for (an account, a secret address) and
 * who asks (the client's address): once either line holds its most in the window, further attempts on it wait until
 * its oldest one leaves the window. Counting what is asked for stops a slow run at one target from many addresses;
 * counting the address stops one machine spraying many targets.
 *
 * <p>Held in memory: a restart forgets the counts, which is acceptable for a throttle, and keeps the database out of
 * the hot path of an attack. The callers choose what is counted, so {@link #forgetExpired()} must be called now and
 * then to keep the memory bounded.
 */
public final class SlidingWindowThrottle {

  private final Clock clock;
  private final Duration window;
  private final int maxPerTarget;
  private final int maxPerAddress;
  private final Map<String, Deque<Instant>> byTarget = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

  public SlidingWindowThrottle(Clock clock, Duration window, int maxPerTarget, int maxPerAddress) {
    this.clock = clock;
    this.window = window;
    this.maxPerTarget = maxPerTarget;
    this.maxPerAddress = maxPerAddress;
  }

  /** How long the caller must wait before trying again, or empty when an attempt is allowed now. */
  public Optional<Duration> waitBeforeNextAttempt(String target, String address) {
    Instant now = clock.instant();
    Optional<Duration> forTarget = waitFor(byTarget, target, maxPerTarget, now);
    Optional<Duration> forAddress = waitFor(byAddress, address, maxPerAddress, now);
    if (forTarget.isPresent() && forAddress.isPresent()) {
      return Optional.of(max(forTarget.get(), forAddress.get()));
    }
    return forTarget.isPresent() ? forTarget : forAddress;
  }

  /** Counts an attempt along both lines. */
  public void record(String target, String address) {
    Instant now = clock.instant();
    record(byTarget, target, now);
    record(byAddress, address, now);
  }

  /** Forgets the target's attempts (not the address's). */
  public void forgive(String target) {
    byTarget.remove(target);
  }

  /** Drops the counts whose attempts have all left the window. */
  public void forgetExpired() {
    Instant now = clock.instant();
    for (Map<String, Deque<Instant>> attempts : List.of(byTarget, byAddress)) {
      attempts.entrySet().removeIf(entry -> {
        synchronized (entry.getValue()) {
          prune(entry.getValue(), now);
          return entry.getValue().isEmpty();
        }
      });
    }
  }

  /** How many targets and addresses are being counted; for tests and metrics. */
  public int tracked() {
    return byTarget.size() + byAddress.size();
  }

  private Optional<Duration> waitFor(Map<String, Deque<Instant>> attempts, String key, int max, Instant now) {
    Deque<Instant> times = attempts.get(key == null ? "" : key);
    if (times == null) {
      return Optional.empty();
    }
    synchronized (times) {
      prune(times, now);
      if (times.size() < max) {
        return Optional.empty();
      }
      return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
    }
  }

  private void record(Map<String, Deque<Instant>> attempts, String key, Instant now) {
    Deque<Instant> times = attempts.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
    }
  }

  private void prune(Deque<Instant> times, Instant now) {
    Instant oldestKept = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
      times.removeFirst();
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
