package org.setsafe;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestSupport {

  /** Start each test run on an empty schema, but only once: later contexts share the data. */
  private static final AtomicBoolean CLEANED = new AtomicBoolean();

  @Bean
  @Primary
  TestClock testClock() {
    return new TestClock(Instant.now());
  }

  @Bean
  FlywayMigrationStrategy cleanOncePerRun() {
    return flyway -> {
      if (CLEANED.compareAndSet(false, true)) {
        flyway.clean();
      }
      flyway.migrate();
    };
  }
}
