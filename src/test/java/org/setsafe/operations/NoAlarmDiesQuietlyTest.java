package org.setsafe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.operations.DrillListener.Drill;
import org.setsafe.operations.domain.PendingPublication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener fails on every try, as reporting's automatic hazard report once did on the database: the retries
 * back off, the health goes DOWN once the fact has waited past the set time, the metric shows it, administrators
 * and studio safety see a banner and are told once; a crew member sees nothing. When the listener goes through,
 * all of it clears.
 */
@SetSafeTest
class NoAlarmDiesQuietlyTest {

  private static final String DRILL_LISTENER = "DrillListener.on(Drill)";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired DrillListener drills;
  @Autowired EventWatch watch;
  @Autowired Resubmissions resubmissions;
  @Autowired EventsHealthIndicator health;
  @Autowired EventBacklog backlog;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void aFailingListenerIsRetriedWithBackoffRaisesTheAlarmOnceAndClearsWhenItGoesThrough() throws Exception {
    drills.failing(true);
    int failuresBefore = drills.failures();
    transactions.executeWithoutResult(tx -> events.publishEvent(new Drill(UUID.randomUUID())));
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.failures() == failuresBefore + 1);
    PendingPublication drill = await().atMost(Duration.ofSeconds(20)).until(this::pendingDrill, Optional::isPresent)
        .orElseThrow();

    // Failed, but not yet waiting past the set time: nothing is stuck, and not retried before the first delay.
    assertThat(stuckListeners()).doesNotContain(DRILL_LISTENER);
    clock.advance(Duration.ofMinutes(1));
    resubmissions.resubmitDue();
    assertThat(pendingDrill().orElseThrow().retries()).isZero();

    // Past the set time (2 min): retried once, DOWN, the metric counts it.
    clock.advance(Duration.ofMinutes(2));
    resubmissions.resubmitDue();
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.failures() == failuresBefore + 2);
    assertThat(pendingDrill().orElseThrow().retries()).isEqualTo(1);
    assertThat(stuckListeners()).contains(DRILL_LISTENER);
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    mvc.perform(get("/actuator/health/safety-records")).andExpect(status().isServiceUnavailable());
    watch.check();
    String metrics = prometheus();
    assertThat(gauge(metrics, "setsafe_events_incomplete")).isEqualTo(1.0);
    // Three minutes on the test clock; the database keeps the publication time to the micro- or millisecond.
    assertThat(gauge(metrics, "setsafe_events_incomplete_oldest_age_seconds")).isCloseTo(180.0, within(0.5));
    assertThat(metrics).containsPattern("(?m)^setsafe_events_stuck\\{[^}]*\\} [1-9]");

    // The next retry waits twice as long (4 min after the last): not after 3 min, but after 4.
    clock.advance(Duration.ofMinutes(3));
    resubmissions.resubmitDue();
    assertThat(pendingDrill().orElseThrow().retries()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1));
    resubmissions.resubmitDue();
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.failures() == failuresBefore + 3);
    assertThat(pendingDrill().orElseThrow().retries()).isEqualTo(2);

    // The banner: administrators and studio safety, on every page; not a grip.
    for (String watcher : List.of("demo.admin", "demo.studio")) {
      assertThat(page("/", watcher)).contains("data-testid=\"stuck-events\"").contains("Drill: handled by " + DRILL_LISTENER);
      assertThat(page("/account/inbox", watcher)).contains("data-testid=\"stuck-events\"");
    }
    assertThat(page("/account/inbox", "tess.grip")).doesNotContain("stuck-events");

    // Told once, however many checks see it stuck.
    watch.check();
    clock.advance(Duration.ofMinutes(1));
    watch.check();
    String key = StuckEventAlarms.noticeKey(drill.id());
    assertThat(inboxItems(key, "demo.admin")).isEqualTo(1);
    assertThat(inboxItems(key, "demo.studio")).isEqualTo(1);
    assertThat(inboxItems(key, "tess.grip")).isZero();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE notice_key = ?").param(key).query(Integer.class).single())
        .as("one email per watcher with an address, none twice").isLessThanOrEqualTo(
            jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ?").param(key).query(Integer.class).single());

    // The listener goes through at its next retry: the publication is gone, the alarm clears.
    drills.failing(false);
    int handledBefore = drills.handled();
    clock.advance(Duration.ofMinutes(8));
    resubmissions.resubmitDue();
    await().atMost(Duration.ofSeconds(20)).until(() -> drills.handled() == handledBefore + 1);
    await().atMost(Duration.ofSeconds(20)).until(() -> pendingDrill().isEmpty());
    assertThat(stuckListeners()).doesNotContain(DRILL_LISTENER);
    assertThat(health.health().getStatus()).as("nothing else stuck: %s", backlog.stuck()).isEqualTo(Status.UP);
    mvc.perform(get("/actuator/health/safety-records")).andExpect(status().isOk());
    watch.check();
    assertThat(prometheus()).doesNotContain("listener=\"" + DRILL_LISTENER + "\"");
    assertThat(page("/", "demo.admin")).doesNotContain("stuck-events");
  }

  private Optional<PendingPublication> pendingDrill() {
    return backlog.incomplete().stream().filter(p -> p.listener().equals(DRILL_LISTENER)).findFirst();
  }

  private List<String> stuckListeners() {
    return backlog.stuck().stream().map(PendingPublication::listener).toList();
  }

  private String prometheus() throws Exception {
    return mvc.perform(get("/actuator/prometheus").header("Authorization", crew.bearer("demo.admin")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static double gauge(String metrics, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*listener=\"" + Pattern.quote(DRILL_LISTENER)
        + "\"[^}]*\\} (\\S+)$").matcher(metrics);
    assertThat(m.find()).as("%s for the drill listener in%n%s", name, metrics).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private String page(String path, String username) throws Exception {
    return mvc.perform(get(path).with(crew.signedIn(username))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  private int inboxItems(String key, String username) {
    return jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ? AND user_id = ?")
        .params(key, crew.id(username)).query(Integer.class).single();
  }
}
