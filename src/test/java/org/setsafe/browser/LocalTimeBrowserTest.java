package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A grip on the ranch outside Santa Fe reports a hazard, then opens it on their phone: it says when on the ranch's
 * clock, with the zone, not the server's UTC.
 */
@SetSafeTest
@Tag("browser")
class LocalTimeBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired MockMvc mvc;
  @Autowired TestClock clock;

  @Test
  void aReportOnThePhoneSaysWhenOnTheRanchsClock() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    clock.set(clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES));
    Instant filedAt = clock.instant();
    String reportId = JsonPath.read(mvc.perform(post("/api/productions/{p}/reports", western.id())
            .header("Authorization", crew.bearer("tess.grip")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"OTHER\",\"severity\":\"LOW\",\"title\":\"Cable across the trail to base camp\","
                + "\"description\":\"Trip hazard after dark\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    String onTheRanch = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH)
        .format(filedAt.atZone(ZoneId.of("America/Denver")));

    try (Phone phone = new Phone(port)) {
      phone.signIn("tess.grip", Crew.PASSWORD).open("/productions/" + western.id() + "/reports/" + reportId);
      assertThat(phone.heading()).isEqualTo("Cable across the trail to base camp");
      assertThat(phone.text()).contains(onTheRanch).doesNotContain("UTC");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("report-local-time-phone");
    }
  }
}
