package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.DayNotReconciled;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.LockUpOverdue;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundCountMismatch;
import org.setsafe.custody.domain.CustodyEvents.WeaponLeftUnattended;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.ReportEvents.StopWorkCalled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hazard reports on "Dust Devil Creek" through the API, as the crew's phones drive them: the lifecycle with who
 * and when on every step, who may take which step, stop-work and its resumption, the reports custody facts open
 * on their own, and the management review a department's repeated reports force on a producer.
 */
@SetSafeTest
@RecordApplicationEvents
class ReportingApiTest {

  /** The smallest PNG there is: one transparent pixel. */
  static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired Ledger ledger;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;

  private Production western;
  private String base;
  private Instant start;

  @BeforeEach
  void onSet() {
    start = clock.instant();
    western = crew.production(Crew.WESTERN);
    base = "/api/productions/" + western.id() + "/reports";
  }

  /** Other tests share the clock: put it back where this test found it. */
  @org.junit.jupiter.api.AfterEach
  void backToToday() {
    clock.set(start);
  }

  // ---- the lifecycle ----

  @Test
  void aReportIsAcknowledgedMitigatedAndSignedOffByTheSafetyAdvisorWithWhoAndWhenOnEveryStep() throws Exception {
    String id = fileAs("eli.actor", "Loose rounds on the prop cart", "HIGH");
    send("dana.ad", base + "/" + id + "/acknowledge", "{\"note\":\"On my way\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("ACKNOWLEDGED"));
    clock.advance(Duration.ofMinutes(10));
    send("sam.safety", base + "/" + id + "/mitigation", "{\"what\":\"Cart locked in the armory truck; rounds counted\"}")
        .andExpect(jsonPath("$.state").value("MITIGATING"));
    send("tess.grip", base + "/" + id + "/comments", "{\"comment\":\"It was there at lunch too\"}")
        .andExpect(jsonPath("$.state").value("MITIGATING"));
    send("sam.safety", base + "/" + id + "/resolution", "{\"how\":\"Rounds reconciled with the lot; cart never left alone\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value("RESOLVED"))
        .andExpect(jsonPath("$.reportedBy").value("Eli Navarro"))
        .andExpect(jsonPath("$.steps.length()").value(4))
        .andExpect(jsonPath("$.steps[0].kind").value("ACKNOWLEDGED"))
        .andExpect(jsonPath("$.steps[0].who").value("Dana Whitcombe"))
        .andExpect(jsonPath("$.steps[1].who").value("Samira Haddad"))
        .andExpect(jsonPath("$.steps[2].who").value("Tess Lindqvist"))
        .andExpect(jsonPath("$.steps[3].kind").value("RESOLVED"))
        .andExpect(jsonPath("$.steps[3].note").value("Rounds reconciled with the lot; cart never left alone"));
    String steps = body(get(base + "/" + id), "eli.actor");
    Instant ack = Instant.parse(JsonPath.read(steps, "$.steps[0].at"));
    Instant mitigation = Instant.parse(JsonPath.read(steps, "$.steps[1].at"));
    assertThat(Duration.between(ack, mitigation)).isEqualTo(Duration.ofMinutes(10));

    UUID reportId = UUID.fromString(id);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(western.id(), "report:" + reportId)))
        .extracting(e -> e.kind()).filteredOn(kind -> kind.startsWith("reporting."))
        .containsExactlyInAnyOrder("reporting.hazard-reported",
            "reporting.report-acknowledged", "reporting.mitigation-started", "reporting.report-commented",
            "reporting.report-resolved"));
  }

  @Test
  void onlyTheReporterOrTheSafetyAdvisorResolvesAndAnyoneMayReopenWithAReason() throws Exception {
    String id = fileAs("tess.grip", "Frayed cable across the church doorway", "MEDIUM");
    send("leo.upm", base + "/" + id + "/acknowledge", "{}").andExpect(status().isOk());
    send("grace.producer", base + "/" + id + "/resolution", "{\"how\":\"Looks fine to me\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("person who reported it confirms")));
    send("sam.safety", base + "/" + id + "/resolution", "{}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("how"));
    send("tess.grip", base + "/" + id + "/resolution", "{}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("RESOLVED"))
        .andExpect(jsonPath("$.steps[1].note").value("Confirmed fixed by the reporter"));
    send("marcus.camera", base + "/" + id + "/reopen", "{}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("why"));
    send("marcus.camera", base + "/" + id + "/reopen", "{\"why\":\"Cable is back across the doorway\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("REPORTED"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_step WHERE report_id = ?").param(UUID.fromString(id))
        .query(Long.class).single()).isEqualTo(3);
  }

  @Test
  void stepsOutOfOrderAreRefusedNamingTheRuleAndOnlyThoseWhoActMayAcknowledge() throws Exception {
    String id = fileAs("marcus.camera", "Camera position in the line of fire", "CRITICAL");
    send("sam.safety", base + "/" + id + "/mitigation", "{\"what\":\"Remote head\"}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("state"))
        .andExpect(jsonPath("$.errors[0].rule").value("Transition"));
    send("sam.safety", base + "/" + id + "/resolution", "{\"how\":\"Fine\"}").andExpect(status().isConflict());
    send("tess.grip", base + "/" + id + "/acknowledge", "{}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("safety advisor")));
    send("rosa.armorer", base + "/" + id + "/reopen", "{\"why\":\"x\"}").andExpect(status().isConflict());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_step WHERE report_id = ?").param(UUID.fromString(id))
        .query(Long.class).single()).isZero();
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndTheRuleAndNothingIsWritten() throws Exception {
    long before = reportCount();
    send("tess.grip", base, "{\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("category")).andExpect(jsonPath("$.errors[0].rule").value("Required"));
    send("tess.grip", base, "{\"category\":\"LASERS\",\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("category"));
    send("tess.grip", base, "{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\" \",\"description\":\"y\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("title"))
        .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    send("tess.grip", base, "{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\","
        + "\"sceneId\":\"" + UUID.randomUUID() + "\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sceneId"));
    String notAnImage = Base64.getEncoder().encodeToString("<script>alert(1)</script>".getBytes());
    send("tess.grip", base, "{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\","
        + "\"photo\":\"" + notAnImage + "\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photo"))
        .andExpect(jsonPath("$.errors[0].rule").value("ImageType"));
    send("tess.grip", base, "{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\","
        + "\"photo\":\"not base64 at all!\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photo"));
    byte[] tooBig = java.util.Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
    send("tess.grip", base, "{\"category\":\"OTHER\",\"severity\":\"HIGH\",\"title\":\"x\",\"description\":\"y\","
        + "\"photo\":\"" + Base64.getEncoder().encodeToString(tooBig) + "\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("photo"))
        .andExpect(jsonPath("$.errors[0].rule").value("Size"));
    assertThat(reportCount()).isEqualTo(before);
  }

  @Test
  void aPhotoIsStoredWithTheReportAndServedOnlyToTheProductionsCrew() throws Exception {
    String filed = send("tess.grip", base,
        "{\"category\":\"RIGGING_HEIGHTS\",\"severity\":\"HIGH\",\"title\":\"Loose truss clamp\","
            + "\"description\":\"Clamp over the saloon bar is missing its safety\",\"photo\":\""
            + Base64.getEncoder().encodeToString(PNG) + "\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String id = JsonPath.read(filed, "$.id");
    String photo = JsonPath.read(filed, "$.photoIds[0]");
    mvc.perform(get(base + "/" + id + "/photos/" + photo).header("Authorization", crew.bearer("eli.actor")))
        .andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(PNG))
        .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    Production drama = crew.production(Crew.DRAMA);
    mvc.perform(get("/api/productions/" + drama.id() + "/reports/" + id + "/photos/" + photo)
            .header("Authorization", crew.bearer("grace.producer")))
        .andExpect(status().isNotFound());
    mvc.perform(get(base + "/" + id + "/photos/" + photo)).andExpect(status().isUnauthorized());
  }

  @Test
  void onPostgresqlTheDatabaseItselfRefusesToChangeOrDeleteAReport() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.setsafe.TestDatabase.isPostgres(), "PostgreSQL triggers");
    UUID id = UUID.fromString(fileAs("tess.grip", "Wet floor by the water tank", "LOW"));
    send("sam.safety", base + "/" + id + "/acknowledge", "{}").andExpect(status().isOk());
    for (String change : List.of("UPDATE hazard_report SET title = 'nothing' WHERE id = ?",
        "DELETE FROM hazard_report WHERE id = ?", "UPDATE report_step SET note = 'edited' WHERE report_id = ?",
        "DELETE FROM report_step WHERE report_id = ?")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(change).param(id).update())
          .rootCause().hasMessageContaining("append-only");
    }
    assertThat(jdbc.sql("SELECT title FROM hazard_report WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("Wet floor by the water tank");
  }

  // ---- stop-work ----

  @Test
  void anyoneStopsWorkOnASceneAndOnlyTheSafetyAdvisorResumesItSayingWhyItIsSafe() throws Exception {
    Scene scene = scene("12A");
    String stop = JsonPath.read(send("marcus.camera", base + "/stop-work",
        "{\"sceneId\":\"" + scene.id() + "\",\"reason\":\"Gun pointed at the lens in rehearsal\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    StopWorkCalled called = events.stream(StopWorkCalled.class)
        .filter(e -> e.stopWorkId().toString().equals(stop)).findFirst().orElseThrow();
    assertThat(called.actorId()).isEqualTo(crew.id("marcus.camera"));
    assertThat(called.toNotify()).contains(crew.id("dana.ad"), crew.id("sam.safety"), crew.id("grace.producer"),
        crew.id("eli.actor"));
    send("tess.grip", base + "/stop-work", "{\"sceneId\":\"" + scene.id() + "\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("AlreadyStopped"));

    mvc.perform(get("/productions/" + western.id()).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Work stopped")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Gun pointed at the lens in rehearsal")));

    send("dana.ad", base + "/stop-work/" + stop + "/resume", "{\"whySafe\":\"Rehearsal is over\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Only the safety advisor")));
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(western.id(), "stop-work:" + stop)))
        .anySatisfy(entry -> {
          assertThat(entry.kind()).isEqualTo("reporting.refused");
          assertThat(entry.actorId()).isEqualTo(crew.id("dana.ad"));
        }));
    send("sam.safety", base + "/stop-work/" + stop + "/resume", "{}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("whySafe"));
    send("sam.safety", base + "/stop-work/" + stop + "/resume",
        "{\"whySafe\":\"Camera on a remote head behind a shield; gun never pointed at the lens\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.resumedBy").value(crew.id("sam.safety").toString()));
    send("sam.safety", base + "/stop-work/" + stop + "/resume", "{\"whySafe\":\"again\"}")
        .andExpect(status().isConflict());
    mvc.perform(get("/productions/" + western.id()).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Gun pointed at the lens"))));
  }

  // ---- automatic reports ----

  @Test
  void custodyFactsOpenReportsOnTheirOwnOncePerFactEvenWhenDeliveredTwice() throws Exception {
    UUID weapon = UUID.randomUUID();
    UUID rosa = crew.id("rosa.armorer");
    Instant now = clock.instant();
    LiveRoundFound live = new LiveRoundFound(UUID.randomUUID(), western.id(), crew.id("marcus.camera"), now, null, null,
        "Prop cart, church set", "A round with a primer among the dummies");
    AccidentalDischarge discharge = new AccidentalDischarge(UUID.randomUUID(), western.id(), weapon, rosa, now,
        "Fired while being holstered");
    Misfire misfire = new Misfire(UUID.randomUUID(), western.id(), weapon, rosa, now, "Blank did not fire");
    WeaponLeftUnattended alertOnly = new WeaponLeftUnattended(UUID.randomUUID(), western.id(), null, now, weapon,
        rosa, "meal-break:2026-11-24", "Revolver on the cart at lunch, not locked up", null);
    LockUpOverdue unattended = new LockUpOverdue(UUID.randomUUID(), western.id(), null, now, weapon, rosa,
        alertOnly.eventId(), "meal-break:2026-11-24", "Revolver still on the cart 10 minutes after the alert", null);
    DayNotReconciled wrap = new DayNotReconciled(UUID.randomUUID(), western.id(), null, now, LocalDate.now(),
        "wrap:2026-11-24", "At wrap the rounds do not reconcile: Lot A still open", null);
    RoundCountMismatch mismatch = new RoundCountMismatch(UUID.randomUUID(), western.id(), rosa, now,
        LocalDate.now(), "Lot A: 44 counted, 46 expected", null);
    for (Object fact : List.of(live, discharge, misfire, alertOnly, unattended, wrap, mismatch, live, discharge)) {
      transactions.executeWithoutResult(tx -> publisher.publishEvent(fact));
    }
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      assertThat(source(live.eventId())).containsExactly("CRITICAL");
      assertThat(source(discharge.eventId())).containsExactly("CRITICAL");
      assertThat(source(misfire.eventId())).containsExactly("HIGH");
      assertThat(source(unattended.eventId())).containsExactly("HIGH");
      assertThat(source(wrap.eventId())).containsExactly("HIGH");
      assertThat(source(mismatch.eventId())).containsExactly("HIGH");
    });
    assertThat(source(alertOnly.eventId())).as("an alert is told at once by custody; only the overdue one is a report")
        .isEmpty();
    String list = body(get(base), "tess.grip");
    assertThat(JsonPath.<List<String>>read(list, "$[?(@.source == 'custody.live-round-found')].reportedBy"))
        .contains("SetSafe, from custody.live-round-found");
    assertThat(JsonPath.<List<String>>read(list, "$[?(@.source == 'custody.live-round-found')].category"))
        .contains("FIREARMS");
  }

  // ---- management review ----

  @Test
  void aDepartmentsThirdReportInTwoWeeksOpensAReviewThatOnlyAProducerAnswersInWriting() throws Exception {
    String department = "Stunts " + UUID.randomUUID().toString().substring(0, 6);
    String before = fileIn("tess.grip", department, "Ratchet rig not load-tested");
    clock.advance(Duration.ofDays(20));
    String first = fileIn("tess.grip", department, "Air ram pad missing");
    String second = fileIn("marcus.camera", department, "No rescue plan for the high fall");
    assertThat(reviewsOf(department)).isEmpty();
    String third = fileIn("eli.actor", department, "Fall pad too thin");
    String reviews = body(get(base + "/reviews"), "tess.grip");
    List<String> ids = JsonPath.read(reviews, "$[?(@.department == '" + department + "')].id");
    assertThat(ids).hasSize(1);
    assertThat(JsonPath.<List<String>>read(reviews, "$[?(@.department == '" + department + "')].reportId"))
        .containsExactly(third);
    assertThat(JsonPath.<List<String>>read(reviews, "$[?(@.department == '" + department + "')].why").get(0))
        .contains("3 safety reports");

    mvc.perform(get("/productions/" + western.id()).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString(department + " has filed 3 safety reports")));
    String page = mvc.perform(get("/productions/" + western.id() + "/reports/reviews").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String review = page.substring(page.indexOf("id=\"review-" + ids.get(0) + "\""));
    review = review.substring(0, review.indexOf("</div>"));
    assertThat(review).as("every report the review counted, and only those").contains("The 3 reports that opened it")
        .contains("/reports/" + first).contains("/reports/" + second).contains("/reports/" + third)
        .doesNotContain("/reports/" + before);
    String producersBlock = mvc.perform(get("/productions/" + western.id() + "/needs-you")
            .with(crew.signedIn("grace.producer"))).andReturn().getResponse().getContentAsString();
    assertThat(producersBlock).contains("A management review waits for your written answer")
        .contains("/reports/reviews#review-" + ids.get(0));
    send("leo.upm", base + "/reviews/" + ids.get(0) + "/answer", "{\"answer\":\"Noted\"}")
        .andExpect(status().isForbidden());
    send("grace.producer", base + "/reviews/" + ids.get(0) + "/answer", "{\"answer\":\" \"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
    send("grace.producer", base + "/reviews/" + ids.get(0) + "/answer",
        "{\"answer\":\"Stunt coordinator replaced; every rig load-tested before use from tomorrow\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.answeredBy").value(crew.id("grace.producer").toString()));
    send("grace.producer", base + "/reviews/" + ids.get(0) + "/answer", "{\"answer\":\"again\"}")
        .andExpect(status().isConflict());
    assertThat(mvc.perform(get("/productions/" + western.id() + "/needs-you").with(crew.signedIn("grace.producer")))
        .andReturn().getResponse().getContentAsString()).doesNotContain("review-" + ids.get(0));
    mvc.perform(get("/productions/" + western.id()).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(org.hamcrest.Matchers.not(
            org.hamcrest.Matchers.containsString(department + " has filed"))));
  }

  @Test
  void aResignationCitingSafetyOpensAReviewAtOnce() throws Exception {
    String id = JsonPath.read(send("marcus.camera", base, "{\"category\":\"FIREARMS\",\"severity\":\"CRITICAL\","
        + "\"title\":\"Camera crew resigning\",\"description\":\"No safety meetings, two discharges ignored\","
        + "\"resignation\":true}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    String reviews = body(get(base + "/reviews"), "eli.actor");
    assertThat(JsonPath.<List<String>>read(reviews, "$[?(@.reportId == '" + id + "')].trigger"))
        .containsExactly("RESIGNATION");
  }

  // ---- nothing hidden ----

  @Test
  void everyMemberSeesOpenConcernsOnTheDashboardWithTheirAge() throws Exception {
    String id = fileAs("rosa.armorer", "Derringer shown toward the extras", "HIGH");
    assertThat(Instant.parse(JsonPath.read(body(get(base + "/" + id), "rosa.armorer"), "$.reportedAt")))
        .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    clock.advance(Duration.ofHours(5));
    mvc.perform(get("/productions/" + western.id()).with(crew.signedIn("june.actor")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Derringer shown toward the extras")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("open 5 h")));
  }

  @Test
  void theApiDescriptionDocumentsTheCrewsAndTheAnonymousReportingRoutes() throws Exception {
    mvc.perform(get("/api/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/reports'].post.summary").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/reports/{reportId}/resolution'].post").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/reports/stop-work/{stopWorkId}/resume'].post")
            .exists())
        .andExpect(jsonPath("$.paths['/api/public/productions/{token}/reports'].post.summary").exists())
        .andExpect(jsonPath("$.paths['/api/public/receipts/report'].post").exists());
  }

  // ---- helpers ----

  private String fileAs(String username, String title, String severity) throws Exception {
    return JsonPath.read(send(username, base, "{\"category\":\"FIREARMS\",\"severity\":\"" + severity + "\",\"title\":\""
        + title + "\",\"description\":\"Seen on set\",\"location\":\"Church set\",\"department\":\"Test "
        + UUID.randomUUID() + "\"}").andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
  }

  private String fileIn(String username, String department, String title) throws Exception {
    return JsonPath.read(send(username, base, "{\"category\":\"STUNTS\",\"severity\":\"HIGH\",\"title\":\"" + title
        + "\",\"description\":\"Seen on set\",\"department\":\"" + department + "\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
  }

  private List<String> reviewsOf(String department) throws Exception {
    return JsonPath.read(body(get(base + "/reviews"), "tess.grip"), "$[?(@.department == '" + department + "')].id");
  }

  private List<String> source(UUID factId) {
    return jdbc.sql("SELECT severity FROM hazard_report WHERE source_fact_id = ?").param(factId).query(String.class).list();
  }

  private long reportCount() {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single();
  }

  private Scene scene(String number) {
    return SystemActor.call(() -> schedule.scenes(western.id())).stream().filter(s -> s.number().equals(number))
        .findFirst().orElseThrow();
  }

  private ResultActions send(String username, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(username))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String username) throws Exception {
    return mvc.perform(request.header("Authorization", crew.bearer(username)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
