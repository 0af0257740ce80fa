package org.setsafe.cli;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/** Entry point of the admin CLI: decides whether the arguments are a command and runs it. */
public final class SetSafeCli {

  private static final Set<String> COMMANDS = Set.of("user", "production", "member", "ledger", "migrate", "help", "--help", "-h",
      "--version", "-V");

  private SetSafeCli() {}

  /** True when the arguments name a CLI command rather than server options such as {@code --server.port=9090}. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs one command against the application's context and returns its exit status: 0 done, 1 refused or failed, 2 usage error. */
  public static int run(Class<?> application, String[] args) {
    if (args.length == 0 || Set.of("help", "--help", "-h", "--version", "-V").contains(args[0])) {
      return new CommandLine(new SetSafeCommand()).execute(args.length == 0 ? new String[] {"--help"} : args);
    }
    if (args.length >= 2 && args[0].equals("ledger") && args[1].equals("verify-bundle")) {
      // Offline by design: an investigator's machine has no SetSafe database.
      return new CommandLine(new VerifyBundleCommand()).setCommandName("setsafe ledger verify-bundle")
          .execute(java.util.Arrays.copyOfRange(args, 2, args.length));
    }
    SpringApplication spring = new SpringApplication(application);
    spring.setWebApplicationType(WebApplicationType.NONE);
    spring.setBannerMode(Banner.Mode.OFF);
    spring.setLogStartupInfo(false);
    spring.setDefaultProperties(Map.of(
        "setsafe.cli", "true",
        // An admin command runs beside the server; it must not pick up escalation steps or send notices.
        "db-scheduler.enabled", "false",
        "logging.level.root", "WARN",
        "spring.main.lazy-initialization", "false"));
    // Options after the command belong to picocli, not to Spring's property parser; database
    // settings come from the environment (SETSAFE_DATA_DIR, SETSAFE_DB_URL, SPRING_PROFILES_ACTIVE).
    try (ConfigurableApplicationContext context = spring.run()) {
      return new CommandLine(SetSafeCommand.class, new SpringFactory(context)).execute(args);
    }
  }
}
