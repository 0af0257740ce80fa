package org.setsafe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.FailingTimers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An escalation step whose run throws (here, a job whose id no version of SetSafe can read) is tried again within
 * seconds rather than db-scheduler's default five minutes, turns the {@code timers} health DOWN, and administrators
 * and studio safety are told once, however many checks see it failing; a crew member is not.
 */
@SetSafeTest
class FailingTimerAlarmTest {

  private static final String TASK = "escalation-step";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EventWatch watch;
  @Autowired FailingTimers timers;
  @Autowired TimersHealthIndicator health;

  private final String instance = "unreadable-" + UUID.randomUUID();

  @AfterEach
  void removeTheJob() {
    jdbc.sql("DELETE FROM scheduled_tasks WHERE task_name = ? AND task_instance = ?").params(TASK, instance).update();
  }

  @Test
  void aFailingEscalationStepIsRetriedSoonTurnsTheHealthDownAndRaisesTheAlarmOnce() throws Exception {
    jdbc.sql("INSERT INTO scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, "
            + "consecutive_failures, version) VALUES (?, ?, NULL, ?, FALSE, 0, 1)")
        .params(TASK, instance, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();

    FailingTimer failing = await().atMost(Duration.ofSeconds(20)).until(this::ours, Optional::isPresent).orElseThrow();

    assertThat(failing.failures()).isEqualTo(1);
    assertThat(failing.nextTry()).as("tried again 10 s after the failed run, not 5 min")
        .isEqualTo(failing.lastFailure().plus(Duration.ofSeconds(10)));
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    mvc.perform(get("/actuator/health/safety-records")).andExpect(status().isServiceUnavailable());

    watch.check();
    clock.advance(Duration.ofSeconds(30));
    watch.check();
    String key = StuckEventAlarms.noticeKey(failing);
    assertThat(inboxItems(key, "demo.admin")).isEqualTo(1);
    assertThat(inboxItems(key, "demo.studio")).isEqualTo(1);
    assertThat(inboxItems(key, "tess.grip")).isZero();

    // The second failed run waits twice as long.
    FailingTimer again = await().atMost(Duration.ofSeconds(20))
        .until(this::ours, t -> t.isPresent() && t.get().failures() == 2).orElseThrow();
    assertThat(again.nextTry()).isEqualTo(again.lastFailure().plus(Duration.ofSeconds(20)));

    removeTheJob();
    assertThat(timers.failing()).extracting(FailingTimer::instance).doesNotContain(instance);
  }

  private Optional<FailingTimer> ours() {
    return timers.failing().stream().filter(t -> t.instance().equals(instance)).findFirst();
  }

  private int inboxItems(String key, String username) {
    return jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ? AND user_id = ?")
        .params(key, crew.id(username)).query(Integer.class).single();
  }
}
