package org.setsafe.custody.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.TestClock;
import org.setsafe.production.Production;
import org.setsafe.shared.LocalTimes;

/**
 * Custody's pages say a moment as every other page does ({@code #when}, through {@link LocalTimes}): on the
 * production's clock with the zone's name, the date left out only for the production's today by the injected clock.
 */
class CustodyViewTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  /** 22:30 on Sunday 6 December at the ranch: already Monday the 7th in UTC. */
  private final TestClock clock = new TestClock(Instant.parse("2026-12-07T05:30:00Z"));
  private final CustodyView view =
      new CustodyView(new Production(UUID.randomUUID(), "Mesa Verde Night", DENVER), List.of(), clock);

  @Test
  void aMomentOfTheRanchsEveningReadsAsTodayWithTheZonesNameThoughItIsTomorrowInUtc() {
    Instant lockedUp = Instant.parse("2026-12-07T05:07:00Z");

    assertThat(view.time(lockedUp)).isEqualTo("22:07 MST");
    assertThat(view.time(lockedUp)).isEqualTo(LocalTimes.at(lockedUp, DENVER, clock));
  }

  @Test
  void aMomentOfTheRanchsYesterdayCarriesItsDate() {
    assertThat(view.time(Instant.parse("2026-12-06T05:07:00Z"))).isEqualTo("Sat 5 Dec 22:07 MST");
  }

  @Test
  void todayMovesWithTheInjectedClockNotTheServers() {
    TestClock nextMorning = new TestClock(Instant.parse("2026-12-07T15:00:00Z"));
    CustodyView later = new CustodyView(new Production(UUID.randomUUID(), "Mesa Verde Night", DENVER), List.of(),
        nextMorning);

    assertThat(later.time(Instant.parse("2026-12-07T05:07:00Z"))).isEqualTo("Sun 6 Dec 22:07 MST");
  }
}
