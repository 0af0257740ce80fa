package org.setsafe.escalation;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.Crew;
import org.setsafe.SetSafeApplication;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUsers;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Productions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Whole SetSafe instances started in this JVM, outside the shared test context, on a database of their own (an H2
 * file, or a PostgreSQL schema), all reading one test clock: to stop one and start another on the same data, or
 * to run two at once.
 */
public final class SetSafeInstances {

  /** The clock every instance started here reads; set before starting one. */
  public static volatile TestClock clock;

  private final String schema;
  private final Path dataDir;

  /** {@code schema} is prefixed with {@code SETSAFE_TEST_PG_SCHEMA} when that is set, so that test runs side by side
   * on one PostgreSQL keep apart. */
  SetSafeInstances(String schema, Path dataDir) {
    String prefix = System.getenv("SETSAFE_TEST_PG_SCHEMA");
    this.schema = prefix == null || prefix.isBlank() ? schema : prefix + "_" + schema;
    this.dataDir = dataDir;
  }

  /** The schema these instances use, prefix included: for a test that connects to it by a way of its own. */
  String schema() {
    return schema;
  }

  /**
   * Instances on an emptied database, all reading a fresh test clock ({@link #clock}) that starts now, to the
   * second.
   */
  public static SetSafeInstances fresh(String schema, Path dataDir) throws SQLException {
    SetSafeInstances instances = new SetSafeInstances(schema, dataDir);
    instances.emptyDatabase();
    clock = new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    return instances;
  }

  /** Drops the PostgreSQL schema (an H2 file in a fresh directory needs nothing). */
  void emptyDatabase() throws SQLException {
    if (!TestDatabase.isPostgres()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(pgUrl(), pgUser(), "");
         Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  /** An instance named {@code name}, in its log and as db-scheduler's {@code picked_by}. */
  public ConfigurableApplicationContext start(String name) {
    return start(name, true, Map.of());
  }

  /** Starts one with some settings of the test's own, e.g. a database address that runs through a cable it can cut. */
  public ConfigurableApplicationContext start(String name, Map<String, Object> settings) {
    return start(name, true, settings);
  }

  /**
   * An instance with SetSafe's own default scheduler name (host, process, random part), and these configuration
   * classes besides SetSafe's own.
   */
  ConfigurableApplicationContext startWithDefaultSchedulerName(String name, Class<?>... configuration) {
    return start(name, false, Map.of(), configuration);
  }

  private ConfigurableApplicationContext start(String name, boolean namedScheduler, Map<String, Object> settings,
      Class<?>... configuration) {
    Map<String, Object> p = new HashMap<>();
    if (TestDatabase.isPostgres()) {
      p.put("spring.datasource.url", pgUrl() + "?currentSchema=" + schema);
      p.put("spring.datasource.username", pgUser());
      p.put("spring.datasource.password", "");
      p.put("spring.flyway.schemas", schema);
      p.put("spring.flyway.default-schema", schema);
      p.put("spring.flyway.create-schemas", "true");
    } else {
      p.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("setsafe").toAbsolutePath()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      p.put("spring.datasource.username", "sa");
    }
    p.put("setsafe.data-dir", dataDir.toString());
    p.put("setsafe.ledger.key-dir", dataDir.resolve("ledger-keys").toString());
    p.put("setsafe.demo.enabled", "true");
    p.put("setsafe.demo.password", Crew.PASSWORD);
    // Seeded before the instance is ready: tests use the demo crew at once.
    p.put("setsafe.demo.background", "false");
    // Without the demo's hazard reports: escalation tests count every escalation step and email sent; a test that
    // walks the office's day switches them on in its settings.
    p.put("setsafe.demo.reports", "false");
    p.put("server.port", "0");
    p.put("db-scheduler.polling-interval", "100ms");
    if (namedScheduler) {
      p.put("setsafe.scheduler.name", name);
    }
    p.put("spring.mail.host", "127.0.0.1");
    p.put("spring.mail.port", "3025");
    p.put("setsafe.ledger.checkpoint-interval", "1h");
    p.put("logging.level.root", "WARN");
    p.put("spring.main.banner-mode", "off");
    p.put("spring.application.name", name);
    // Qualification reminders email: no sweep of the demo crew's certificates into a test's SMTP server.
    p.put("setsafe.training.reminder-sweep-first", "PT1000H");
    p.putAll(settings);
    // As command-line arguments: they outrank application.properties, as an operator's settings would.
    String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    Class<?>[] sources = new Class<?>[configuration.length + 2];
    sources[0] = SetSafeApplication.class;
    sources[1] = SharedClock.class;
    System.arraycopy(configuration, 0, sources, 2, configuration.length);
    return new SpringApplicationBuilder(sources).logStartupInfo(false).run(args);
  }

  public static UUID western(ConfigurableApplicationContext app) {
    Productions productions = app.getBean(Productions.class);
    return SystemActor.call(() -> productions.visibleToCurrentUser().stream()
        .filter(p -> p.name().equals(Crew.WESTERN)).findFirst().orElseThrow().id());
  }

  public static UUID user(ConfigurableApplicationContext app, String username) {
    return app.getBean(Accounts.class).findByUsername(username).orElseThrow().id();
  }

  static String pgUrl() {
    return System.getenv().getOrDefault("SETSAFE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  static String pgUser() {
    return System.getenv().getOrDefault("SETSAFE_TEST_PG_USER", "postgres");
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class SharedClock {
    @Bean
    @Primary
    TestClock instanceClock() {
      return clock;
    }
  }

  /**
   * Runs the work in the instance {@code app} (an instance started here, or the shared test context) as this person of
   * the demo crew, signed in, outside a web request: a step someone takes through the service their page calls.
   */
  public static <T> T as(ApplicationContext app, String username, Supplier<T> work) {
    return app.getBean(SignedInUsers.class)
        .withoutPassword(app.getBean(Accounts.class).findByUsername(username).orElseThrow()).call(work);
  }
}
