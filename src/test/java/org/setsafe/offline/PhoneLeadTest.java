package org.setsafe.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the ledger says when a kept action was done on the phone, against the server's receipt. */
class PhoneLeadTest {

  private static final Instant RECEIVED = Instant.parse("2026-12-06T21:05:00Z");

  @Test
  void aDelayIsSaidInSecondsMinutesHoursOrDays() {
    assertThat(PhoneLead.words(RECEIVED.minusSeconds(40), RECEIVED)).isEqualTo("40 s before the server received it");
    assertThat(PhoneLead.words(RECEIVED.minus(Duration.ofMinutes(14)), RECEIVED))
        .isEqualTo("14 min before the server received it");
    assertThat(PhoneLead.words(RECEIVED.minus(Duration.ofMinutes(185)), RECEIVED))
        .isEqualTo("3 h 5 min before the server received it");
    assertThat(PhoneLead.words(RECEIVED.minus(Duration.ofDays(3)), RECEIVED)).isEqualTo("3 days before the server received it");
  }

  @Test
  void aPhoneClockALittleAheadIsDriftAndFarAheadIsAWrongClockNeverADelay() {
    assertThat(PhoneLead.words(RECEIVED.plusSeconds(50), RECEIVED)).isEqualTo("at the same moment, by the phone's clock");
    assertThat(PhoneLead.words(RECEIVED.plus(Duration.ofHours(3)), RECEIVED))
        .contains("3 h after the server's").contains("the phone's clock is wrong")
        .contains("the server's time is the one that counts");
  }
}
