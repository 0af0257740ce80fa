package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A failed escalation step is tried again after 10 s, then twice as long each time, never more than 2 min apart. */
class EscalationRetryTest {

  @ParameterizedTest(name = "after failure {0}: {1} s")
  @CsvSource({"1, 10", "2, 20", "3, 40", "4, 80", "5, 120", "6, 120", "1000, 120", "0, 10"})
  void theWaitDoublesUpToTwoMinutes(int failures, long seconds) {
    assertThat(EscalationTimers.retryAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
  }
}
