package org.setsafe;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
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
}
