package org.setsafe.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.setsafe.shared.SlidingWindowThrottle;

/**
 * Slows password guessing: after too many failed sign-ins in a sliding window, further attempts
 * for that account, or from that address, are refused until the oldest failure leaves the window.
 * Counting per account stops a slow attack on one person from many addresses; counting per address
 * stops one machine spraying many accounts. Unknown usernames are counted too, so the throttle does
 * not reveal which accounts exist. The counting is {@link SlidingWindowThrottle}'s, held in memory.
 */
public final class SignInThrottle {

  private final SlidingWindowThrottle failures;

  public SignInThrottle(Clock clock, Duration window, int maxPerAccount, int maxPerAddress) {
    this.failures = new SlidingWindowThrottle(clock, window, maxPerAccount, maxPerAddress);
  }

  /** How long the caller must wait before trying again, or empty when an attempt is allowed now. */
  public Optional<Duration> waitBeforeNextAttempt(String account, String address) {
    return failures.waitBeforeNextAttempt(account, address);
  }

  public void recordFailure(String account, String address) {
    failures.record(account, address);
  }

  /** A correct password clears the account's failures, not the address's. */
  public void recordSuccess(String account) {
    failures.forgive(account);
  }

  /**
   * Drops the counts whose failures have all left the window. Attackers choose the usernames and
   * addresses counted here, so without this the maps would grow for as long as the server runs.
   */
  public void forgetExpired() {
    failures.forgetExpired();
  }

  /** How many accounts and addresses are being counted; for tests and metrics. */
  public int tracked() {
    return failures.tracked();
  }
}
