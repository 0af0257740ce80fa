package org.setsafe.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.setsafe.TestClock;

class SignInThrottleTest {

  private final TestClock clock = new TestClock(Instant.parse("2026-11-24T12:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(15), 5, 20);

  @Test
  void anAccountIsThrottledAfterFiveFailuresUntilTheFirstLeavesTheWindow() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.waitBeforeNextAttempt("rosa", "10.0.0." + i)).isEmpty();
      throttle.recordFailure("rosa", "10.0.0." + i);
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(throttle.waitBeforeNextAttempt("rosa", "10.0.0.99")).contains(Duration.ofMinutes(10));
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.waitBeforeNextAttempt("rosa", "10.0.0.99")).isEmpty();
  }

  @Test
  void anAddressSprayingManyAccountsIsThrottled() {
    for (int i = 0; i < 20; i++) {
      throttle.recordFailure("user" + i, "203.0.113.7");
    }
    assertThat(throttle.waitBeforeNextAttempt("someone-else", "203.0.113.7")).isPresent();
    assertThat(throttle.waitBeforeNextAttempt("someone-else", "198.51.100.1")).isEmpty();
  }

  @Test
  void aCorrectPasswordClearsTheAccountsFailuresButNotTheAddresss() {
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure("rosa", "10.0.0.1");
    }
    throttle.recordSuccess("rosa");
    throttle.recordFailure("rosa", "10.0.0.1");
    assertThat(throttle.waitBeforeNextAttempt("rosa", "10.0.0.2")).isEmpty();
  }

  @Test
  void countsWhoseFailuresHaveAllExpiredAreForgotten() {
    throttle.recordFailure("invented-user-1", "203.0.113.1");
    clock.advance(Duration.ofMinutes(10));
    throttle.recordFailure("invented-user-2", "203.0.113.2");
    assertThat(throttle.tracked()).isEqualTo(4);
    clock.advance(Duration.ofMinutes(6));
    throttle.forgetExpired();
    assertThat(throttle.tracked()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(10));
    throttle.forgetExpired();
    assertThat(throttle.tracked()).isZero();
  }
}
