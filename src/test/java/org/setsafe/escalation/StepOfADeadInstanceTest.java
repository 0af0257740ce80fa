package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.setsafe.escalation.EscalationTimersSupport.fired;
import static org.setsafe.escalation.EscalationTimersSupport.settle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.shared.LocalTimes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An instance that died holding an escalation step: the step's job stays marked as picked by that instance, whose
 * heartbeats have stopped. Another instance (here the test's own SetSafe, with the production heartbeat settings)
 * runs the step once the holder has missed its heartbeats, records it against the time it was due with the time it
 * fired beside it, in its step row and in the ledger, and counts the next level and reminder from the due time.
 */
@SetSafeTest
class StepOfADeadInstanceTest {

  /** Past the dead-instance threshold of the production settings (5 s heartbeat, 6 missed: 30 s). */
  private static final Duration HOLDER_DEAD_FOR = Duration.ofMinutes(2);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EscalationStore store;
  @Autowired Ledger ledger;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Autowired DbSchedulerProperties scheduler;

  @Test
  void theProductionSettingsFindADeadInstancesStepWithinAMinute() {
    // The test profile leaves db-scheduler's heartbeat settings as SetSafe ships them.
    assertThat(scheduler.getHeartbeatInterval()).isEqualTo(Duration.ofSeconds(5));
    assertThat(scheduler.getMissedHeartbeatsLimit()).isEqualTo(6);
    // Dead after the missed heartbeats, found by the next look (every 2 heartbeats), picked by the next poll (2 s).
    Duration bound = scheduler.getHeartbeatInterval().multipliedBy(scheduler.getMissedHeartbeatsLimit() + 2)
        .plus(Duration.ofSeconds(2));
    assertThat(bound).isEqualTo(Duration.ofSeconds(42)).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void aStepHeldByAnInstanceThatDiedFiresAgainstItsOwnDueTimeAndTheLadderKeepsItsTimes() throws Exception {
    ReportFacts facts = new ReportFacts(events, transaction);
    Production western = crew.production(Crew.WESTERN);
    UUID production = western.id();
    // A fresh moment (see EscalationWalkThroughTest), on a whole second: times are kept to the millisecond.
    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    Instant reportedAt = clock.instant();
    HazardReported report = facts.criticalFirearmsReport(production, crew.id("eli.actor"), reportedAt,
        "Live round found in the prop truck");
    UUID r = report.reportId();
    await().atMost(Duration.ofSeconds(90)).until(() -> fired(store, r).contains("1/L1R0"));
    settle(jdbc, clock, r);

    // Level 1's reminders fire as usual; then, at 15 minutes, the UPM's step is picked by an instance that dies.
    clock.advance(Duration.ofMinutes(10));
    settle(jdbc, clock, r);
    Instant upmDue = reportedAt.plus(Duration.ofMinutes(15));
    int held = jdbc.sql("UPDATE scheduled_tasks SET picked = TRUE, picked_by = 'setsafe-killed', last_heartbeat = ?, "
            + "version = version + 1 WHERE task_name = 'escalation-step' AND task_instance = ? AND picked = FALSE")
        .params(utc(upmDue), r + "/1/L2R0").update();
    assertThat(held).as("the UPM's step was waiting to be picked").isEqualTo(1);
    clock.set(upmDue.plus(HOLDER_DEAD_FOR));

    await("the dead instance's step fires here").atMost(Duration.ofSeconds(60))
        .until(() -> fired(store, r).contains("1/L2R0"));
    FiredStep upm = EscalationTimersSupport.step(store, r, "L2R0");
    assertThat(upm.dueAt()).as("recorded due time").isEqualTo(upmDue);
    assertThat(upm.firedAt()).as("recorded fire time").isEqualTo(upmDue.plus(HOLDER_DEAD_FOR));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation_step WHERE report_id = ? AND step = 'L2R0'").param(r)
        .query(Integer.class).single()).isEqualTo(1);

    // The ladder keeps its times: the UPM's reminder at 20 minutes, the producer at 30, not 2 minutes later each.
    assertThat(dueTime(r + "/1/L2R1")).isEqualTo(upmDue.plus(Duration.ofMinutes(5)));
    assertThat(dueTime(r + "/1/L3R0")).isEqualTo(upmDue.plus(Duration.ofMinutes(15)));

    // The ledger's fact carries both times.
    List<LedgerEntry> told = await().atMost(Duration.ofSeconds(60))
        .until(() -> EscalationTimersSupport.escalatedFacts(ledger, production, r, 2, 0), entries -> !entries.isEmpty());
    assertThat(told).hasSize(1);
    String leaf = told.get(0).leaf();
    assertThat(Instant.parse(JsonPath.read(leaf, "$.fact.dueAt"))).isEqualTo(upmDue);
    assertThat(Instant.parse(JsonPath.read(leaf, "$.fact.firedAt"))).isEqualTo(upmDue.plus(HOLDER_DEAD_FOR));

    // The escalation page says so, on the production's clock with its zone's name, to any member; and the report's
    // severity in the crew's words, as the reporting pages say it.
    String due = LocalTimes.at(upmDue, western.timeZone(), clock);
    String firedAt = LocalTimes.at(upmDue.plus(HOLDER_DEAD_FOR), western.timeZone(), clock);
    assertThat(due).as("the time with its zone's name").matches(".*\\d\\d:\\d\\d [A-Z]{3,5}");
    mvc.perform(get("/productions/{p}/escalation", production).with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Second told: due " + due + ", fired " + firedAt
            + " (2 min late)")))
        .andExpect(content().string(containsString("<span class=\"badge\">Critical</span>")))
        .andExpect(content().string(not(containsString(">CRITICAL<"))));
  }

  private Instant dueTime(String taskInstance) {
    return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation-step' "
            + "AND task_instance = ?").param(taskInstance).query(OffsetDateTime.class).single().toInstant();
  }

  private static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }
}
