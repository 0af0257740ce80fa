package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A production shooting outside Santa Fe (America/Denver): a grip reports a hazard and resigns over it, the safety
 * advisor drafts and signs the risk assessment, work is stopped. Every page the crew reads it on, and the call
 * sheet PDF, show the ranch's clock with its zone, never the server's UTC; the API keeps ISO-8601 instants.
 */
@SetSafeTest
class LocalTimesOnPagesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;

  private String suffix;
  private Production ranch;
  private UUID dayId;
  private Instant filedAt;

  @BeforeEach
  void aProductionOnMountainTime() {
    suffix = UUID.randomUUID().toString().substring(0, 8);
    ranch = SystemActor.call(() -> productions.create("Mesa Verde Night " + suffix, DENVER.getId()));
    for (Map.Entry<String, CrewRole> member : Map.of("sam.safety", CrewRole.SAFETY_ADVISOR, "tess.grip", CrewRole.CREW,
        "grace.producer", CrewRole.PRODUCER).entrySet()) {
      SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, who(member.getKey()), member.getKey(), null,
          null, Crew.PASSWORD));
      SystemActor.run(() -> productions.addMember(ranch.id(), who(member.getKey()), Set.of(member.getValue()), "Grip"));
    }
    // A whole minute, so the page shows exactly this moment; not so near the ranch's midnight that the sign-off
    // a few minutes later falls on another day.
    clock.set(clock.instant().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES));
    if (clock.instant().atZone(DENVER).toLocalTime().isAfter(LocalTime.of(23, 30))) {
      clock.advance(Duration.ofMinutes(40));
    }
    filedAt = clock.instant();
    dayId = SystemActor.call(() -> schedule.scheduleDay(ranch.id(), schedule.today(ranch), LocalTime.of(6, 30),
        "Cerro Pelon Ranch").id());
  }

  @Test
  void aReportShowsTheRanchsClockOnItsPageTheListAndTheReviews() throws Exception {
    String reportId = report();

    String reportPage = page(get("/productions/{p}/reports/{r}", ranch.id(), reportId), "tess.grip");
    assertThat(reportPage).contains(local(filedAt)).doesNotContain("UTC");
    assertThat(page(get("/productions/{p}/reports", ranch.id()), "tess.grip")).contains(local(filedAt));
    assertThat(page(get("/productions/{p}/reports/reviews", ranch.id()), "grace.producer"))
        .contains("Opened " + local(filedAt)).doesNotContain("UTC");
  }

  @Test
  void theApiKeepsEachMomentAsAnIsoInstantAndSaysTheProductionsZone() throws Exception {
    String reportId = report();

    String json = api(get("/api/productions/{p}/reports/{r}", ranch.id(), reportId), "tess.grip");
    String reportedAt = JsonPath.read(json, "$.reportedAt");
    assertThat(reportedAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z");
    assertThat(Instant.parse(reportedAt)).isEqualTo(filedAt);
    String production = api(get("/api/productions/{p}", ranch.id()), "tess.grip");
    assertThat((String) JsonPath.read(production, "$.timeZone")).isEqualTo("America/Denver");
  }

  @Test
  void aSignOffShowsTheRanchsClock() throws Exception {
    mvc.perform(post("/api/productions/{p}/risk-assessments/general/versions", ranch.id())
            .header("Authorization", crew.bearer(who("sam.safety"))).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"hazards":[{"category":"GENERAL","whatCouldGoWrong":"Heat on the mesa at noon.",
                  "likelihood":2,"severity":2,
                  "controls":[{"level":"ADMINISTRATIVE","description":"Water and shade at base camp."}],
                  "residualLikelihood":1,"residualSeverity":2}]}"""))
        .andExpect(status().isCreated());
    clock.advance(Duration.ofMinutes(12));
    Instant signedAt = clock.instant();
    mvc.perform(post("/api/productions/{p}/risk-assessments/general/sign-offs", ranch.id())
            .header("Authorization", crew.bearer(who("sam.safety"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"version\":1,\"duty\":\"SAFETY_ADVISOR\"}"))
        .andExpect(status().isCreated());

    String risk = page(get("/productions/{p}/protocol/risk", ranch.id()), "sam.safety");
    assertThat(risk).contains(local(filedAt)).contains(local(signedAt)).doesNotContain("UTC");
  }

  @Test
  void theInboxShowsEachNoticeOnItsOwnProductionsClock() throws Exception {
    Production berlin = SystemActor.call(() -> productions.create("Spree Nights " + suffix, BERLIN.getId()));
    SystemActor.run(() -> productions.addMember(berlin.id(), who("sam.safety"), Set.of(CrewRole.SAFETY_ADVISOR), null));
    SystemActor.run(() -> productions.addMember(berlin.id(), who("tess.grip"), Set.of(CrewRole.CREW), "Grip"));

    stopWork(ranch, "Lightning over the mesa");
    stopWork(berlin, "Ice on the bridge");
    report();
    clock.advance(Duration.ofMillis(1));
    await().atMost(Duration.ofSeconds(90)).until(() -> jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE user_id = ?")
        .param(crew.id(who("sam.safety"))).query(Integer.class).single() >= 3);

    String inbox = page(get("/account/inbox"), "sam.safety");
    assertThat(inbox).contains(local(filedAt)).contains(local(filedAt, BERLIN)).doesNotContain("UTC");
    // The escalation's notice is read later, perhaps elsewhere: on the ranch's clock, with the date.
    assertThat(inbox).contains("Reported " + dated(filedAt) + ".");
  }

  @Test
  void theCallSheetPdfIsPreparedOnTheRanchsClock() throws Exception {
    byte[] pdf = mvc.perform(get("/productions/{p}/schedule/days/{d}/safety-sheet.pdf", ranch.id(), dayId)
            .with(crew.signedIn(who("sam.safety"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(text).contains("Prepared " + dated(filedAt) + " (America/Denver)").doesNotContain("UTC");
  }

  @Test
  void noPageWithTimesPrintsARawInstant() throws Exception {
    report();
    String rawInstant = ".*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*";
    // Tokens belong to no production: the installation's clock, named.
    assertThat(page(get("/account"), "tess.grip")).contains("Last used").doesNotMatch("(?s)" + rawInstant);
    // Administration shows the installation's clock by name (the signed entries beside it stay machine text).
    assertThat(mvc.perform(get("/admin/ledger").with(crew.signedIn("demo.admin"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString()).containsPattern("\\d\\d:\\d\\d UTC");
    for (String path : new String[] {"/productions/{p}/notifications", "/productions/{p}/escalation",
        "/productions/{p}/qualifications/people/" + crew.id(who("tess.grip"))}) {
      assertThat(page(get(path, ranch.id()), "sam.safety")).doesNotMatch("(?s)" + rawInstant).doesNotContain("UTC");
    }
  }

  private String report() throws Exception {
    String body = """
        {"category":"OTHER","severity":"LOW","title":"Loose cable by the honeywagon",
         "description":"Trip hazard at night","department":"Grip","resignation":true}""";
    return JsonPath.read(mvc.perform(post("/api/productions/{p}/reports", ranch.id())
            .header("Authorization", crew.bearer(who("tess.grip"))).contentType(MediaType.APPLICATION_JSON)
            .content(body))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
  }

  private void stopWork(Production production, String reason) throws Exception {
    mvc.perform(post("/api/productions/{p}/reports/stop-work", production.id())
            .header("Authorization", crew.bearer(who("tess.grip"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"wholeProduction\":true,\"reason\":\"" + reason + "\"}"))
        .andExpect(status().isCreated());
  }

  private String page(MockHttpServletRequestBuilder request, String person) throws Exception {
    return mvc.perform(request.with(crew.signedIn(who(person)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  private String api(MockHttpServletRequestBuilder request, String person) throws Exception {
    return mvc.perform(request.header("Authorization", crew.bearer(who(person)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  /** How a moment of today reads on that clock: "22:07 MST". */
  private String local(Instant at, ZoneId zone) {
    return DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH).format(at.atZone(zone));
  }

  /** How a moment reads on a PDF or in a notice: "Sat 5 Dec 2026 22:07 MST". */
  private String dated(Instant at) {
    return DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.ENGLISH).format(at.atZone(DENVER));
  }

  private String local(Instant at) {
    return local(at, DENVER);
  }

  private String who(String person) {
    return person + "." + suffix;
  }
}
