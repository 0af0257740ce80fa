package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The custody board says its moment as every other page does: on the ranch's clock with the zone's name, and without
 * the date when it is the ranch's today by SetSafe's clock, whatever day the server's own clock says it is.
 */
@SetSafeTest
class CustodyTimesOnPagesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  @Test
  void theBoardLateInTheRanchsEveningSaysTheTimeWithTheZoneAndNoDate() throws Exception {
    OwnProduction ranch = OwnProduction.create(crew, productions, accounts, schedule, "Board at night");
    Instant before = clock.instant();
    // 22:07 at the ranch on the day before the server's own today there: already the next day in UTC, and another
    // day by the server's clock, but today by SetSafe's. Within the day, and put back for the tests after.
    ZonedDateTime lateEvening = Instant.now().atZone(DENVER).toLocalDate().minusDays(1).atTime(22, 7).atZone(DENVER);
    String zone = DENVER.getRules().isDaylightSavings(lateEvening.toInstant()) ? "MDT" : "MST";
    try {
      clock.set(lateEvening.toInstant());
      String board = mvc.perform(get("/productions/{p}/custody", ranch.id())
              .with(crew.signedIn(ranch.user("rosa.armorer"))))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

      assertThat(board).contains("at 22:07 " + zone).doesNotContain("UTC");
    } finally {
      clock.set(before);
    }
  }
}
