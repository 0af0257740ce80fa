package org.setsafe.incident.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows guessing of investigators' links: after {@code max} links that led nowhere from one address within the
 * window, that address is turned away until the oldest miss leaves the window. A link is 256 random bits, so
 * guessing cannot succeed anyway; the throttle keeps a scan from costing the database a lookup a request, and puts
 * it in the security log. Held in memory, like the sign-in throttle: a restart forgets the counts.
 */
public final class LinkGuessThrottle {

  private final Clock clock;
  private final Duration window;
  private final int max;
  private final Map<String, Deque<Instant>> misses = new ConcurrentHashMap<>();

  public LinkGuessThrottle(Clock clock, Duration window, int max) {
    this.clock = clock;
    this.window = window;
    this.max = max;
  }

  /** Whether this address has missed too often to be let try again now. */
  public boolean throttled(String address) {
    Deque<Instant> times = misses.get(address);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times, clock.instant());
      return times.size() >= max;
    }
  }

  public void miss(String address) {
    Instant now = clock.instant();
    // Addresses are the caller's to choose: forget those whose misses all left the window before adding one.
    if (misses.size() > 10_000) {
      misses.entrySet().removeIf(e -> {
        synchronized (e.getValue()) {
          prune(e.getValue(), now);
          return e.getValue().isEmpty();
        }
      });
    }
    Deque<Instant> times = misses.computeIfAbsent(address, a -> new ArrayDeque<>());
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
}
