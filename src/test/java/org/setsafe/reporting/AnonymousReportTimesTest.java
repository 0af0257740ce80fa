package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When an anonymous report was filed is kept to the hour for the crew: the ledger records to the millisecond when
 * it appended the report's facts (and its escalation's, which follow at once), so the crew's ledger views show
 * those entries to the hour and without their signed text. Those who handle reports and export evidence see them
 * exactly, and the ledger itself keeps them exactly.
 */
@SetSafeTest
class AnonymousReportTimesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;

  private Production western;
  private String reportId;
  private List<LedgerEntry> stored;

  @BeforeEach
  void aCrewMemberReportsAnonymously() throws Exception {
    western = crew.production(Crew.WESTERN);
    // Half past and some seconds, so an exact time and its hour differ.
    clock.advance(Duration.ofMinutes(37).plusSeconds(13));
    String token = JsonPath.read(mvc.perform(get("/api/productions/" + western.id() + "/reports/public-link")
            .header("Authorization", crew.bearer("dana.ad"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(), "$.token");
    reportId = JsonPath.read(mvc.perform(post("/api/public/productions/" + token + "/reports")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\"Guns left on the cart at lunch\","
                + "\"description\":\"Nobody watching them\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.reportId");
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(
        () -> SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId)).size() >= 2);
    stored = SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId));
    assertThat(stored).anySatisfy(e -> assertThat(e.recordedAt()).isNotEqualTo(e.recordedAt().truncatedTo(ChronoUnit.HOURS)));
  }

  private List<Map<String, Object>> historyAs(String username) throws Exception {
    return JsonPath.read(mvc.perform(get("/api/productions/" + western.id() + "/ledger/history/report:" + reportId)
            .header("Authorization", crew.bearer(username))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(), "$");
  }

  @Test
  void aCrewMemberSeesTheReportsLedgerEntriesToTheHourWithoutTheirSignedText() throws Exception {
    List<Map<String, Object>> seen = historyAs("marcus.camera");

    assertThat(seen).hasSizeGreaterThanOrEqualTo(stored.size()).allSatisfy(entry -> {
      Instant recordedAt = Instant.parse((String) entry.get("recordedAt"));
      assertThat(recordedAt).isEqualTo(recordedAt.truncatedTo(ChronoUnit.HOURS));
      Instant occurredAt = Instant.parse((String) entry.get("occurredAt"));
      assertThat(occurredAt).isEqualTo(occurredAt.truncatedTo(ChronoUnit.HOURS));
      assertThat(entry.get("leaf")).isNull();
      assertThat(entry.get("coarse")).isEqualTo(true);
    });
    long index = ((Number) seen.get(0).get("index")).longValue();
    String one = mvc.perform(get("/api/productions/" + western.id() + "/ledger/entries/" + index)
        .header("Authorization", crew.bearer("eli.actor"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat((Object) JsonPath.read(one, "$.leaf")).isNull();
  }

  @Test
  void theCrewsLedgerPagesShowTheHourOnly() throws Exception {
    String page = mvc.perform(get("/productions/{p}/history/report:{r}", western.id(), reportId)
            .with(crew.signedIn("marcus.camera"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();

    for (LedgerEntry entry : stored) {
      assertThat(page).doesNotContain(entry.recordedAt().toString()).doesNotContain(entry.leaf());
    }
    assertThat(page).contains(":00 hour");
  }

  @Test
  void theSafetyAdvisorAndTheProducerSeeTheExactRecord() throws Exception {
    for (String handler : List.of("sam.safety", "grace.producer")) {
      List<Map<String, Object>> seen = historyAs(handler);
      for (LedgerEntry entry : stored) {
        Map<String, Object> view = seen.stream().filter(e -> entry.factId().toString().equals(e.get("factId")))
            .findFirst().orElseThrow();
        assertThat(view.get("leaf")).isEqualTo(entry.leaf());
        assertThat(Instant.parse((String) view.get("recordedAt"))).isEqualTo(entry.recordedAt());
        assertThat(view.get("coarse")).isEqualTo(false);
      }
    }
  }

  @Test
  void theEscalationOfAnAnonymousReportShowsTheCrewItsHourOnly() throws Exception {
    String body = mvc.perform(get("/api/productions/" + western.id() + "/escalations")
            .header("Authorization", crew.bearer("marcus.camera"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    List<String> reportedAt = JsonPath.read(body, "$[?(@.reportId == '" + reportId + "')].reportedAt");

    assertThat(reportedAt).hasSize(1);
    Instant at = Instant.parse(reportedAt.get(0));
    assertThat(at).isEqualTo(at.truncatedTo(ChronoUnit.HOURS));
  }

}
