package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A grip who is afraid of losing the job reports a hazard through the production's public link, from a phone
 * that is also signed in to SetSafe. Nothing stored and nothing logged leads back to them: not their address,
 * not their browser, not their account; the time is kept to the hour. Their receipt code, and only it, lets them
 * follow the report, add to it and confirm it is fixed.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousReportTest {

  private static final String ADDRESS = "198.51.100.23";
  private static final String FORWARDED = "203.0.113.77";
  private static final String BROWSER = "Mozilla/5.0 (Linux; Android 14; ReporterPhone-7f3a)";
  private static final List<String> REPORTING_TABLES = List.of("reporting_public_link", "hazard_report",
      "report_step", "report_photo", "stop_work", "work_resumption", "management_review", "management_review_answer");
  private static final List<String> VERBOSE = List.of("org.setsafe", "org.springframework.web",
      "org.springframework.security");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;
  @Autowired LoggingSystem logging;

  private Production western;
  private String token;
  private Instant start;

  @BeforeEach
  void theLinkOnTheCallSheet() throws Exception {
    start = clock.instant();
    western = crew.production(Crew.WESTERN);
    token = JsonPath.read(mvc.perform(get("/api/productions/" + western.id() + "/reports/public-link")
        .header("Authorization", crew.bearer("dana.ad"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(), "$.token");
    // Log as much as an operator debugging the server would: the reporter must not appear even then.
    VERBOSE.forEach(logger -> logging.setLogLevel(logger, LogLevel.DEBUG));
  }

  @AfterEach
  void quiet() {
    VERBOSE.forEach(logger -> logging.setLogLevel(logger, null));
    clock.set(start);
  }

  @Test
  void nothingStoredOrLoggedLeadsBackToTheReporterAndTheCodeAloneFollowsTheReport(CapturedOutput output)
      throws Exception {
    clock.set(Instant.parse("2031-03-04T14:37:21.123Z"));
    UUID tess = crew.id("tess.grip");

    MvcResult form = mvc.perform(get("/public/report/" + token).with(reporter()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andReturn();
    assertThat(form.getResponse().getContentAsString()).contains("Dust Devil Creek").contains("Sc. 12A");
    assertThat(form.getRequest().getSession(false)).as("no session is made for the anonymous page").isNull();

    MvcResult filed = mvc.perform(multipart("/public/report/" + token)
            .file(new MockMultipartFile("photo", "cart.png", "image/png", ReportingApiTest.PNG))
            .param("category", "FIREARMS").param("severity", "CRITICAL")
            .param("title", "Live rounds mixed with the dummies")
            .param("description", "Saw rounds with primers in the dummy box on the prop cart")
            .param("location", "Prop cart, church set")
            .with(reporter()).with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andReturn();
    assertThat(filed.getResponse().getCookie("JSESSIONID")).isNull();
    String code = receiptCode(filed.getResponse().getContentAsString());
    assertThat(code.replace(" ", "")).hasSize(24).containsOnlyDigits();
    UUID reportId = jdbc.sql("SELECT id FROM hazard_report WHERE title = 'Live rounds mixed with the dummies'")
        .query(UUID.class).single();

    // The rows: every reporting table, and the report's own rows in full.
    for (String table : REPORTING_TABLES) {
      String everything = jdbc.sql("SELECT * FROM " + table).query().listOfRows().toString();
      assertThat(everything).as(table).doesNotContain(ADDRESS).doesNotContain(FORWARDED).doesNotContain("ReporterPhone")
          .doesNotContain(code.replace(" ", "")).doesNotContain(code);
    }
    Map<String, Object> report = jdbc.sql("SELECT * FROM hazard_report WHERE id = ?").param(reportId).query().singleRow();
    String reportRows = report + " " + rowsOf("report_step", reportId) + " " + rowsOf("report_photo", reportId)
        + " " + rowsOf("management_review", reportId);
    assertThat(reportRows).doesNotContain(tess.toString()).doesNotContain("tess.grip").doesNotContain("Tess");
    assertThat(report.get("anonymous")).isEqualTo(true);
    assertThat(report.get("reporter_id")).isNull();
    assertThat(report.get("receipt_lookup")).asString().hasSize(8).isEqualTo(code.replace(" ", "").substring(0, 8));
    assertThat(report.get("receipt_hash")).asString().startsWith("$argon2id$");
    assertThat(reportedAt(reportId)).isEqualTo(Instant.parse("2031-03-04T14:00:00Z"));

    // The ledger: the facts name no actor and carry the hour only.
    List<LedgerEntry> facts = SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(
        () -> SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId)).size() >= 2);
    facts = SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId));
    for (LedgerEntry fact : facts) {
      assertThat(fact.actorId()).isNull();
      if (fact.kind().startsWith("reporting.")) {
        assertThat(fact.occurredAt()).isEqualTo(Instant.parse("2031-03-04T14:00:00Z"));
      } else {
        // Escalation's steps are dated when its policy said they fall due, counted in whole minutes from the hour.
        assertThat(fact.occurredAt()).isAfterOrEqualTo(Instant.parse("2031-03-04T14:00:00Z"))
            .isEqualTo(fact.occurredAt().truncatedTo(ChronoUnit.MINUTES));
      }
      assertThat(fact.toString()).doesNotContain(tess.toString()).doesNotContain(ADDRESS).doesNotContain("ReporterPhone");
    }

    // The reporter follows, adds to, and confirms their report with the code; the time of each step is coarse.
    clock.advance(Duration.ofMinutes(50));
    String status = page(post("/public/receipt").param("code", code));
    assertThat(status).contains("Live rounds mixed with the dummies").contains("Reported");
    String added = page(post("/public/receipt/comments").param("code", code)
        .param("text", "The box is still on the cart after lunch"));
    assertThat(added).contains("The box is still on the cart after lunch").contains("The reporter");
    mvc.perform(post("/api/productions/" + western.id() + "/reports/" + reportId + "/acknowledge")
        .header("Authorization", crew.bearer("sam.safety")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isOk());
    // Tess, signed in, is not the reporter on record: nothing links her account to the report.
    mvc.perform(post("/api/productions/" + western.id() + "/reports/" + reportId + "/resolution")
        .header("Authorization", crew.bearer("tess.grip")).contentType(MediaType.APPLICATION_JSON).content("{}"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/public/receipts/resolution").contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\",\"note\":\"Box gone, dummies re-checked\"}").with(reporter()))
        .andExpect(status().isOk())
        .andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andExpect(jsonPath("$.state").value("RESOLVED"))
        .andExpect(jsonPath("$.steps[2].who").value("The reporter"));
    List<Map<String, Object>> byReporter = jdbc.sql("SELECT actor_id, occurred_at FROM report_step "
        + "WHERE report_id = ? AND by_reporter = TRUE").param(reportId)
        .query((rs, n) -> java.util.Collections.<String, Object>singletonMap(String.valueOf(rs.getObject("actor_id")),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant())).list();
    assertThat(byReporter).hasSize(2).allSatisfy(step -> {
      assertThat(step).containsKey("null");
      Instant at = (Instant) step.get("null");
      assertThat(at).isEqualTo(at.truncatedTo(ChronoUnit.HOURS));
    });

    // The logs, at debug level throughout: no address, no browser, no account, no code.
    assertThat(output.getAll()).doesNotContain(ADDRESS).doesNotContain(FORWARDED).doesNotContain("ReporterPhone")
        .doesNotContain(code.replace(" ", "")).doesNotContain(code).doesNotContain(tess.toString());
  }

  @Test
  void onlyTheCodeOfTheReportFollowsItAndAWrongOrNearMissCodeFindsNothing() throws Exception {
    String first = fileByApi("Smoke machine next to the generator intake");
    String second = fileByApi("Horse spooked by the blank fire");
    mvc.perform(post("/api/public/receipts/report").contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + first + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Smoke machine next to the generator intake"));
    mvc.perform(post("/api/public/receipts/report").contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + second + "\"}"))
        .andExpect(jsonPath("$.title").value("Horse spooked by the blank fire"));
    String digits = first.replace(" ", "");
    String nearMiss = digits.substring(0, 23) + ((digits.charAt(23) - '0' + 1) % 10);
    for (String wrong : List.of(nearMiss, "000000000000000000000000", "12345", "")) {
      mvc.perform(post("/api/public/receipts/report").contentType(MediaType.APPLICATION_JSON)
              .content("{\"code\":\"" + wrong + "\"}"))
          .andExpect(status().isNotFound());
      mvc.perform(post("/api/public/receipts/comments").contentType(MediaType.APPLICATION_JSON)
              .content("{\"code\":\"" + wrong + "\",\"comment\":\"Not mine\"}"))
          .andExpect(status().isNotFound());
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_step WHERE note = 'Not mine'").query(Long.class).single()).isZero();
  }

  @Test
  void theAnonymousPagesAreOpenThroughTheLinkOnlyAndStillCheckCsrf() throws Exception {
    mvc.perform(get("/public/report/" + token)).andExpect(status().isOk());
    mvc.perform(get("/public/receipt")).andExpect(status().isOk());
    mvc.perform(get("/public/report/not-a-real-token-at-all")).andExpect(status().isNotFound());
    mvc.perform(get("/public/other")).andExpect(status().is4xxClientError());
    mvc.perform(get("/api/public/receipts/report")).andExpect(status().is4xxClientError());
    long before = jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single();
    mvc.perform(post("/public/report/" + token).param("category", "OTHER").param("severity", "LOW")
        .param("title", "No CSRF token").param("description", "Forged from another site"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/api/public/productions/not-a-real-token-at-all/reports").contentType(MediaType.APPLICATION_JSON)
        .content("{\"category\":\"OTHER\",\"severity\":\"LOW\",\"title\":\"x\",\"description\":\"y\"}"))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/public/productions/" + token + "/reports").contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"OTHER\",\"severity\":\"LOW\",\"title\":\"\",\"description\":\"y\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single()).isEqualTo(before);
  }

  private String fileByApi(String title) throws Exception {
    return JsonPath.read(mvc.perform(post("/api/public/productions/" + token + "/reports")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"category\":\"OTHER\",\"severity\":\"MEDIUM\",\"title\":\"" + title + "\",\"description\":\"Seen\"}"))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.receiptCode");
  }

  private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    return mvc.perform(request.with(reporter()).with(csrf()))
        .andExpect(status().isOk()).andExpect(header().string("Referrer-Policy", "no-referrer"))
        .andReturn().getResponse().getContentAsString();
  }

  private List<Map<String, Object>> rowsOf(String table, UUID reportId) {
    return jdbc.sql("SELECT * FROM " + table + " WHERE report_id = ?").param(reportId).query().listOfRows();
  }

  private Instant reportedAt(UUID reportId) {
    return jdbc.sql("SELECT reported_at FROM hazard_report WHERE id = ?").param(reportId)
        .query(OffsetDateTime.class).single().toInstant();
  }

  /** The reporter's phone: its own address, a proxy's forwarded address, and a browser that names the phone. */
  private static RequestPostProcessor reporter() {
    return request -> {
      request.setRemoteAddr(ADDRESS);
      request.addHeader("X-Forwarded-For", FORWARDED);
      request.addHeader("User-Agent", BROWSER);
      return request;
    };
  }

  private static String receiptCode(String html) {
    // The code is shown in groups of four, each kept whole on a narrow screen.
    Matcher matcher = Pattern.compile("data-testid=\"receipt-code\">(.*?)</p>", Pattern.DOTALL).matcher(html);
    assertThat(matcher.find()).as("the receipt page shows the code").isTrue();
    Matcher groups = Pattern.compile("<span class=\"group\">([0-9]{4})</span>").matcher(matcher.group(1));
    java.util.List<String> found = new java.util.ArrayList<>();
    while (groups.find()) {
      found.add(groups.group(1));
    }
    assertThat(found).as("six groups of four digits").hasSize(6);
    return String.join(" ", found);
  }
}
