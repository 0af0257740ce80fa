package org.setsafe.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Studio safety watches two hundred productions at once and wants first those with the most critical reports still
 * open. The productions are generated inside the test's transaction and rolled back after it, so the other tests
 * sharing the database never see them.
 */
@SetSafeTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class StudioViewScenarioTest {

  private static final String GENERATED = "Studio Gen";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @Test
  void studioSafetySorts200GeneratedProductionsByOpenCriticalReports() throws Exception {
    // Two hundred productions: number i has i % 7 critical reports open; every fifth one more, already resolved.
    List<StudioProductions.Generated> made = new StudioProductions(jdbc, clock.instant()).generate(GENERATED, 200);

    // Frank, studio safety, asks for them, most open critical reports first.
    String body = mvc.perform(get("/api/studio/productions").param("sort", "open-critical-reports")
            .param("name", GENERATED).with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sort").value("open-critical-reports"))
        .andExpect(jsonPath("$.productions.length()").value(200))
        .andReturn().getResponse().getContentAsString();
    List<Integer> figures = JsonPath.read(body, "$.productions[*].cells.open-critical-reports.figure");
    assertThat(figures).hasSize(200).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(figures.get(0)).isEqualTo(6);
    // Every production shows exactly the reports still open: a resolved critical report is not counted.
    List<String> ids = JsonPath.read(body, "$.productions[*].productionId");
    for (int row = 0; row < ids.size(); row++) {
      UUID id = UUID.fromString(ids.get(row));
      StudioProductions.Generated generated = made.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
      assertThat(figures.get(row)).as(generated.name()).isEqualTo(generated.openCritical());
    }
    // Ties read by name; each cell opens the production's own reports.
    List<String> names = JsonPath.read(body, "$.productions[*].name");
    assertThat(names.subList(0, 3)).containsExactly("Studio Gen 006", "Studio Gen 013", "Studio Gen 020");
    String firstId = ids.get(0);
    assertThat((String) JsonPath.read(body, "$.productions[0].cells.open-critical-reports.link"))
        .isEqualTo("/productions/" + firstId + "/reports");
    assertThat((String) JsonPath.read(body, "$.productions[0].cells.open-critical-reports.concern")).isEqualTo("ACT");

    // Only those with a stop-work in force: every tenth.
    mvc.perform(get("/api/studio/productions").param("only", "stop-works").param("name", GENERATED)
            .with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.productions.length()").value(20))
        .andExpect(jsonPath("$.productions[0].cells.stop-works.words").value("Whole production stopped, since today"));

    // The page shows the same order, on a phone as on a desk.
    String page = mvc.perform(get("/studio").param("sort", "open-critical-reports").param("name", GENERATED)
            .with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("200 of").contains("Open critical reports");
    assertThat(page.indexOf("Studio Gen 006")).isLessThan(page.indexOf("Studio Gen 013"));
    assertThat(page.indexOf("Studio Gen 013")).isLessThan(page.indexOf("Studio Gen 001"));
  }

  @Test
  void theTableExportsAsCsvInTheOrderAskedWithFormulasDisarmed() throws Exception {
    StudioProductions generator = new StudioProductions(jdbc, clock.instant());
    generator.generate(GENERATED, 14);
    // A production named like a formula, as anyone creating one could type it.
    UUID formula = UUID.randomUUID();
    generator.production(formula, "=HYPERLINK(\"http://example.com\",\"Studio Gen click\")");

    var response = mvc.perform(get("/api/studio/productions.csv").param("sort", "open-critical-reports")
            .param("name", GENERATED).with(crew.signedIn("demo.admin")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"studio-productions.csv\""))
        .andReturn().getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(response.getContentAsString())).getRecords();
    assertThat(rows).hasSize(15);
    assertThat(rows.get(0).get("production")).isIn("Studio Gen 006", "Studio Gen 013");
    assertThat(rows.get(0).get("open-critical-reports")).isEqualTo("6");
    assertThat(rows.get(0).get("open-critical-reports-concern")).isEqualTo("ACT");
    CSVRecord disarmed = rows.stream().filter(r -> r.get("production-id").equals(formula.toString())).findFirst()
        .orElseThrow();
    assertThat(disarmed.get("production")).startsWith("'=HYPERLINK(");
    assertThat(disarmed.get("open-critical-reports")).isEqualTo("0");

    // Each trend too: a week a row, twelve weeks.
    String trend = mvc.perform(get("/api/studio/trends/reports-per-100-crew-days.csv")
            .with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(trend.lines().toList()).hasSize(13).first().asString()
        .isEqualTo("week-from-monday-utc,Reports per 100 crew-days");
    String refusals = mvc.perform(get("/studio/trends/refusals-by-rule.csv").with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refusals.lines().toList()).hasSize(13);
  }

  @Test
  void theCrewIsRefusedTheStudioViewAndTheRefusalIsLogged(CapturedOutput output) throws Exception {
    mvc.perform(get("/api/studio/productions").with(crew.signedIn("june.actor")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/studio/productions.csv").header("Authorization", crew.bearer("sam.safety")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/studio").with(crew.signedIn("june.actor")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/studio/trends").with(crew.signedIn("sam.safety")))
        .andExpect(status().isForbidden());
    assertThat(output.getAll()).contains("access refused: user=june.actor request=GET /api/studio/productions")
        .contains("access refused: user=june.actor request=GET /studio");
    // Their own production's page does not offer it either.
    String dashboard = mvc.perform(get("/productions/" + crew.production(Crew.WESTERN).id())
            .with(crew.signedIn("sam.safety")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(dashboard).doesNotContain("href=\"/studio\"");
  }

  @Test
  void studioSafetyAndAdministratorsFindTheStudioViewWhereTheyLand() throws Exception {
    for (String who : List.of("demo.studio", "demo.admin")) {
      String picker = mvc.perform(get("/productions").with(crew.signedIn(who)))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(picker).as(who).contains("href=\"/studio\"").contains("Studio view: every production at a glance");
    }
    String trends = mvc.perform(get("/studio/trends").with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(trends).contains("<svg").contains("Reports per 100 crew-days").contains("Near misses and injuries")
        .contains("Time to acknowledge and to resolve reports").contains("Refusals by rule")
        .contains("Misfires and accidental discharges");
  }

  /** The studio's own problem, said in words: English as answered, Spanish too. */
  private static ResultMatcher inWords() {
    return result -> saidAsWritten((InvalidInputException) result.getResolvedException());
  }

  @Test
  void aSortThatNamesNoColumnIsRefusedNamingTheField() throws Exception {
    mvc.perform(get("/api/studio/productions").param("sort", "budget; DROP TABLE production")
            .with(crew.signedIn("demo.studio")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sort")).andExpect(inWords());
    mvc.perform(get("/api/studio/productions").param("only", "weather").with(crew.signedIn("demo.studio")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("only")).andExpect(inWords());
    mvc.perform(get("/api/studio/productions").param("direction", "up").with(crew.signedIn("demo.studio")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("direction")).andExpect(inWords());
    mvc.perform(get("/api/studio/productions").param("name", "Dust\u0000Devil").with(crew.signedIn("demo.studio")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("name"));
  }

  @Test
  void theSameFiguresAreGaugesLabelledByProduction() throws Exception {
    String bearer = crew.bearer("demo.admin");
    // The first scrape computes the columns and registers a series per production; the next one reads them.
    mvc.perform(get("/actuator/prometheus").header("Authorization", bearer)).andExpect(status().isOk());
    String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", bearer))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String western = crew.production(Crew.WESTERN).id().toString();
    assertThat(scrape).contains("setsafe_studio_productions")
        .containsPattern("setsafe_studio_open_critical_reports\\{[^}]*production=\"" + western + "\"")
        .containsPattern("setsafe_studio_stop_works\\{[^}]*production_name=\"Dust Devil Creek\"");
  }

  @Test
  void aScrapeThatRefreshesTheFiguresStillAnswersEverySeriesOnce() throws Exception {
    String bearer = crew.bearer("demo.admin");
    java.time.Instant before = clock.instant();
    try {
      mvc.perform(get("/actuator/prometheus").header("Authorization", bearer)).andExpect(status().isOk());
      // Past the figures' freshness: the next scrape refreshes them while it collects. Registering the same series
      // again then (an overwrite) put each one in the scrape twice, and Prometheus refused the whole scrape.
      clock.advance(StudioMetrics.FRESH_FOR.plusSeconds(1));
      String scrape = mvc.perform(get("/actuator/prometheus").header("Authorization", bearer))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      String western = crew.production(Crew.WESTERN).id().toString();
      assertThat(scrape.lines().filter(l -> l.startsWith("setsafe_studio_weapons_out{")
          && l.contains("production=\"" + western + "\"")).count()).isEqualTo(1);
    } finally {
      clock.set(before);
    }
  }
}
