package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two SetSafe instances on one PostgreSQL database; one dies while it holds two escalation steps, the producer's
 * and studio safety's. Its jobs stay marked as picked by it and its heartbeats stop (its database connection is
 * pulled: to the database that is what a kill -9 or a lost host looks like). The survivor, with the production
 * heartbeat settings, runs both within a minute, once each; each is recorded against the time it was due, with
 * the time it fired beside it, in its step row and in the ledger; and what follows counts from the due time.
 * Each instance's own default name is what the job table records as the holder.
 *
 * <p>db-scheduler looks for dead instances' jobs on real-time intervals, so from the moment the steps fall due the
 * test clock follows real time, and the fire times recorded say how late the steps really were.
 */
@Tag("database")
class EscalationWhenAnInstanceDiesTest {

  /** The configured bound is 42 s (5 s heartbeat x (6 missed + 2) + 2 s polling); generous on a loaded machine. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path dataDir;

  @Test
  void stepsHeldByAKilledInstanceFireOnTheSurvivorWithinAMinuteOnceEachAgainstTheirOwnDueTimes() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "several instances share a database only on PostgreSQL; runs in the "
        + "PostgreSQL pass (the H2 pass checks a dead holder's step in StepOfADeadInstanceTest)");
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_escalation_killed", dataDir);
    TestClock clock = SetSafeInstances.clock;
    Instant t0 = clock.instant();

    try (ConfigurableApplicationContext doomed = instances.startWithDefaultSchedulerName("doomed", Killable.class);
         ConfigurableApplicationContext survivor = instances.startWithDefaultSchedulerName("survivor", Killable.class)) {
      String doomedName = schedulerName(doomed);
      String survivorName = schedulerName(survivor);
      assertThat(doomedName).as("default scheduler names").isNotEqualTo(survivorName);
      doomed.getBean(Scheduler.class).pause();
      JdbcClient jdbc = survivor.getBean(JdbcClient.class);
      EscalationStore store = survivor.getBean(EscalationStore.class);

      // Two critical reports, one made half an hour before the other; the survivor alone walks them for 25 minutes.
      UUID western = SetSafeInstances.western(survivor);
      ReportFacts facts = new ReportFacts(survivor, survivor.getBean(TransactionTemplate.class));
      UUID reporter = SetSafeInstances.user(survivor, "eli.actor");
      UUID older = facts.criticalFirearmsReport(western, reporter, t0.minus(Duration.ofMinutes(30)),
          "Blank fired at a stand-in").reportId();
      UUID newer = facts.criticalFirearmsReport(western, reporter, t0, "Live round in a dummy box").reportId();
      await().atMost(Duration.ofSeconds(60)).until(() -> EscalationTimersSupport.fired(store, newer).contains("1/L1R0")
          && EscalationTimersSupport.fired(store, older).contains("1/L3R0"));
      EscalationTimersSupport.awaitNothingDue(jdbc, clock.instant());
      for (int minute = 5; minute <= 25; minute += 5) {
        clock.advance(Duration.ofMinutes(5));
        EscalationTimersSupport.awaitNothingDue(jdbc, clock.instant());
      }

      // 30 minutes: the newer report's producer step and the older one's studio safety step fall due together, and
      // the doomed instance picks both.
      survivor.getBean(Scheduler.class).pause();
      doomed.getBean(Hold.class).arm();
      doomed.getBean(Scheduler.class).resume();
      Instant due = t0.plus(Duration.ofMinutes(30));
      String producerStep = newer + "/1/L3R0";
      String studioStep = older + "/1/L4R0";
      RealTime time = new RealTime(clock, due);
      time.until(Duration.ofSeconds(60), () -> doomed.getBean(Hold.class).holding() == 2);
      assertThat(pickedBy(jdbc, producerStep)).isEqualTo(doomedName);
      assertThat(pickedBy(jdbc, studioStep)).isEqualTo(doomedName);

      // Killed.
      ((Plug) doomed.getBean(DataSource.class)).pull();
      long killedAt = System.nanoTime();
      doomed.getBean(Scheduler.class).pause(); // a dead instance does not poll either (it would only log failures)
      survivor.getBean(Hold.class).arm(); // to see it in the job table as the new holder
      survivor.getBean(Scheduler.class).resume();
      time.until(BOUND.plusSeconds(30), () -> survivor.getBean(Hold.class).holding() == 2);
      Duration retriedAfter = Duration.ofNanos(System.nanoTime() - killedAt);
      assertThat(pickedBy(jdbc, producerStep)).isEqualTo(survivorName);
      assertThat(pickedBy(jdbc, studioStep)).isEqualTo(survivorName);
      survivor.getBean(Hold.class).release();
      time.until(Duration.ofSeconds(30), () -> EscalationTimersSupport.fired(store, newer).contains("1/L3R0")
          && EscalationTimersSupport.fired(store, older).contains("1/L4R0"));

      FiredStep producer = EscalationTimersSupport.step(store, newer, "L3R0");
      FiredStep studio = EscalationTimersSupport.step(store, older, "L4R0");
      System.out.printf("escalation after a kill: retried %.1f s after the kill; producer's step fired %.1f s late, "
              + "studio safety's %.1f s late%n", retriedAfter.toMillis() / 1000.0,
          late(producer).toMillis() / 1000.0, late(studio).toMillis() / 1000.0);
      assertThat(retriedAfter).as("retried after the kill").isLessThanOrEqualTo(BOUND);
      for (FiredStep fired : List.of(producer, studio)) {
        assertThat(fired.dueAt()).as("recorded due time").isEqualTo(due);
        assertThat(late(fired)).as("recorded lateness").isPositive().isLessThanOrEqualTo(BOUND.plusSeconds(30));
      }

      // Once each: one step row, one inbox item per person, one ledger fact with both times.
      assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation_step WHERE (report_id = ? AND step = 'L3R0') "
          + "OR (report_id = ? AND step = 'L4R0')").params(newer, older).query(Integer.class).single()).isEqualTo(2);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ? GROUP BY user_id")
          .param("report/" + newer + "/round/1/level/3/repeat/0").query(Integer.class).list()).isNotEmpty()
          .containsOnly(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ? GROUP BY user_id")
          .param("report/" + older + "/round/1/level/4/repeat/0").query(Integer.class).list()).isNotEmpty()
          .containsOnly(1);
      Ledger ledger = survivor.getBean(Ledger.class);
      for (FiredStep fired : List.of(producer, studio)) {
        UUID report = fired == producer ? newer : older;
        int level = fired == producer ? 3 : 4;
        List<LedgerEntry> entries = await().atMost(Duration.ofSeconds(60)).until(
            () -> EscalationTimersSupport.escalatedFacts(ledger, western, report, level, 0), list -> !list.isEmpty());
        assertThat(entries).hasSize(1);
        assertThat(Instant.parse(JsonPath.read(entries.get(0).leaf(), "$.fact.dueAt"))).isEqualTo(due);
        assertThat(Instant.parse(JsonPath.read(entries.get(0).leaf(), "$.fact.firedAt"))).isEqualTo(fired.firedAt());
      }

      // The ladder keeps its times: the producer's reminder at 40 minutes and studio safety at 60, and studio
      // safety's reminder (older report) at 60, all counted from 30, not from when the steps fired.
      assertThat(executionTime(jdbc, newer + "/1/L3R1")).isEqualTo(due.plus(Duration.ofMinutes(10)));
      assertThat(executionTime(jdbc, newer + "/1/L4R0")).isEqualTo(due.plus(Duration.ofMinutes(30)));
      assertThat(executionTime(jdbc, older + "/1/L4R1")).isEqualTo(due.plus(Duration.ofMinutes(30)));

      doomed.getBean(Hold.class).release(); // its threads go on into a database they no longer reach
    }
  }

  private static String schedulerName(ConfigurableApplicationContext app) {
    return app.getBean(DbSchedulerCustomizer.class).schedulerName().orElseThrow().getName();
  }

  private static String pickedBy(JdbcClient jdbc, String taskInstance) {
    return jdbc.sql("SELECT picked_by FROM scheduled_tasks WHERE task_name = 'escalation-step' AND task_instance = ?")
        .param(taskInstance).query(String.class).optional().orElse(null);
  }

  private static Instant executionTime(JdbcClient jdbc, String taskInstance) {
    return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation-step' "
        + "AND task_instance = ?").param(taskInstance).query(OffsetDateTime.class).single().toInstant();
  }

  private static Duration late(FiredStep step) {
    return Duration.between(step.dueAt(), step.firedAt());
  }

  /** From {@code from} on, the test clock follows real time, moved on each time a condition is checked. */
  private record RealTime(TestClock clock, Instant from, long fromNanos) {
    RealTime(TestClock clock, Instant from) {
      this(clock, from, System.nanoTime());
      clock.set(from);
    }

