package org.setsafe.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins in a sliding window, further attempts
 * for that account, or from that address, are refused until the oldest failure leaves the window.
 * Counting per account stops a slow attack on one person from many addresses; counting per address
 * stops one machine spraying many accounts. Unknown usernames are counted too, so the throttle does
 * not reveal which accounts exist.
 *
 * <p>Held in memory: a restart forgets the counts, which is acceptable for a throttle (the hashes
 * stay slow), and keeps the database out of the hot path of an attack.
 */
public final class SignInThrottle {

  private final Clock clock;
  private final Duration window;
  private final int maxPerAccount;
  private final int maxPerAddress;
  private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
  private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

  public SignInThrottle(Clock clock, Duration window, int maxPerAccount, int maxPerAddress) {
    this.clock = clock;
    this.window = window;
    this.maxPerAccount = maxPerAccount;
    this.maxPerAddress = maxPerAddress;
  }

  /** How long the caller must wait before trying again, or empty when an attempt is allowed now. */
  public Optional<Duration> waitBeforeNextAttempt(String account, String address) {
    Instant now = clock.instant();
    Optional<Duration> forAccount = waitFor(byAccount, account, maxPerAccount, now);
    Optional<Duration> forAddress = waitFor(byAddress, address, maxPerAddress, now);
    if (forAccount.isPresent() && forAddress.isPresent()) {
      return Optional.of(max(forAccount.get(), forAddress.get()));
    }
    return forAccount.isPresent() ? forAccount : forAddress;
  }

  public void recordFailure(String account, String address) {
    Instant now = clock.instant();
    record(byAccount, account, now);
    record(byAddress, address, now);
  }

  /** A correct password clears the account's failures, not the address's. */
  public void recordSuccess(String account) {
    byAccount.remove(account);
  }

  /**
   * Drops the counts whose failures have all left the window. Attackers choose the usernames and
   * addresses counted here, so without this the maps would grow for as long as the server runs.
   */
  public void forgetExpired() {
    Instant now = clock.instant();
    for (Map<String, Deque<Instant>> failures : java.util.List.of(byAccount, byAddress)) {
      failures.entrySet().removeIf(entry -> {
        synchronized (entry.getValue()) {
          prune(entry.getValue(), now);
          return entry.getValue().isEmpty();
        }
      });
    }
  }

  /** How many accounts and addresses are being counted; for tests and metrics. */
  public int tracked() {
    return byAccount.size() + byAddress.size();
  }

  private Optional<Duration> waitFor(Map<String, Deque<Instant>> failures, String key, int max, Instant now) {
    Deque<Instant> times = failures.get(key);
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

  private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
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
