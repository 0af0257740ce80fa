package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.setsafe.incident.IncidentsOnSet.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * After the discharge, the investigation: the safety advisor finds why with five whys, tied to the ledger entry
 * that shows it; closing without that evidence is refused and recorded; the actions that answer the cause get an
 * owner and a due day; one is not done in time and climbs the production's escalation policy, one is done early and
 * never does; the owner cannot sign off their own action, the safety advisor does. Time moves by the test clock and
 * the persisted timers run as the scheduler finds them due, never by sleeping.
 */
@SetSafeTest
class RootCausesAndCorrectiveActionsTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(60);

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
    clock.advance(Duration.ofMillis(1));
    start = clock.instant();
    set = IncidentsOnSet.create(crew, mvc, productions, accounts, schedule, "Inquiry at Cerro Pelon");
  }

  @AfterEach
  void backToTheMorning() {
    // Other tests read "today" on the set (the demo's scene call among them): the days moved past are given back.
    clock.set(start);
  }

  @Test
  void theRootCauseIsShownByTheLedgerTheInvestigationClosesOnlyWithItAndAnOverdueActionEscalates() throws Exception {
    String revolver = set.receivedRevolver();
    set.post("eli.actor", "custody/weapons/" + revolver + "/accidental-discharge",
        "{\"description\":\"Fired on the draw in rehearsal\"}").andExpect(status().isOk());
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", "incidents")
        .andExpect(jsonPath("$.length()").value(1)));
    String incident = json(set.get("sam.safety", "incidents"), "$[0].id");
    String investigation = "incidents/" + incident;
    long opened = ledgerIndex("incident:" + incident, "incident.opened");

    // The safety advisor's first five whys: no evidence linked yet.
    String first = body(set.post("sam.safety", investigation + "/root-causes", """
        {"form":"FIVE_WHYS","category":"PROCEDURE","summary":"No clearance check before an unplanned rehearsal",
         "whys":[{"why":"Why did the revolver fire?","because":"It was loaded with a blank nobody knew of"},
                 {"why":"Why was it loaded?","because":"It came off the cart after lunch without a show-clear"},
                 {"why":"Why no show-clear?","because":"The rehearsal was called while the armorer was at lunch"}]}""")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.rootCauses[0].version").value(1))
        .andExpect(jsonPath("$.rootCauses[0].whys.length()").value(3))
        .andExpect(jsonPath("$.rootCauses[0].whys[1].because").value(containsString("show-clear")))
        .andExpect(jsonPath("$.rootCauses[0].evidence.length()").value(0)));
    String cause = JsonPath.read(first, "$.rootCauses[0].id");

    // Closing on a hunch is refused, with the rule, and the refusal is on the record.
    set.post("sam.safety", investigation + "/investigation/close", "{}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.closing-needs-root-cause"))
        .andExpect(jsonPath("$.refusalId").exists());
    // Only the safety advisor closes it: the producer who answers for the schedule does not.
    set.post("grace.producer", investigation + "/investigation/close", "{}").andExpect(status().isForbidden());

    clock.advance(Duration.ofMinutes(1));
    // Version 2 of the same cause, linked to the ledger entry that shows it; version 1 stays on the record.
    set.post("sam.safety", investigation + "/root-causes/" + cause + "/versions", """
        {"form":"FIVE_WHYS","category":"PROCEDURE","summary":"No clearance check before an unplanned rehearsal",
         "whys":[{"why":"Why did the revolver fire?","because":"It was loaded with a blank nobody knew of"},
                 {"why":"Why was it loaded?","because":"It came off the cart after lunch without a show-clear"}],
         "evidence":[{"ledgerIndex":%d}]}""".formatted(opened))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.rootCauses.length()").value(1))
        .andExpect(jsonPath("$.rootCauses[0].id").value(cause))
        .andExpect(jsonPath("$.rootCauses[0].version").value(2))
        .andExpect(jsonPath("$.rootCauses[0].earlierVersions[0]").value(1))
        .andExpect(jsonPath("$.rootCauses[0].evidence[0].ledgerIndex").value(opened))
        .andExpect(jsonPath("$.rootCauses[0].evidence[0].ledgerKind").value("incident.opened"));
    clock.advance(Duration.ofMinutes(1));
    // A contributing factor beside it.
    set.post("leo.upm", investigation + "/root-causes", """
        {"form":"FACTOR","category":"TIME_PRESSURE","summary":"The day was two hours behind and lunch was cut short",
         "evidence":[{"ledgerIndex":%d}]}""".formatted(opened)).andExpect(status().isCreated())
        .andExpect(jsonPath("$.rootCauses.length()").value(2));

    // The actions: the UPM shortens the lock-up grace (a production setting), due tomorrow on the set's calendar;
    // the armorer holds a safety meeting before every firearms day, due the day after.
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Denver")));
    String agreed = body(set.post("sam.safety", investigation + "/actions", """
        {"rootCauseId":"%s","kind":"CORRECTIVE","what":"Weapons back in lock-up within 5 minutes of lunch being called",
         "ownerId":"%s","dueOn":"%s"}""".formatted(cause, set.userId("leo.upm"), today.plusDays(1)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.actions[0].status").value("OPEN"))
        .andExpect(jsonPath("$.actions[0].owner").value("Leo Park"))
        .andExpect(jsonPath("$.actions[0].verifier").value("Safety advisor")));
    String lockUp = JsonPath.read(agreed, "$.actions[0].id");
    Instant lockUpDue = Instant.parse(JsonPath.read(agreed, "$.actions[0].dueAt"));
    // Due when tomorrow ends in New Mexico, not in UTC.
    assertThat(lockUpDue).isEqualTo(today.plusDays(2).atStartOfDay(ZoneId.of("America/Denver")).toInstant());
    clock.advance(Duration.ofMinutes(1));
    String meeting = JsonPath.read(body(set.post("sam.safety", investigation + "/actions", """
        {"rootCauseId":"%s","kind":"PREVENTIVE","what":"Safety meeting with the armorer before every firearms day",
         "ownerId":"%s","dueOn":"%s"}""".formatted(cause, set.userId("rosa.armorer"), today.plusDays(1)))
        .andExpect(status().isCreated())), "$.actions[1].id");
    // The timers are rows in the database, so a restart does not lose them.
    assertThat(jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'corrective-action-due' AND "
            + "task_instance = ?").param(lockUp).query(OffsetDateTime.class).single().toInstant())
        .isEqualTo(lockUpDue);

    clock.advance(Duration.ofMinutes(1));
    // The investigation closes now that the cause is shown; re-opening it is recorded, with why.
    set.post("sam.safety", investigation + "/investigation/close", "{\"reason\":\"Causes found\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(true));
    set.post("sam.safety", investigation + "/root-causes", "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\","
        + "\"summary\":\"x\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.investigation-closed"));
    set.post("sam.safety", investigation + "/investigation/reopen", "{\"reason\":\"The lab found a second blank\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.closed").value(false))
        .andExpect(jsonPath("$.steps[1].step").value("REOPENED"))
        .andExpect(jsonPath("$.steps[1].reason").value("The lab found a second blank"));

    // The armorer holds her meeting the same day: done in time.
    set.post("rosa.armorer", investigation + "/actions/" + meeting + "/done", "{\"note\":\"Held at 06:45\"}")
        .andExpect(status().isOk());

    // Tomorrow ends and the lock-up action is not done: it is overdue and climbs the critical policy, whose first
    // level is the safety advisor at once.
    clock.set(lockUpDue.plusSeconds(1));
    settle(lockUp);
    settle(meeting);
    await().atMost(LANDS_WITHIN).untilAsserted(() -> set.get("sam.safety", investigation + "/investigation")
        .andExpect(jsonPath("$.actions[0].wentOverdue").value(true))
        .andExpect(jsonPath("$.actions[0].escalation").value("First told: Safety advisor")));
    assertThat(inboxSubjects(set.user("sam.safety")))
        .anyMatch(s -> s.contains("Overdue corrective action") && s.contains("First told: Safety advisor"));
    // The action done in time never escalates.
    set.get("sam.safety", investigation + "/investigation")
        .andExpect(jsonPath("$.actions[1].wentOverdue").value(false))
        .andExpect(jsonPath("$.actions[1].escalation").value(nullValue()));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation WHERE report_id = ?").param(UUID.fromString(meeting))
        .query(Integer.class).single()).isZero();

    // The UPM shortens the lock-up grace, then records the action done, linking the change.
    mvc.perform(MockMvcRequestBuilders.put(set.api("custody/watch")).header("Authorization",
            crew.bearer(set.user("leo.upm"))).contentType(MediaType.APPLICATION_JSON)
        .content("{\"lockUpGraceMinutes\":5}")).andExpect(status().isOk());
    long graceSet = await().atMost(LANDS_WITHIN).until(() -> latest("custody.lock-up-grace-set"), i -> i >= 0);
    set.post("leo.upm", investigation + "/actions/" + lockUp + "/done",
            "{\"note\":\"Grace now 5 minutes\",\"settingChangeLedgerIndex\":" + graceSet + "}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.actions[0].status").value("DONE"))
        .andExpect(jsonPath("$.actions[0].settingChange.ledgerIndex").value(graceSet))
        .andExpect(jsonPath("$.actions[0].settingChange.kind").value("custody.lock-up-grace-set"))
        // Done stops the climb.
        .andExpect(jsonPath("$.actions[0].escalation").value(nullValue()));

    // The UPM may not sign off his own action: refused with the rule, and recorded.
    set.post("leo.upm", investigation + "/actions/" + lockUp + "/verification", "{\"effective\":true}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("incident.verified-by-another"))
        .andExpect(jsonPath("$.refusalId").exists());
    // Nor may someone who is not its verifier.
    set.post("tess.grip", investigation + "/actions/" + lockUp + "/verification", "{\"effective\":true}")
        .andExpect(status().isForbidden());
    // The safety advisor checks it on the next lunch break and records that it works.
    set.post("sam.safety", investigation + "/actions/" + lockUp + "/verification",
            "{\"effective\":true,\"note\":\"All weapons locked up 4 minutes after lunch was called\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.actions[0].status").value("VERIFIED_EFFECTIVE"))
        .andExpect(jsonPath("$.actions[0].verifiedBy").value("Samira Haddad"));

    // The ledger holds every step, and the refusals.
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(kinds("incident:" + incident))
        .contains("incident.root-cause-recorded", "incident.investigation-closed", "incident.investigation-reopened",
            "incident.corrective-action-agreed", "incident.corrective-action-overdue",
            "incident.corrective-action-done", "incident.corrective-action-verified", "incident.refused"));
    await().atMost(LANDS_WITHIN).untilAsserted(() -> assertThat(kinds("corrective-action:" + lockUp))
        .contains("incident.refused"));
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndStrangersLearnNothing() throws Exception {
    String incident = json(set.post("tess.grip", "incidents", """
        {"kind":"NEAR_MISS","severity":"HIGH","where":"Church set","whatHappened":"Revolver pointed at the lens"}""")
        .andExpect(status().isCreated()), "$.id");
    String causes = "incidents/" + incident + "/root-causes";
    long opened = await().atMost(LANDS_WITHIN).until(() -> ledgerIndexOrMinus("incident:" + incident), i -> i >= 0);

    expect400(causes, "{\"category\":\"PEOPLE\",\"summary\":\"x\"}", "form");
    expect400(causes, "{\"form\":\"HUNCH\",\"category\":\"PEOPLE\",\"summary\":\"x\"}", "form");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"BAD_LUCK\",\"summary\":\"x\"}", "category");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"  \"}", "summary");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"nul\\u0000here\"}", "summary");
    expect400(causes, "{\"form\":\"FIVE_WHYS\",\"category\":\"PEOPLE\",\"summary\":\"x\"}", "whys");
    expect400(causes, "{\"form\":\"FIVE_WHYS\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"whys\":[{\"why\":\"a\\u0007\","
        + "\"because\":\"b\"}]}", "whys[0].why");
    expect400(causes, "{\"form\":\"FIVE_WHYS\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"whys\":[{\"why\":\"a\"}]}",
        "whys[0].because");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"whys\":[{\"why\":\"a\","
        + "\"because\":\"b\"}]}", "whys");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"evidence\":[{}]}",
        "evidence[0]");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"evidence\":[{\"ledgerIndex\":"
        + opened + "},{\"ledgerIndex\":99999999}]}", "evidence[1].ledgerIndex");
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"evidence\":[{\"ledgerIndex\":-1}]}",
        "evidence[0].ledgerIndex");
    // A statement the investigation does not hold for this incident is unknown.
    expect400(causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":\"x\",\"evidence\":[{\"statementId\":\""
        + UUID.randomUUID() + "\"}]}", "evidence[0].statementId");
    // Nothing of it was written.
    set.get("sam.safety", "incidents/" + incident + "/investigation")
        .andExpect(jsonPath("$.rootCauses.length()").value(0));

    String cause = json(set.post("sam.safety", causes, "{\"form\":\"FACTOR\",\"category\":\"PEOPLE\",\"summary\":"
        + "\"The actor had no firearms training\",\"evidence\":[{\"ledgerIndex\":" + opened + "}]}")
        .andExpect(status().isCreated()), "$.rootCauses[0].id");
    String actions = "incidents/" + incident + "/actions";
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Denver")));
    String good = "\"rootCauseId\":\"" + cause + "\",\"kind\":\"CORRECTIVE\",\"what\":\"Firearms training\",";
    expect400(actions, "{\"kind\":\"CORRECTIVE\",\"what\":\"x\",\"ownerId\":\"" + set.userId("eli.actor")
        + "\",\"dueOn\":\"" + today + "\"}", "rootCauseId");
    expect400(actions, "{\"rootCauseId\":\"" + UUID.randomUUID() + "\",\"kind\":\"CORRECTIVE\",\"what\":\"x\","
        + "\"ownerId\":\"" + set.userId("eli.actor") + "\",\"dueOn\":\"" + today + "\"}", "rootCauseId");
    expect400(actions, "{" + good + "\"dueOn\":\"" + today + "\"}", "ownerId");
    expect400(actions, "{" + good + "\"ownerId\":\"" + UUID.randomUUID() + "\",\"dueOn\":\"" + today + "\"}",
        "ownerId");
    expect400(actions, "{" + good + "\"ownerId\":\"" + set.userId("eli.actor") + "\"}", "dueOn");
    expect400(actions, "{" + good + "\"ownerId\":\"" + set.userId("eli.actor") + "\",\"dueOn\":\""
        + today.minusDays(1) + "\"}", "dueOn");
    expect400(actions, "{" + good.replace("CORRECTIVE", "SOMEDAY") + "\"ownerId\":\"" + set.userId("eli.actor")
        + "\",\"dueOn\":\"" + today + "\"}", "kind");
    expect400(actions, "{" + good.replace("Firearms training", "Training\\u0000") + "\"ownerId\":\""
        + set.userId("eli.actor") + "\",\"dueOn\":\"" + today + "\"}", "what");
    expect400(actions, "{" + good + "\"ownerId\":\"" + set.userId("eli.actor") + "\",\"verifierId\":\""
        + set.userId("eli.actor") + "\",\"dueOn\":\"" + today + "\"}", "verifierId");
    set.get("sam.safety", "incidents/" + incident + "/investigation")
        .andExpect(jsonPath("$.actions.length()").value(0));

    String action = json(set.post("sam.safety", actions, "{" + good + "\"ownerId\":\"" + set.userId("eli.actor")
        + "\",\"verifierId\":\"" + set.userId("rosa.armorer") + "\",\"dueOn\":\"" + today + "\"}")
        .andExpect(status().isCreated()), "$.actions[0].id");
    // A setting change must be a ledger entry that changed a rule.
    set.post("eli.actor", actions + "/" + action + "/done", "{\"settingChangeLedgerIndex\":" + opened + "}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("settingChangeLedgerIndex"));
    // Only the owner records it done; the verifier named for it, not the safety advisor, verifies it; not before.
    set.post("sam.safety", actions + "/" + action + "/done", "{}").andExpect(status().isForbidden());
    set.post("rosa.armorer", actions + "/" + action + "/verification", "{\"effective\":true}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("incident.action-steps"));
    set.post("eli.actor", actions + "/" + action + "/done", "{}").andExpect(status().isOk());
    set.post("sam.safety", actions + "/" + action + "/verification", "{\"effective\":true}")
        .andExpect(status().isForbidden());
    set.post("rosa.armorer", actions + "/" + action + "/verification", "{}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("effective"));
    set.post("rosa.armorer", actions + "/" + action + "/verification",
            "{\"effective\":false,\"note\":\"He still points it at the lens\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.actions[0].status").value("NOT_EFFECTIVE"));

    // Crew outside the investigators record nothing; someone not on the production learns nothing.
    set.post("tess.grip", causes, "{}").andExpect(status().isForbidden());
    set.post("tess.grip", actions, "{}").andExpect(status().isForbidden());
    set.get("tess.grip", "incidents/" + incident + "/investigation").andExpect(status().isOk());
    set.get("june.actor", "incidents/" + incident + "/investigation").andExpect(status().isNotFound());
    set.post("june.actor", causes, "{}").andExpect(status().isNotFound());
    set.post("june.actor", "incidents/" + incident + "/investigation/close", "{}").andExpect(status().isNotFound());
    set.post("june.actor", actions + "/" + action + "/verification", "{}").andExpect(status().isNotFound());
  }

  @Test
  void theReportSectionsShowRootCausesAndActions() throws Exception {
    // Asked through the seam the report prints from.
    String incident = json(set.post("tess.grip", "incidents", """
        {"kind":"OTHER","severity":"LOW","where":"Base camp","whatHappened":"A sandbag fell off a stand"}""")
        .andExpect(status().isCreated()), "$.id");
    long opened = await().atMost(LANDS_WITHIN).until(() -> ledgerIndexOrMinus("incident:" + incident), i -> i >= 0);
    String cause = json(set.post("sam.safety", "incidents/" + incident + "/root-causes", "{\"form\":\"FACTOR\","
        + "\"category\":\"EQUIPMENT_AND_AMMUNITION\",\"summary\":\"Stand without a safety chain\",\"evidence\":[{"
        + "\"ledgerIndex\":" + opened + "}]}").andExpect(status().isCreated()), "$.rootCauses[0].id");
    set.post("sam.safety", "incidents/" + incident + "/actions", "{\"rootCauseId\":\"" + cause + "\",\"kind\":"
        + "\"PREVENTIVE\",\"what\":\"Safety chains on every stand\",\"ownerId\":\"" + set.userId("tess.grip")
        + "\",\"dueOn\":\"" + LocalDate.now(clock.withZone(ZoneId.of("America/Denver"))).plusDays(3) + "\"}")
        .andExpect(status().isCreated());
    UUID id = UUID.fromString(incident);
    List<List<String>> causes = sections.stream().filter(s -> s.position() == 40).findFirst().orElseThrow().rows(id);
    assertThat(causes.get(0)).contains("Root cause", "Shown by");
    assertThat(causes.get(1)).contains("Stand without a safety chain", "Equipment and ammunition");
    assertThat(causes.get(1).get(4)).contains("Ledger entry " + opened);
    List<List<String>> actions = sections.stream().filter(s -> s.position() == 50).findFirst().orElseThrow().rows(id);
    assertThat(actions.get(1)).contains("Safety chains on every stand", "Preventive", "Stand without a safety chain",
        "Tess Lindqvist", "Open");
    assertThat(sections.stream().filter(s -> s.position() == 50).findFirst().orElseThrow().heading())
        .isEqualTo("Corrective actions");
  }

  @Autowired List<ReportSection> sections;

  @Test
  void theInvestigationIsInTheOpenApiDocumentUnderIncidents() throws Exception {
    String base = "/api/productions/{productionId}/incidents/{incidentId}";
    mvc.perform(MockMvcRequestBuilders.get("/api/openapi").header("Authorization",
            crew.bearer(set.user("sam.safety"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['" + base + "/root-causes'].post.tags[0]").value("Incidents"))
        .andExpect(jsonPath("$.paths['" + base + "/investigation/close'].post.tags[0]").value("Incidents"))
        .andExpect(jsonPath("$.paths['" + base + "/actions/{actionId}/verification'].post.tags[0]")
            .value("Incidents"));
  }

  @Test
  void theDatabaseRefusesToChangeARootCauseOrAnAction() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(org.setsafe.TestDatabase.isPostgres(),
        "H2 has no triggers refusing change (README: what the embedded database does and does not promise)");
    String incident = json(set.post("tess.grip", "incidents", """
        {"kind":"OTHER","severity":"LOW","where":"Base camp","whatHappened":"A cable ramp cracked"}""")
        .andExpect(status().isCreated()), "$.id");
    String view = body(set.post("sam.safety", "incidents/" + incident + "/root-causes", "{\"form\":\"FIVE_WHYS\","
        + "\"category\":\"EQUIPMENT_AND_AMMUNITION\",\"summary\":\"Old ramp\",\"whys\":[{\"why\":\"Why?\","
        + "\"because\":\"Never replaced\"}]}").andExpect(status().isCreated()));
    String cause = JsonPath.read(view, "$.rootCauses[0].id");
    String action = json(set.post("sam.safety", "incidents/" + incident + "/actions", "{\"rootCauseId\":\"" + cause
        + "\",\"kind\":\"CORRECTIVE\",\"what\":\"New ramps\",\"ownerId\":\"" + set.userId("tess.grip")
        + "\",\"dueOn\":\"" + LocalDate.now(clock.withZone(ZoneId.of("America/Denver"))).plusDays(2) + "\"}")
        .andExpect(status().isCreated()), "$.actions[0].id");
    set.post("tess.grip", "incidents/" + incident + "/actions/" + action + "/done", "{}").andExpect(status().isOk());
    for (String sql : new String[] {"UPDATE root_cause SET summary = 'nothing' WHERE cause_id = ?",
        "DELETE FROM root_cause_why WHERE root_cause_id IN (SELECT id FROM root_cause WHERE cause_id = ?)",
        "UPDATE corrective_action SET due_on = due_on + 30 WHERE cause_id = ?",
        "DELETE FROM corrective_action_step WHERE action_id IN (SELECT id FROM corrective_action WHERE cause_id = ?)"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(sql).param(UUID.fromString(cause)).update())
          .hasStackTraceContaining("SetSafe incident records are append-only");
    }
  }

  // ---- helpers ----

  private void expect400(String path, String json, String field) throws Exception {
    set.post("sam.safety", path, json).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value(field));
  }

  /** Waits until every timer of this action (its own and its escalation's) due by the test clock has run. */
  private void settle(String actionId) {
    await("due timers of action " + actionId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
        .until(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? AND "
                + "((task_name = 'corrective-action-due' AND task_instance = ?) OR "
                + "(task_name = 'escalation-step' AND task_instance LIKE ?) OR task_name = 'notify-delivery')")
            .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), actionId, actionId + "/%")
            .query(Integer.class).single() == 0);
  }

  private long ledgerIndex(String subject, String kind) {
    return await().atMost(LANDS_WITHIN).until(() -> SystemActor.call(() -> ledger.history(set.id(), subject))
        .stream().filter(e -> e.kind().equals(kind)).mapToLong(LedgerEntry::index).findFirst().orElse(-1), i -> i >= 0);
  }

  private long ledgerIndexOrMinus(String subject) {
    return SystemActor.call(() -> ledger.history(set.id(), subject)).stream()
        .filter(e -> e.kind().equals("incident.opened")).mapToLong(LedgerEntry::index).findFirst().orElse(-1);
  }

  private long latest(String kind) {
    return SystemActor.call(() -> ledger.recent(set.id(), null, 200)).stream().filter(e -> e.kind().equals(kind))
        .mapToLong(LedgerEntry::index).max().orElse(-1);
  }

  private List<String> kinds(String subject) {
    return SystemActor.call(() -> ledger.history(set.id(), subject)).stream().map(LedgerEntry::kind).toList();
  }

  private List<String> inboxSubjects(String username) throws Exception {
    String inbox = body(mvc.perform(MockMvcRequestBuilders.get("/api/inbox")
        .header("Authorization", crew.bearer(username))));
    return JsonPath.read(inbox, "$.items[*].subject");
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
