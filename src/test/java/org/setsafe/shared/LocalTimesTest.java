package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.setsafe.TestClock;

/** A moment reads on the production's clock, with the zone's short name, as the crew would say it. */
class LocalTimesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  /** 05:07 in London is still the evening before on a ranch outside Santa Fe. */
  private static final Instant FILED = Instant.parse("2026-12-06T05:07:00Z");

  @Test
  void todayReadsAsTheLocalTimeAloneWithTheZone() {
    assertThat(LocalTimes.at(FILED, DENVER, LocalDate.of(2026, 12, 5))).isEqualTo("22:07 MST");
  }

  @Test
  void anotherDayThisYearSaysTheLocalDay() {
    assertThat(LocalTimes.at(FILED, DENVER, LocalDate.of(2026, 12, 6))).isEqualTo("Sat 5 Dec 22:07 MST");
  }

  @Test
  void anotherYearSaysTheYear() {
    assertThat(LocalTimes.at(FILED, DENVER, LocalDate.of(2027, 1, 4))).isEqualTo("Sat 5 Dec 2026 22:07 MST");
  }

  @Test
  void todayIsTodayOnTheProductionsClockNotTheServers() {
    // 06:00 UTC on the 6th: the server's day is the 6th, the ranch's is still the 5th.
    TestClock clock = new TestClock(Instant.parse("2026-12-06T06:00:00Z"));

    assertThat(LocalTimes.at(FILED, DENVER, clock)).isEqualTo("22:07 MST");
    assertThat(LocalTimes.at(FILED, ZoneId.of("Europe/Berlin"), clock)).isEqualTo("06:07 CET");
  }

  @Test
  void afterTheSpringChangeTheClockReadsMountainDaylightTime() {
    // 2027-03-14, 02:00 MST: clocks go forward to 03:00 MDT.
    assertThat(LocalTimes.dated(Instant.parse("2027-03-14T08:30:00Z"), DENVER)).isEqualTo("Sun 14 Mar 2027 01:30 MST");
    assertThat(LocalTimes.dated(Instant.parse("2027-03-14T09:30:00Z"), DENVER)).isEqualTo("Sun 14 Mar 2027 03:30 MDT");
    assertThat(LocalTimes.at(Instant.parse("2027-03-15T05:07:00Z"), DENVER, LocalDate.of(2027, 3, 14)))
        .isEqualTo("23:07 MDT");
  }

  @Test
  void afterTheAutumnChangeTheRepeatedHourSaysWhichItIs() {
    // 2026-11-01, 02:00 MDT: clocks go back to 01:00 MST, so 01:30 happens twice.
    assertThat(LocalTimes.time(Instant.parse("2026-11-01T07:30:00Z"), DENVER)).isEqualTo("01:30 MDT");
    assertThat(LocalTimes.time(Instant.parse("2026-11-01T08:30:00Z"), DENVER)).isEqualTo("01:30 MST");
  }

  @Test
  void recordsReadLaterAlwaysCarryTheDateAndYear() {
    assertThat(LocalTimes.dated(FILED, DENVER)).isEqualTo("Sat 5 Dec 2026 22:07 MST");
  }

  @Test
  void nothingRecordedReadsAsNothing() {
    assertThat(LocalTimes.at(null, DENVER, LocalDate.of(2026, 12, 5))).isEmpty();
    assertThat(LocalTimes.dated(null, DENVER)).isEmpty();
  }
}
