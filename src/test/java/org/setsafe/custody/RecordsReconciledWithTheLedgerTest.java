package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeApplication;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.cli.SetSafeCli;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.RecordedFact;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with write access to the database rewrites a module's own record (a custody event, a report or one of
 * its steps, a sign-off) and leaves the ledger alone: the ledger still verifies, so {@code ledger verify} alone
 * would pass. {@code ledger reconcile}, which {@code ledger verify} also runs, holds every module's records
 * against the ledger and names each difference. On PostgreSQL the tables refuse change, so the "attacker" works
 * as the database's owner who switches the triggers off; each test puts the rows back afterwards.
 *
 * <p>One production serves every test: a weapon received, inspected, loaded with dummies, shown, issued (after its
 * plan and risk assessment were signed, the safety meeting acknowledged and the performer briefed), returned,
 * unloaded and locked up; a hazard report taken through acknowledgment, mitigation, a comment and resolution; a
 * stop-work called and lifted; someone hurt, and the incident investigated through to a signed report.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class RecordsReconciledWithTheLedgerTest {

  private static final String ROSA = "rosa.armorer";
  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};
  private static final Duration LANDS_WITHIN = Duration.ofSeconds(30);

  /** Built by the first test and kept: a shooting day is slow to stage and every test only reads or restores it. */
  private static OwnProduction shared;
  private static String weapon;
  private static String report;
  private static String stopWork;

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired java.time.Clock clock;

  private OwnProduction own;
  private final List<Runnable> putBack = new ArrayList<>();

  @BeforeAll
  static void pointTheCliAtTheTestDatabase() {
    System.setProperty("spring.profiles.active", "test,test-" + TestDatabase.current());
  }

  @AfterAll
  static void restore() {
    System.clearProperty("spring.profiles.active");
  }

  @BeforeEach
  void aShootingDayAndAReportOnRecord() throws Exception {
    if (shared == null) {
      shared = OwnProduction.create(crew, productions, accounts, schedule, "Reconciled Creek");
      stage(shared);
    }
    own = shared;
    awaitTheLedger();
  }

  private void stage(OwnProduction production) throws Exception {
    ArmorersPhone phone = new ArmorersPhone(mvc, crew, ledger, production);
    weapon = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    String dummies = phone.verifiedDummies(ROSA, 12);
    phone.post(ROSA, "weapons/" + weapon + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + weapon + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + weapon + "/show-load", phone.witnesses(WITNESSES)).andExpect(status().isOk());
    for (String witness : WITNESSES) {
      phone.post(witness, "weapons/" + weapon + "/show-load/confirm", "").andExpect(status().isOk());
    }
    phone.post(ROSA, "weapons/" + weapon + "/issue", phone.issue(weapon, "eli.actor", production.sceneId()))
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + weapon + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + weapon + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + weapon + "/lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk());

    String reports = "/api/productions/" + production.id() + "/reports";
    report = json(send(production, "eli.actor", reports, """
        {"category":"FIREARMS","severity":"HIGH","title":"Loose rounds on the prop cart","description":"Seen on set",
         "location":"Church set"}""").andExpect(status().isCreated()), "$.id");
    // A HIGH report tells its first level at once: that step is on record before anyone acknowledges.
    await().atMost(LANDS_WITHIN).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM escalation_step "
        + "WHERE report_id = ?", Long.class, UUID.fromString(report)) > 0);
    send(production, "dana.ad", reports + "/" + report + "/acknowledge", "{\"note\":\"On my way\"}")
        .andExpect(status().isOk());
    send(production, "sam.safety", reports + "/" + report + "/mitigation", "{\"what\":\"Cart locked in the truck\"}")
        .andExpect(status().isOk());
    send(production, "tess.grip", reports + "/" + report + "/comments", "{\"comment\":\"It was there at lunch too\"}")
        .andExpect(status().isOk());
    send(production, "sam.safety", reports + "/" + report + "/resolution", "{\"how\":\"Rounds counted back to the lot\"}")
        .andExpect(status().isOk());
    stopWork = json(send(production, "marcus.camera", reports + "/stop-work", "{\"sceneId\":\"" + production.sceneId()
        + "\",\"reason\":\"Gun pointed at the lens in rehearsal\"}").andExpect(status().isCreated()), "$.id");
    send(production, "sam.safety", reports + "/stop-work/" + stopWork + "/resume",
        "{\"whySafe\":\"Rehearsal is over; the revolver is locked up\"}").andExpect(status().isOk());
    investigate(production, reports);
  }

  /**
   * Someone hurt makes an incident; its investigation leaves a row for each fact: two statements (one given, one
   * recorded and confirmed), a note, a root cause, an action done and verified, the report signed twice.
   */
  private void investigate(OwnProduction production, String reports) throws Exception {
    send(production, "tess.grip", reports, """
        {"category":"OTHER","severity":"LOW","title":"Tess caught her hand in the dolly track",
         "description":"On the church set","injury":true}""").andExpect(status().isCreated());
    String incidents = "/api/productions/" + production.id() + "/incidents";
    await().atMost(LANDS_WITHIN).untilAsserted(() -> read(production, "sam.safety", incidents)
        .andExpect(jsonPath("$.length()").value(1)));
    String here = incidents + "/" + json(read(production, "sam.safety", incidents), "$[0].id");
    // The ledger is pinned for the incident right after it opens; the report prints the pin, so it is read after.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> read(production, "sam.safety", here)
        .andExpect(jsonPath("$.evidence.treeSize").isNumber()));
    String dana = json(send(production, "dana.ad", here + "/statements",
        "{\"words\":\"The track was moved while Tess held it.\"}").andExpect(status().isCreated()), "$.id");
    String tess = json(send(production, "sam.safety", here + "/statements/recorded", "{\"witnessUserId\":\""
        + userId(production, "tess.grip") + "\",\"words\":\"Nobody called the move.\"}")
        .andExpect(status().isCreated()), "$.id");
    send(production, "tess.grip", here + "/statements/" + tess + "/confirm", "{\"version\":1}")
        .andExpect(status().isOk());
    send(production, "sam.safety", here + "/notes", "{\"text\":\"Dolly moves are not called on this unit.\"}")
        .andExpect(status().isCreated());
    String cause = json(send(production, "sam.safety", here + "/root-causes", """
        {"form":"FACTOR","category":"PROCEDURE","summary":"Dolly moves were not called",
         "evidence":[{"statementId":"%s"}]}""".formatted(dana)).andExpect(status().isCreated()), "$.rootCauses[0].id");
    String action = json(send(production, "sam.safety", here + "/actions", """
        {"rootCauseId":"%s","kind":"CORRECTIVE","what":"The key grip calls every dolly move","ownerId":"%s",
         "dueOn":"%s"}""".formatted(cause, userId(production, "dana.ad"),
        java.time.LocalDate.now(clock).plusDays(30))).andExpect(status().isCreated()), "$.actions[0].id");
    send(production, "dana.ad", here + "/actions/" + action + "/done", "{\"note\":\"Told the grips at call\"}")
        .andExpect(status().isOk());
    send(production, "sam.safety", here + "/actions/" + action + "/verification",
        "{\"effective\":true,\"note\":\"Every move called since\"}").andExpect(status().isOk());
    send(production, "sam.safety", here + "/investigation/close", "{\"reason\":\"Cause found and answered\"}")
        .andExpect(status().isOk());
    LedgerLanding.awaitFactsOf(jdbc, production.id());
    String sha = read(production, "sam.safety", here + "/report").andExpect(status().isOk()).andReturn()
        .getResponse().getHeader("X-Report-SHA256");
    send(production, "sam.safety", here + "/report/sign-offs",
        "{\"role\":\"SAFETY_ADVISOR\",\"reportSha256\":\"" + sha + "\"}").andExpect(status().isCreated());
    send(production, "grace.producer", here + "/report/sign-offs",
        "{\"role\":\"PRODUCER\",\"reportSha256\":\"" + sha + "\"}").andExpect(status().isCreated());
  }

  private UUID userId(OwnProduction production, String who) {
    return accounts.findByUsername(production.user(who)).orElseThrow().id();
  }

  private ResultActions read(OwnProduction production, String who, String url) throws Exception {
    return mvc.perform(get(url).header("Authorization", crew.bearer(production.user(who))));
  }

  private ResultActions send(OwnProduction production, String who, String url, String body) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(production.user(who)))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }

  /** Every fact of this production has reached the ledger (the recorder appends after each commit, on its own). */
  private void awaitTheLedger() {
    await().atMost(LANDS_WITHIN).untilAsserted(() -> {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND "
          + "listener_id LIKE '%LedgerRecorder%' AND serialized_event LIKE ?", Long.class, "%" + own.id() + "%"))
          .as("facts of this production still on their way to the ledger").isZero();
      assertThat(jdbc.queryForList("SELECT e.kind FROM ledger_entry e JOIN ledger_log l ON l.id = e.log_id "
          + "WHERE l.production_id = ? AND e.kind = 'escalation.report-escalated'", String.class, own.id()))
          .as("each level told is in the ledger").hasSize(jdbc.queryForObject("SELECT COUNT(*) FROM escalation_step "
              + "WHERE production_id = ? AND step <> 'deadline'", Integer.class, own.id()));
    });
  }

  @AfterEach
  void putTheRowsBack() {
    if (!putBack.isEmpty()) {
      asDatabaseOwner(db -> {
        for (int i = putBack.size() - 1; i >= 0; i--) {
          putBack.get(i).run();
        }
      });
      putBack.clear();
    }
  }

  private static int cli(String... args) {
    return SetSafeCli.run(SetSafeApplication.class, args);
  }

  private int reconcile() {
    return cli("ledger", "reconcile", "--production", own.id().toString());
  }

  /** The lines of the last command's output that name a difference in this production's records. */
  private List<String> differences(CapturedOutput output) {
    return output.getOut().lines().filter(line -> line.startsWith("  - ")).map(line -> line.substring(4))
        .collect(Collectors.toList());
  }

  // ---- the finding, and a clean production ----

  @Test
  void aProductionWhoseRecordsMatchTheLedgerReconcilesWithExitZero(CapturedOutput output) {
    assertThat(reconcile()).isZero();
    assertThat(output.getOut()).contains("Modules reconciled: every recorded fact matches its ledger entry.");
    assertThat(kindsInTheLedger()).as("what this production's records cover").contains("custody.weapon-issued",
        "custody.weapon-registered", "custody.lot-registered", "reporting.hazard-reported",
        "reporting.report-acknowledged", "reporting.mitigation-started", "reporting.report-commented",
        "reporting.report-resolved", "reporting.stop-work-called", "reporting.work-resumed",
        "protocol.weapon-plan-signed", "protocol.risk-assessment-signed", "briefing.safety-meeting-acknowledged",
        "training.armorer-briefing-recorded", "incident.statement-given", "incident.statement-confirmed",
        "incident.note-added", "incident.root-cause-recorded", "incident.corrective-action-done",
        "incident.corrective-action-verified", "incident.report-signed-off");
  }

  @Test
  void verifyNamesACustodyEventRewrittenInItsTableThoughTheLedgerIsIntact(CapturedOutput output) {
    long seq = jdbc.queryForObject("SELECT seq FROM custody_event WHERE weapon_id = ? AND kind = "
        + "'custody.weapon-inspected'", Long.class, UUID.fromString(weapon));
    tamper("UPDATE custody_event SET payload = REPLACE(payload, 'Bore clear', 'Bore fouled') WHERE seq = ?",
        "UPDATE custody_event SET payload = REPLACE(payload, 'Bore fouled', 'Bore clear') WHERE seq = ?", seq);

    assertThat(cli("ledger", "verify")).as("a changed custody event fails verification").isEqualTo(1);

    assertThat(output.getOut()).contains("Ledger intact:")
        .containsPattern("custody custody_event row seq " + seq + " fact [0-9a-f-]{36} \\(ledger entry \\d+\\): "
            + "field finding differs: ledger \"Bore clear, cylinder indexes\", table \\(payload\\) \"Bore fouled, "
            + "cylinder indexes\"");
  }

  // ---- custody ----

  @Test
  void aCustodyEventWhoseCopiedColumnWasChangedIsNamed(CapturedOutput output) {
    long seq = jdbc.queryForObject("SELECT seq FROM custody_event WHERE weapon_id = ? AND kind = "
        + "'custody.weapon-issued'", Long.class, UUID.fromString(weapon));
    UUID rosa = crew.id(own.user(ROSA));
    UUID eli = crew.id(own.user("eli.actor"));
    tamper("UPDATE custody_event SET actor_id = ? WHERE seq = ?", "UPDATE custody_event SET actor_id = ? WHERE seq = ?",
        List.of(eli, seq), List.of(rosa, seq));

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString().startsWith("custody custody_event row seq " + seq)
        .endsWith("field actorId differs: ledger \"" + rosa + "\", table (actor_id) \"" + eli + "\"");
  }

  @Test
  void aFirearmRewrittenAsAReplicaInTheRegisterIsNamed(CapturedOutput output) {
    // The register is what the issue gate reads: a revolver quietly turned into a replica would skip the firearms
    // rules, so the ledger must still say what it was when it came in.
    tamper("UPDATE weapon SET kind = 'NON_FIRING_REPLICA' WHERE id = ? AND version = 1",
        "UPDATE weapon SET kind = 'FIREARM' WHERE id = ? AND version = 1", UUID.fromString(weapon));

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString().startsWith("custody weapon row " + weapon + " v1")
        .endsWith("field weaponKind differs: ledger \"FIREARM\", table (kind) \"NON_FIRING_REPLICA\"");
  }

  @Test
  void aDeletedCustodyEventIsNamedByItsLedgerEntry(CapturedOutput output) {
    Map<String, Object> lockUp = jdbc.queryForMap("SELECT * FROM custody_event WHERE weapon_id = ? AND kind = "
        + "'custody.weapon-locked-up'", UUID.fromString(weapon));
    delete("custody_event", lockUp);

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString()
        .matches("custody custody_event fact " + lockUp.get("event_id") + " \\(ledger entry \\d+\\): missing in the "
            + "table: no row for the ledger's custody.weapon-locked-up of event:" + lockUp.get("event_id"));
  }

  @Test
  void aCustodyEventThatNeverReachedTheLedgerIsNamed(CapturedOutput output) {
    Map<String, Object> inspected = jdbc.queryForMap("SELECT * FROM custody_event WHERE weapon_id = ? AND kind = "
        + "'custody.weapon-inspected'", UUID.fromString(weapon));
    UUID forged = UUID.randomUUID();
    asDatabaseOwner(db -> db.update("INSERT INTO custody_event (event_id, production_id, weapon_id, kind, actor_id, "
            + "occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)", forged, inspected.get("production_id"),
        inspected.get("weapon_id"), inspected.get("kind"), inspected.get("actor_id"), inspected.get("occurred_at"),
        ((String) inspected.get("payload")).replace(inspected.get("event_id").toString(), forged.toString())));
    putBack.add(() -> jdbc.update("DELETE FROM custody_event WHERE event_id = ?", forged));

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString().startsWith("custody custody_event row seq ")
        .endsWith(": missing in the ledger: no custody.weapon-inspected entry for event:" + forged);
  }

  // ---- reporting ----

  /**
   * A report filed before the hazards were one list: its row and its ledger fact both say RIGGING_HEIGHTS, and
   * neither can be rewritten. It still reads as rigging and heights and still matches its fact.
   */
  @Test
  void aReportFiledAsRiggingHeightsStillReadsAndReconciles(CapturedOutput output) throws Exception {
    UUID id = UUID.randomUUID();
    Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    jdbc.update("INSERT INTO hazard_report (id, production_id, category, severity, title, description, resignation, "
        + "anonymous, reported_at) VALUES (?, ?, 'RIGGING_HEIGHTS', 'HIGH', 'Loose truss clamp', 'Over the altar', "
        + "FALSE, FALSE, ?)", id, own.id(), reportedAt.atOffset(ZoneOffset.UTC));
    ledger.record(new HazardReportedAsFiledThen(UUID.randomUUID(), own.id(), null, reportedAt, id, "RIGGING_HEIGHTS",
        "HIGH", "Loose truss clamp", false, null));

    mvc.perform(get("/api/productions/" + own.id() + "/reports/" + id)
            .header("Authorization", crew.bearer(own.user("sam.safety"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.category").value("HEIGHTS"));
    assertThat(reconcile()).isZero();
    assertThat(differences(output)).isEmpty();
  }

  /** {@code reporting.hazard-reported} as the ledger holds it from before: the category as the name it had. */
  record HazardReportedAsFiledThen(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      String category, String severity, String title, boolean anonymous, String source) implements RecordedFact {
    @Override public String kind() { return "reporting.hazard-reported"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  @Test
  void aReportAndAStepRewrittenInTheirTablesAreNamed(CapturedOutput output) {
    UUID id = UUID.fromString(report);
    tamper("UPDATE hazard_report SET title = 'Nothing to see' WHERE id = ?",
        "UPDATE hazard_report SET title = 'Loose rounds on the prop cart' WHERE id = ?", id);
    tamper("UPDATE report_step SET note = 'Nothing was done' WHERE report_id = ? AND step = 'MITIGATION_STARTED'",
        "UPDATE report_step SET note = 'Cart locked in the truck' WHERE report_id = ? AND step = 'MITIGATION_STARTED'",
        id);

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("reporting hazard_report row " + id + " fact ")
            .endsWith("field title differs: ledger \"Loose rounds on the prop cart\", table (title) \"Nothing to see\""))
        .anySatisfy(line -> assertThat(line).startsWith("reporting report_step row " + id + " step 2 fact ")
            .endsWith("field what differs: ledger \"Cart locked in the truck\", table (note) \"Nothing was done\""));
  }

  @Test
  void anEscalationStepRedatedInItsTableIsNamed(CapturedOutput output) {
    // Moving when the first level was told would hide how long a HIGH report went unanswered.
    Map<String, Object> step = jdbc.queryForMap("SELECT * FROM escalation_step WHERE report_id = ? ORDER BY fired_at "
        + "FETCH FIRST 1 ROWS ONLY", UUID.fromString(report));
    tamper("UPDATE escalation_step SET fired_at = due_at + INTERVAL '1' HOUR WHERE report_id = ? AND round = ? AND step = ?",
        "UPDATE escalation_step SET fired_at = ? WHERE report_id = ? AND round = ? AND step = ?",
        List.of(step.get("report_id"), step.get("round"), step.get("step")),
        List.of(step.get("fired_at"), step.get("report_id"), step.get("round"), step.get("step")));

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString()
        .startsWith("escalation escalation_step row " + report + "/" + step.get("round") + "/" + step.get("step"))
        .contains("field firedAt differs");
  }

  @Test
  void aDeletedClosingStepIsNamed(CapturedOutput output) {
    UUID id = UUID.fromString(report);
    delete("report_step", jdbc.queryForMap("SELECT * FROM report_step WHERE report_id = ? AND step = 'RESOLVED'", id));

    assertThat(cli("ledger", "verify")).isEqualTo(1);

    assertThat(output.getOut()).containsPattern("reporting report_step fact [0-9a-f-]{36} \\(ledger entry \\d+\\): "
        + "missing in the table: no row for the ledger's reporting.report-resolved of report:" + id);
  }

  @Test
  void aDeletedReportIsNamedWithEachOfItsSteps(CapturedOutput output) {
    UUID id = UUID.fromString(report);
    List<Map<String, Object>> steps = jdbc.queryForList("SELECT * FROM report_step WHERE report_id = ?", id);
    Map<String, Object> filed = jdbc.queryForMap("SELECT * FROM hazard_report WHERE id = ?", id);
    steps.forEach(step -> delete("report_step", step));
    delete("hazard_report", filed);

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).hasSize(5).allSatisfy(line -> assertThat(line).contains("missing in the table"))
        .anySatisfy(line -> assertThat(line).startsWith("reporting hazard_report fact ")
            .endsWith("reporting.hazard-reported of report:" + id))
        .anySatisfy(line -> assertThat(line).endsWith("reporting.report-acknowledged of report:" + id
            + " reporting.report-acknowledged"));
  }

  @Test
  void aStopWorkWhoseReasonWasChangedIsNamed(CapturedOutput output) {
    UUID id = UUID.fromString(stopWork);
    tamper("UPDATE stop_work SET reason = 'Nobody stopped anything' WHERE id = ?",
        "UPDATE stop_work SET reason = 'Gun pointed at the lens in rehearsal' WHERE id = ?", id);

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString().startsWith("reporting stop_work row " + id)
        .endsWith("field reason differs: ledger \"Gun pointed at the lens in rehearsal\", table (reason) "
            + "\"Nobody stopped anything\"");
  }

  // ---- the investigation ----

  @Test
  void aRootCauseRewrittenInItsTableIsNamed(CapturedOutput output) {
    tamper("UPDATE root_cause SET summary = 'Nobody was at fault' WHERE production_id = ?",
        "UPDATE root_cause SET summary = 'Dolly moves were not called' WHERE production_id = ?", own.id());

    assertThat(reconcile()).isEqualTo(1);

    assertThat(differences(output)).singleElement().asString().startsWith("incident root_cause row ")
        .endsWith("field summary differs: ledger \"Dolly moves were not called\", table (summary) "
            + "\"Nobody was at fault\"");
  }

  @Test
  void deletedStatementConfirmationNoteActionStepsAndReportSignOffsAreEachNamed(CapturedOutput output) {
    UUID production = own.id();
    jdbc.queryForList("SELECT c.* FROM incident_statement_confirmation c JOIN incident_statement_version v "
        + "ON v.id = c.version_id WHERE v.production_id = ?", production)
        .forEach(row -> delete("incident_statement_confirmation", row));
    jdbc.queryForList("SELECT * FROM incident_note WHERE production_id = ?", production)
        .forEach(row -> delete("incident_note", row));
    jdbc.queryForList("SELECT s.* FROM corrective_action_step s JOIN corrective_action a ON a.id = s.action_id "
        + "WHERE a.production_id = ?", production).forEach(row -> delete("corrective_action_step", row));
    jdbc.queryForList("SELECT * FROM incident_report_sign_off WHERE production_id = ?", production)
        .forEach(row -> delete("incident_report_sign_off", row));

    assertThat(reconcile()).isEqualTo(1);

    List<String> differences = differences(output);
    assertThat(differences).hasSize(6).allSatisfy(line -> assertThat(line).contains("missing in the table"));
    assertThat(differences).anySatisfy(line -> assertThat(line)
            .startsWith("incident incident_statement_confirmation fact ").contains("incident.statement-confirmed"))
        .anySatisfy(line -> assertThat(line).startsWith("incident incident_note fact ")
            .contains("incident.note-added"))
        .anySatisfy(line -> assertThat(line).startsWith("incident corrective_action_step fact ")
            .contains("incident.corrective-action-done"))
        .anySatisfy(line -> assertThat(line).startsWith("incident corrective_action_step fact ")
            .contains("incident.corrective-action-verified"))
        .filteredOn(line -> line.contains("incident.report-signed-off")).hasSize(2);
  }

  // ---- sign-offs, acknowledgments, training ----

  @Test
  void deletedSignOffsAcknowledgmentAndBriefingAreEachNamed(CapturedOutput output) {
    UUID production = own.id();
    jdbc.queryForList("SELECT * FROM weapon_plan_signoff WHERE production_id = ?", production)
        .forEach(row -> delete("weapon_plan_signoff", row));
    jdbc.queryForList("SELECT s.* FROM risk_sign_off s JOIN risk_assessment a ON a.id = s.assessment_id "
        + "WHERE a.production_id = ?", production).forEach(row -> delete("risk_sign_off", row));
    jdbc.queryForList("SELECT a.* FROM safety_meeting_acknowledgment a JOIN safety_meeting m ON m.id = a.meeting_id "
        + "WHERE m.production_id = ?", production).forEach(row -> delete("safety_meeting_acknowledgment", row));
    jdbc.queryForList("SELECT * FROM armorer_briefing WHERE production_id = ?", production)
        .forEach(row -> delete("armorer_briefing", row));

    assertThat(reconcile()).isEqualTo(1);

    List<String> differences = differences(output);
    assertThat(differences).allSatisfy(line -> assertThat(line).contains("missing in the table"));
    assertThat(differences).anySatisfy(line -> assertThat(line).startsWith("protocol weapon_plan_signoff fact ")
            .contains("protocol.weapon-plan-signed"))
        .anySatisfy(line -> assertThat(line).startsWith("protocol risk_sign_off fact ")
            .contains("protocol.risk-assessment-signed"))
        .anySatisfy(line -> assertThat(line).startsWith("briefing safety_meeting_acknowledgment fact ")
            .contains("briefing.safety-meeting-acknowledged"))
        .anySatisfy(line -> assertThat(line).startsWith("training armorer_briefing fact ")
            .contains("training.armorer-briefing-recorded"));
  }

  // ---- helpers ----

  private List<String> kindsInTheLedger() {
    return jdbc.queryForList("SELECT DISTINCT e.kind FROM ledger_entry e JOIN ledger_log l ON l.id = e.log_id "
        + "WHERE l.production_id = ?", String.class, own.id());
  }

  private void tamper(String change, String undo, Object... args) {
    tamper(change, undo, List.of(args), List.of(args));
  }

  private void tamper(String change, String undo, List<Object> changeArgs, List<Object> undoArgs) {
    asDatabaseOwner(db -> assertThat(db.update(change, changeArgs.toArray())).as(change).isPositive());
    putBack.add(() -> jdbc.update(undo, undoArgs.toArray()));
  }

  /** Deletes the row as the database's owner would, and puts it back, column for column, after the test. */
  private void delete(String table, Map<String, Object> row) {
    String where = row.keySet().stream().filter(column -> row.get(column) != null && !(row.get(column) instanceof byte[]))
        .map(column -> column + " = ?").collect(Collectors.joining(" AND "));
    Object[] values = row.keySet().stream().filter(column -> row.get(column) != null
        && !(row.get(column) instanceof byte[])).map(row::get).toArray();
    asDatabaseOwner(db -> assertThat(db.update("DELETE FROM " + table + " WHERE " + where, values)).isEqualTo(1));
    putBack.add(() -> jdbc.update("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
        + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")", row.values().toArray()));
  }

  /** Work done as the database's owner would: on PostgreSQL, with the modules' triggers switched off. */
  private void asDatabaseOwner(Consumer<JdbcTemplate> work) {
    transactions.executeWithoutResult(status -> {
      if (TestDatabase.isPostgres()) {
        jdbc.execute("SET LOCAL session_replication_role = replica");
      }
      work.accept(jdbc);
    });
  }
}
