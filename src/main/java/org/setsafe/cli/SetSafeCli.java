package org.setsafe.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.setsafe.identity.AccountRecords;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Entry point of the admin CLI: decides whether the arguments are a command and runs it. */
public final class SetSafeCli {

  private static final Set<String> COMMANDS = Set.of("user", "production", "member", "ledger", "migrate", "help", "--help", "-h",
      "--version", "-V");

  /**
   * Auto-configurations a command never uses: pages, health and metrics endpoints, the scheduler's actuator parts.
   * Leaving them out spares parsing them at every command. Metrics themselves stay (in memory): some listeners
   * count what they do.
   */
  private static final List<String> NOT_FOR_A_COMMAND = List.of(
      "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.DiskSpaceHealthContributorAutoConfiguration",
      "org.springframework.boot.health.autoconfigure.application.SslHealthContributorAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.info.InfoEndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.Jackson2EndpointAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.endpoint.jackson.JacksonEndpointAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.jvm.JvmMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.system.SystemMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.task.TaskExecutorMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.ssl.SslMetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.startup.StartupTimeMetricsListenerAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ScheduledTasksObservationAutoConfiguration",
      "org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
      "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerActuatorAutoConfiguration",
      "com.github.kagkarlsson.scheduler.boot.autoconfigure.DbSchedulerMetricsAutoConfiguration",
      "org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration",
      "org.springframework.modulith.moments.autoconfigure.MomentsJacksonAutoConfiguration");

  private SetSafeCli() {}

  /**
   * What the command's context is made of. A command that only reads accounts, or only migrates, gets the database
   * alone (and the accounts' tables); every other command gets the whole application, lazily, because it records
   * facts that every module's listeners must receive, or reads through services that stand on much of SetSafe.
   */
  static Class<?>[] sources(Class<?> application, String[] args) {
    if (args[0].equals("migrate")) {
      return new Class<?>[] {OnTheDatabaseAlone.class};
    }
    if (args[0].equals("user") && args.length >= 2 && args[1].equals("list")) {
      return new Class<?>[] {OnTheDatabaseAlone.class, AccountRecords.class};
    }
    return new Class<?>[] {application};
  }

  /** True when the arguments name a CLI command rather than server options such as {@code --server.port=9090}. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs one command against the application's context and returns its exit status: 0 done, 1 refused or failed, 2 usage error. */
  public static int run(Class<?> application, String[] args) {
    if (args.length == 0 || Set.of("help", "--help", "-h", "--version", "-V").contains(args[0])) {
      return new CommandLine(SetSafeCommand.class, SpringFactory.withoutContext())
          .execute(args.length == 0 ? new String[] {"--help"} : args);
    }
    if (args.length >= 2 && args[0].equals("ledger") && args[1].equals("verify-bundle")) {
      // Offline by design: an investigator's machine has no SetSafe database.
      return new CommandLine(new VerifyBundleCommand()).setCommandName("setsafe ledger verify-bundle")
          .execute(java.util.Arrays.copyOfRange(args, 2, args.length));
    }
    try (ConfigurableApplicationContext context = start(application, args)) {
      return new CommandLine(SetSafeCommand.class, new SpringFactory(context)).execute(args);
    }
  }

  /** The Spring context one command (not help, not the offline bundle check) runs in. */
  static ConfigurableApplicationContext start(Class<?> application, String[] args) {
    SpringApplication spring = new SpringApplication(sources(application, args));
    spring.setWebApplicationType(WebApplicationType.NONE);
    spring.setBannerMode(Banner.Mode.OFF);
    spring.setLogStartupInfo(false);
    spring.setDefaultProperties(Map.of(
        "setsafe.cli", "true",
        // An admin command runs beside the server; it must not pick up escalation steps or send notices.
        "db-scheduler.enabled", "false",
        // Nor hand the server's unfinished facts to listeners a second time: the server does that itself.
        "spring.modulith.events.republish-outstanding-events-on-restart", "false",
        // One command uses a handful of beans: make only those (and what they need). Every event listener is
        // still registered, so a fact the command records is stored for each listener before the command ends;
        // Flyway still runs first, and the ledger's sequencer still starts (lifecycle beans are not lazy).
        "spring.main.lazy-initialization", "true",
        "spring.autoconfigure.exclude", String.join(",", NOT_FOR_A_COMMAND),
        "logging.level.root", "WARN"));
    // Options after the command belong to picocli, not to Spring's property parser; database
    // settings come from the environment (SETSAFE_DATA_DIR, SETSAFE_DB_URL, SPRING_PROFILES_ACTIVE).
    return spring.run();
  }
}
