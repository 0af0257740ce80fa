package org.setsafe.identity;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * There is never a default password: on the first start of an empty installation SetSafe creates
 * the administrator {@code admin} with a one-time password, printed once to the console, to be
 * replaced at first sign-in. Skipped with demo data (which brings its own) and in the CLI (which
 * can create the first administrator itself).
 */
@Component
class FirstAdministrator implements ApplicationRunner {

  static final String USERNAME = "admin";

  private final Accounts accounts;
  private final boolean demo;
  private final boolean cli;
  private final PrintStream console;

  FirstAdministrator(Accounts accounts, @Value("${setsafe.demo.enabled:false}") boolean demo,
      @Value("${setsafe.cli:false}") boolean cli) {
    this.accounts = accounts;
    this.demo = demo;
    this.cli = cli;
    this.console = System.out;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo || cli || accounts.count() > 0) {
      return;
    }
    IssuedPassword issued = SystemActor.call(() -> accounts.createWithOneTimePassword(SystemActor.ID, USERNAME,
        "Administrator", null, InstallationRole.ADMINISTRATOR));
    console.println("""

        ================================================================
         SetSafe first start: administrator account created.
           username: %s
           one-time password: %s
         Sign in and choose your own password. This is shown only once;
         if it is lost, run:  java -jar setsafe.jar user reset-password %s
        ================================================================
        """.formatted(USERNAME, issued.oneTimePassword(), USERNAME));
  }
}
