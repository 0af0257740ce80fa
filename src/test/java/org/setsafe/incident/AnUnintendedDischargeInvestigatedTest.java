package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.BundleVerdict;
import org.setsafe.ledger.EvidenceBundles;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An unintended discharge on set, from the shot to the signed report, as the story asks: the revolver fires
 * in rehearsal and the camera operator is hit; the incident opens by itself, the ledger is pinned and its bundle
 * verifies offline, the revolver is on hold, the round goes to the sheriff under a case number both sides confirm,
 * the timeline shows the day's custody, the witnesses give statements, the safety advisor finds the root cause and
 * agrees actions, one of them goes overdue and climbs the escalation ladder, the 8-hour OSHA clock for the death is
 * answered, the crew are offered support, and the report is signed by the safety advisor and a producer. Time moves
 * by the test clock and persisted timers run when the scheduler finds them due, never by sleeping.
 */
@SetSafeTest
class AnUnintendedDischargeInvestigatedTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(60);
  private static final String CASE = "SFSO 2026-20211";
  private static final ZoneId SET_ZONE = ZoneId.of("America/Denver");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  private IncidentsOnSet set;
  private Instant start;

  @BeforeEach
  void callTime() {
    // The scheduler's clock runs on from the last move of the test clock: move it, so timers fall due when this
    // test says and not before.
    clock.advance(Duration.ofMillis(1));
    start = clock.instant();
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Bonanza Creek");
  }

  @AfterEach
  void backToTheMorning() {
    // Other tests read "today" on the set: the days this one moved past are given back.
    clock.set(start);
  }

  @Test
  void fromTheShotToTheSignedReport(@TempDir Path dir) throws Exception {
    // The morning: the revolver is checked, shown clear to the actor, the 1st AD and the camera operator, and
    // issued to the actor for scene 42A.
    String revolver = set.receivedRevolver();
    SystemActor.call(() -> {
      schedule.markHazards(set.id(), set.sceneId, Set.of(Hazard.FIREARMS));
      return schedule.nameCast(set.id(), set.sceneId, Set.of(set.userId("eli.actor")), set.userId("marcus.camera"));
    });
    crew.readyToShoot(set.id(), set.sceneId, UUID.fromString(revolver), set.userId("eli.actor"));
    clock.advance(Duration.ofMinutes(5));
    String weapon = "custody/weapons/" + revolver;
    set.post("rosa.armorer", weapon + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
    set.post("rosa.armorer", weapon + "/show-clear", "{\"witnesses\":[\"" + set.userId("eli.actor") + "\",\""
        + set.userId("dana.ad") + "\",\"" + set.userId("marcus.camera") + "\"]}").andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      set.post(witness, weapon + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    clock.advance(Duration.ofMinutes(2));
    set.post("rosa.armorer", weapon + "/issue", "{\"performerId\":\"" + set.userId("eli.actor") + "\",\"sceneId\":\""
        + set.sceneId + "\"}").andExpect(status().isOk());

    // Half an hour later, in rehearsal, it fires. The actor reports it from his phone.
    clock.advance(Duration.ofMinutes(30));
    String discharge = json(set.post("eli.actor", weapon + "/accidental-discharge",
        "{\"description\":\"Fired in rehearsal while pointed toward the camera\"}").andExpect(status().isOk()),
        "$.eventId");

    // 1. The incident opens by itself.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    String incident = json(set.get("sam.safety", "incidents"), "$[0].id");
    String here = "incidents/" + incident;
    set.get("sam.safety", here).andExpect(jsonPath("$.kind").value("UNINTENDED_DISCHARGE"))
        .andExpect(jsonPath("$.automatic").value(true));

    // 2. The evidence is pinned and verifies offline.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", here)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    String view = body(set.get("sam.safety", here));
    long pinned = ((Number) JsonPath.read(view, "$.evidence.treeSize")).longValue();
    String bundleSha = JsonPath.read(view, "$.evidence.bundleSha256");
    byte[] bundle = set.get("sam.safety", here + "/evidence-bundle").andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsByteArray();
    BundleVerdict verdict = EvidenceBundles.verify(Files.write(dir.resolve("incident.bundle"), bundle),
        ledger.publicKeys().stream().map(Ledger.PublicKey::vkey).toList());
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.intact()).isTrue();
    assertThat(verdict.treeSize()).isEqualTo(pinned);

    // 3. The revolver is on hold: nothing goes out until the safety advisor and a producer clear it.
    set.get("grace.producer", "custody/board").andExpect(jsonPath("$.firearmsHold.active").value(true))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].weaponId").value(revolver));
    set.get("sam.safety", here).andExpect(jsonPath("$.holds[0].weaponId").value(revolver))
        .andExpect(jsonPath("$.holds[0].holdId").value(discharge));

    // 4. The round goes to the sheriff under a case number both sides confirm.
    String item = json(set.post("rosa.armorer", here + "/evidence",
        "{\"kind\":\"ROUND\",\"what\":\"Spent casing from chamber 1 of the Colt\"}").andExpect(status().isCreated()),
        "$.items[0].id");
    String code = json(set.post("rosa.armorer", here + "/evidence/" + item + "/hand-overs",
        "{\"toName\":\"Deputy R. Vega\",\"toOrganisation\":\"Santa Fe County Sheriff's Office\",\"caseNumber\":\""
            + CASE + "\"}").andExpect(status().isCreated()), "$.code");
    mvc.perform(MockMvcRequestBuilders.post("/api/public/receipts/evidence").contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\",\"name\":\"Deputy R. Vega\",\"caseNumber\":\"" + CASE + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.caseNumber").value(CASE));
    set.get("sam.safety", here).andExpect(jsonPath("$.items[0].handOvers[0].confirmed").value(true))
        .andExpect(jsonPath("$.items[0].caseNumber").value(CASE));

    // 5. The camera operator dies of his wounds that afternoon: OSHA must hear within 8 hours.
    clock.advance(Duration.ofHours(1));
    String osha = json(set.post("sam.safety", here + "/outcomes", "{\"outcome\":\"DEATH\",\"state\":\"NM\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].regulator").value("OSHA"))
        .andExpect(jsonPath("$[0].timeLeft").value("8 hours left")), "$[0].id");
    AftermathOnSet.settle(jdbc, clock, ReportingClockTimers.CLOCK_TASK, osha);
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(inboxSubjects("sam.safety"))
        .anyMatch(s -> s.contains("OSHA report due")));

    // 6. That day's crew are offered support (the actor among them): the counselling contacts, in the inbox, and
    // check-ins at a day, a week and four weeks.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("eli.actor", "support")
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].checkIns.length()").value(3)));
    assertThat(inboxSubjects("eli.actor")).anyMatch(s -> s.contains("Support after the incident"));

    // Three hours on, the UPM has called OSHA: the clock is answered in time and stops.
    clock.advance(Duration.ofHours(3));
    set.post("leo.upm", here + "/clocks/" + osha + "/report",
            "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"OSHA-2026-204117\"}".formatted(clock.instant()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.answered").value(true))
        .andExpect(jsonPath("$.late").value(false));

    // 7. The timeline shows the day's custody in the order it happened, each line with its proof.
    String timeline = body(set.get("sam.safety", here + "/timeline").andExpect(status().isOk()));
    assertThat(JsonPath.<List<String>>read(timeline, "$.lines[*].ledgerKind")).containsSubsequence(
        "custody.weapon-received", "custody.shown-clear", "custody.weapon-issued", "custody.accidental-discharge",
        "incident.opened");
    List<Map<String, Object>> pinnedLines = JsonPath.read(timeline, "$.lines[?(@.index < " + pinned + ")]");
    assertThat(pinnedLines).isNotEmpty().allSatisfy(line -> assertThat(line.get("proof")).isNotNull());

    // 8. The witnesses give statements: the 1st AD from her own phone, and the actor's
    // recorded by the safety advisor and confirmed by him.
    String dana = json(set.post("dana.ad", here + "/statements", "{\"words\":\"I called rehearsal before the "
        + "armorer was back from the truck. Nobody checked the revolver again.\"}").andExpect(status().isCreated()),
        "$.id");
    String eli = json(set.post("sam.safety", here + "/statements/recorded", "{\"witnessUserId\":\""
        + set.userId("eli.actor") + "\",\"words\":\"I was told it was cold. I drew it toward the lens.\"}")
        .andExpect(status().isCreated()), "$.id");
    set.post("eli.actor", here + "/statements/" + eli + "/confirm", "{\"version\":1}").andExpect(status().isOk());
    // The timeline takes them in, marked as added later, in the witnesses' words for the investigators.
    set.get("sam.safety", here + "/timeline")
        .andExpect(jsonPath("$.lines[?(@.addedLater == true && @.kind == 'Statement')].what")
            .value(org.hamcrest.Matchers.containsInAnyOrder(org.hamcrest.Matchers.startsWith("I called rehearsal"),
                org.hamcrest.Matchers.startsWith("I was told it was cold"))));

    // 9. The root cause, shown by the issue in the ledger and the 1st AD's statement; the actions that answer it.
    long issued = JsonPath.<List<Number>>read(timeline, "$.lines[?(@.ledgerKind == 'custody.weapon-issued')].index")
        .get(0).longValue();
    String cause = json(set.post("sam.safety", here + "/root-causes", """
        {"form":"FIVE_WHYS","category":"SUPERVISION_AND_MANAGEMENT","summary":"Rehearsal called without the armorer",
         "whys":[{"why":"Why did the revolver fire?","because":"It was pointed at the camera and the trigger pulled"},
                 {"why":"Why was it not checked again?","because":"The armorer was called away and rehearsal went on"}],
         "evidence":[{"ledgerIndex":%d},{"statementId":"%s"}]}""".formatted(issued, dana))
        .andExpect(status().isCreated()), "$.rootCauses[0].id");
    LocalDate today = LocalDate.now(clock.withZone(SET_ZONE));
    String action = json(set.post("sam.safety", here + "/actions", """
        {"rootCauseId":"%s","kind":"CORRECTIVE","what":"No rehearsal with a firearm unless the armorer is at the set",
         "ownerId":"%s","dueOn":"%s"}""".formatted(cause, set.userId("dana.ad"), today.plusDays(1)))
        .andExpect(status().isCreated()), "$.actions[0].id");
    Instant due = Instant.parse(json(set.get("sam.safety", here + "/investigation"), "$.actions[0].dueAt"));

    // 10. Nobody does it in time: the action goes overdue and climbs the production's escalation ladder.
    clock.set(due.plusSeconds(1));
    settleAction(action);
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", here + "/investigation")
        .andExpect(jsonPath("$.actions[0].wentOverdue").value(true))
        .andExpect(jsonPath("$.actions[0].escalation").value(org.hamcrest.Matchers.startsWith("First told"))));
    assertThat(inboxSubjects("sam.safety")).anyMatch(s -> s.contains("Overdue corrective action"));
    set.post("dana.ad", here + "/actions/" + action + "/done", "{\"note\":\"Told the cast and crew at call\"}")
        .andExpect(status().isOk());
    set.post("sam.safety", here + "/actions/" + action + "/verification",
        "{\"effective\":true,\"note\":\"Watched two rehearsals wait for the armorer\"}").andExpect(status().isOk());
    set.post("sam.safety", here + "/investigation/close", "{\"reason\":\"Causes found and answered\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));

    // 11. The report: every part of the investigation and the evidence's fingerprint, signed by the safety
    // advisor and a producer on exactly the bytes they read.
    LedgerLanding.awaitFactsOf(jdbc, set.production.id());
    MvcResult report = set.get("sam.safety", here + "/report").andExpect(status().isOk()).andReturn();
    String sha = report.getResponse().getHeader("X-Report-SHA256");
    try (PDDocument pdf = Loader.loadPDF(report.getResponse().getContentAsByteArray())) {
      // Headings print in capitals; long words wrap, so compare without case and spaces.
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
      assertThat(text).contains("timeline").contains("statements").contains("rootcauses")
          .contains("correctiveactions").contains(bundleSha).contains("rehearsalcalledwithoutthearmorer")
          .contains("icalledrehearsalbeforethearmorer");
    }
    set.post("sam.safety", here + "/report/sign-offs",
        "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + sha + "\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(false));
    set.post("grace.producer", here + "/report/sign-offs",
        "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha + "\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.signed").value(true));

    // Everything is on the record.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(kinds("incident:" + incident)).contains(
        "incident.opened", "incident.evidence-preserved", "incident.evidence-logged", "incident.evidence-handed-over",
        "incident.evidence-received", "incident.statement-given", "incident.statement-confirmed",
        "incident.root-cause-recorded", "incident.corrective-action-overdue", "incident.corrective-action-verified",
        "incident.investigation-closed", "incident.support-offered"));
  }

  private void settleAction(String actionId) {
    await("due timers of action " + actionId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
        .until(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? AND "
                + "((task_name = 'corrective-action-due' AND task_instance = ?) OR "
                + "(task_name = 'escalation-step' AND task_instance LIKE ?) OR task_name = 'notify-delivery')")
            .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actionId, actionId + "/%")
            .query(Integer.class).single() == 0);
  }

  private List<String> kinds(String subject) {
    return SystemActor.call(() -> ledger.history(set.id(), subject)).stream().map(LedgerEntry::kind).toList();
  }

  private List<String> inboxSubjects(String who) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(set.userId(who)).query(String.class)
        .list();
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