    void until(Duration atMost, Callable<Boolean> condition) {
      await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
        clock.set(from.plusNanos(System.nanoTime() - fromNanos).truncatedTo(ChronoUnit.MILLIS));
        return condition.call();
      });
    }
  }

  /** What makes an instance killable here: its database connection as a plug, and a hold on its steps. */
  @TestConfiguration(proxyBeanMethods = false)
  static class Killable {
    @Bean
    Hold hold() {
      return new Hold();
    }

    @Bean
    static BeanPostProcessor databaseOnAPlug() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof DataSource dataSource && !(bean instanceof Plug) ? new Plug(dataSource) : bean;
        }
      };
    }
  }

  /** The instance's database: once pulled, nothing of this instance reaches it again (no heartbeat, no release). */
  static final class Plug extends DelegatingDataSource {
    private volatile boolean pulled;

    Plug(DataSource dataSource) {
      super(dataSource);
    }

    void pull() {
      pulled = true;
    }

    @Override
    public Connection getConnection() throws SQLException {
      reachable();
      return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      reachable();
      return super.getConnection(username, password);
    }

    private void reachable() throws SQLException {
      if (pulled) {
        throw new SQLException("this SetSafe instance was killed");
      }
    }
  }

  /** While armed, holds each escalation step the instance picks until released, as if it were still running it. */
  static final class Hold implements ExecutionInterceptor {
    private volatile boolean armed;
    private final AtomicInteger holding = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);

    void arm() {
      armed = true;
    }

    int holding() {
      return holding.get();
    }

    void release() {
      released.countDown();
    }

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
      if (armed && instance.getTaskName().equals(EscalationTimers.TASK)) {
        holding.incrementAndGet();
        try {
          released.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return chain.proceed(instance, context);
    }
  }
}
