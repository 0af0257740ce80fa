package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.escalation.EscalationTimersSupport.fired;
import static org.setsafe.escalation.EscalationTimersSupport.settle;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.TestClock;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A timer that falls due while SetSafe is down fires when it starts again, once: SetSafe is stopped with a
 * critical report waiting for level 2, the clock moves past level 2's time while it is down, and a new SetSafe on
 * the same database tells the UPM exactly once (and the level-1 reminders that fell due meanwhile, once each).
 */
@Tag("database")
class EscalationSurvivesRestartTest {

  @TempDir Path dataDir;

  @Test
  void aStepThatFellDueWhileSetSafeWasDownFiresOnceAfterTheRestart() throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_escalation_restart", dataDir);
    TestClock clock = SetSafeInstances.clock;

    UUID reportId;
    Instant reportedAt = clock.instant();
    try (ConfigurableApplicationContext first = instances.start("before-restart")) {
      ReportFacts facts = new ReportFacts(first,
          first.getBean(TransactionTemplate.class));
      UUID western = SetSafeInstances.western(first);
      HazardReported report = facts.criticalFirearmsReport(western, SetSafeInstances.user(first, "eli.actor"),
          reportedAt);
      reportId = report.reportId();
      EscalationStore store = first.getBean(EscalationStore.class);
      await().atMost(Duration.ofSeconds(30)).until(() -> fired(store, report.reportId()).contains("1/L1R0"));
      assertThat(fired(store, reportId)).containsExactly("1/L1R0");
    }

    // SetSafe is down; sixteen minutes pass: level 1's two reminders and level 2 fall due meanwhile.
    clock.advance(Duration.ofMinutes(16));

    try (ConfigurableApplicationContext second = instances.start("after-restart")) {
      EscalationStore store = second.getBean(EscalationStore.class);
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      await().atMost(Duration.ofSeconds(60)).until(() -> fired(store, reportId).contains("1/L2R0"));
      settle(jdbc, clock, reportId);
      assertThat(fired(store, reportId)).containsExactlyInAnyOrder("1/L1R0", "1/L1R1", "1/L1R2", "1/L2R0");
      FiredStep level2 = store.steps(reportId).stream().filter(s -> s.step().equals("L2R0")).findFirst().orElseThrow();
      assertThat(level2.dueAt()).isEqualTo(reportedAt.plus(Duration.ofMinutes(15)));
      assertThat(level2.firedAt()).isAfterOrEqualTo(reportedAt.plus(Duration.ofMinutes(16)));
      UUID upm = SetSafeInstances.user(second, "leo.upm");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE user_id = ? AND notice_key LIKE ?")
          .params(upm, "report/" + reportId + "/%").query(Integer.class).single()).isEqualTo(1);
      UUID advisor = SetSafeInstances.user(second, "sam.safety");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE user_id = ? AND notice_key LIKE ?")
          .params(advisor, "report/" + reportId + "/%").query(Integer.class).single()).isEqualTo(3);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE task_name = 'escalation-step' "
              + "AND task_instance LIKE ?").param(reportId + "/1/L2R1").query(Integer.class).single())
          .as("level 2's first reminder is waiting").isEqualTo(1);
    }
  }
}
