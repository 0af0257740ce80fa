package org.setsafe;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;

@TestConfiguration(proxyBeanMethods = false)
class TestSupport {

  /** Start each test run on an empty schema, but only once: later contexts share the data. */
  private static final AtomicBoolean CLEANED = new AtomicBoolean();

  /** Every context's clock starts at 07:00 on set, today: see {@link TestClock#atTheSetsMorning()}. */
  @Bean
  @Primary
  TestClock testClock() {
    return TestClock.atTheSetsMorning();
  }

  /**
   * The ledger's witness outside the database is emptied with the database: checkpoints witnessed by an earlier
   * run would otherwise (rightly) make this run's fresh ledger look rolled back.
   */
  @Bean
  FlywayMigrationStrategy cleanOncePerRun(@Value("${setsafe.ledger.witness-dir}") Path witnessDir) {
    return flyway -> {
      if (CLEANED.compareAndSet(false, true)) {
        flyway.clean();
        FileSystemUtils.deleteRecursively(witnessDir.toFile());
      }
      flyway.migrate();
    };
  }

  /**
   * Contexts share the database, and Spring pauses a cached context while another one runs its tests; db-scheduler
   * does not pause with it. A paused context's scheduler went on polling and took other contexts' due jobs (an
   * escalation's first step), publishing their facts where every listener was paused: the ledger never got them
   * until that context ran again, and a test waiting for its production's facts waited in vain.
   */
  @Bean
  SmartLifecycle dbSchedulerPausesWithItsContext(ObjectProvider<Scheduler> scheduler) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        if (running) {
          return;
        }
        // The first start is the starter's own; a start after a pause resumes polling.
        scheduler.ifAvailable(s -> {
          if (s.getSchedulerState().isPaused()) {
            s.resume();
          }
        });
        running = true;
      }

      @Override
      public void stop() {
        scheduler.ifAvailable(Scheduler::pause);
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }

      /** Paused before anything else stops, so no job is taken while the rest of the context pauses. */
      @Override
      public int getPhase() {
        return Integer.MAX_VALUE;
      }
    };
  }
}
