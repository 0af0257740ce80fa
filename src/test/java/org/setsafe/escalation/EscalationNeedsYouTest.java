package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.escalation.EscalationTimersSupport.fired;
import static org.setsafe.escalation.EscalationTimersSupport.settle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.reporting.EscalationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A critical firearms report nobody acknowledges climbs the western's default ladder, and each level's people find it
 * in their "needs you now" as it reaches them, with how long it has waited and a button to the report; nobody it
 * has not reached sees it there, and it leaves every list once the UPM acknowledges it.
 */
@SetSafeTest
class EscalationNeedsYouTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EscalationStore store;
  @Autowired EscalationStatus status;

  @Test
  void aReportThatClimbsToALevelWaitsInThatLevelsNeedsYouNowUntilSomeoneAcknowledgesIt() throws Exception {
    UUID p = crew.production(Crew.WESTERN).id();
    String title = "Live round in the dummy box " + UUID.randomUUID().toString().substring(0, 6);
    // A fresh moment, so this report's later steps do not fall due early (see EscalationWalkThroughTest).
    clock.advance(Duration.ofMillis(1));
    UUID r = UUID.fromString(JsonPath.read(api("eli.actor", "/api/productions/" + p + "/reports", """
        {"category":"FIREARMS","severity":"CRITICAL","title":"%s",
         "description":"A brass case with a live primer among the dummies","department":"Cast"}""".formatted(title))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id"));
    await().atMost(Duration.ofSeconds(90)).until(() -> fired(store, r).contains("1/L1R0"));
    settle(jdbc, clock, r);

    // First told: the safety advisor, at once, listed once (not again as a concern waiting for someone).
    String safetyAdvisor = needsYou("sam.safety");
    assertThat(safetyAdvisor).contains("Firearms hazard report (critical): " + title)
        .contains("Nobody has acknowledged it for less than a minute, and it has reached you (First told: Safety"
            + " advisor).")
        .contains("href=\"/productions/" + p + "/reports/" + r + "\"").contains("Acknowledge the report");
    assertThat(occurrences(safetyAdvisor, title)).isEqualTo(1);
    // The UPM acts on reports, so sees the concern waiting; the climb has not reached her yet.
    assertThat(needsYou("leo.upm")).contains("waits for someone to acknowledge it: " + title)
        .doesNotContain("reached you (First told");
    assertThat(needsYou("marcus.camera")).doesNotContain(title);

    // Fifteen minutes on, after two reminders to the safety advisor: the UPM is told, and says how long it waited.
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofMinutes(5));
      settle(jdbc, clock, r);
    }
    assertThat(fired(store, r)).contains("1/L2R0");
    String upm = needsYou("leo.upm");
    assertThat(upm).contains(title + ". Nobody has acknowledged it for 15 minutes, and it has reached you"
        + " (Second told: UPM).").doesNotContain("waits for someone to acknowledge it: " + title);
    assertThat(occurrences(upm, title)).isEqualTo(1);
    assertThat(needsYou("sam.safety")).contains(title + ". Nobody has acknowledged it for 15 minutes");
    assertThat(needsYou("grace.producer")).as("the producer is third, not told yet")
        .doesNotContain(title + ". Nobody has acknowledged it");
    assertThat(needsYou("marcus.camera")).doesNotContain(title);

    // The UPM acknowledges: the climb stops, and it is nobody's to acknowledge any more.
    api("leo.upm", "/api/productions/" + p + "/reports/" + r + "/acknowledge", "{}").andExpect(status().isOk());
    await().atMost(Duration.ofSeconds(90)).until(() -> status.levelOf(p, r)
        .filter(l -> l.startsWith("Acknowledged")).isPresent());
    assertThat(needsYou("leo.upm")).doesNotContain(title);
    assertThat(needsYou("sam.safety")).doesNotContain(title);
    assertThat(needsYou("grace.producer")).doesNotContain(title);
  }

  @Test
  void howLongItWaitedReadsAsTheCrewWouldSayIt() {
    assertThat(EscalationNeedsYou.waited(Duration.ofSeconds(20))).isEqualTo("less than a minute");
    assertThat(EscalationNeedsYou.waited(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(EscalationNeedsYou.waited(Duration.ofMinutes(25))).isEqualTo("25 minutes");
    assertThat(EscalationNeedsYou.waited(Duration.ofMinutes(60))).isEqualTo("1 hour");
    assertThat(EscalationNeedsYou.waited(Duration.ofMinutes(70))).isEqualTo("1 hour 10 minutes");
    assertThat(EscalationNeedsYou.waited(Duration.ofHours(51))).isEqualTo("2 days 3 hours");
  }

  @Test
  void howLongItWaitedIsSaidAsWrittenAndInSpanish() {
    for (Duration waited : java.util.List.of(Duration.ofSeconds(20), Duration.ofMinutes(1), Duration.ofMinutes(25),
        Duration.ofMinutes(60), Duration.ofMinutes(61), Duration.ofMinutes(70), Duration.ofHours(24),
        Duration.ofHours(25), Duration.ofHours(51))) {
      org.setsafe.shared.ReasonWords.saidAsWritten(EscalationNeedsYou.waitedSaid(waited), EscalationNeedsYou.waited(waited));
    }
    assertThat(org.setsafe.shared.ReasonWords.in(java.util.Locale.forLanguageTag("es"),
        EscalationNeedsYou.waitedSaid(Duration.ofHours(51)))).isEqualTo("2 días 3 horas");
  }

  private ResultActions api(String username, String path, String json) throws Exception {
    return mvc.perform(post(path).header("Authorization", crew.bearer(username))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private String needsYou(String username) throws Exception {
    return mvc.perform(get("/productions/{p}/needs-you", crew.production(Crew.WESTERN).id())
            .with(crew.signedIn(username)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
