package org.setsafe.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.setsafe.identity.Account;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.IssuedPassword;
import org.setsafe.identity.SecondFactors;
import org.setsafe.identity.SystemActor;
import org.setsafe.shared.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Create and look after accounts.", mixinStandardHelpOptions = true)
class UserCommand {

  private final Accounts accounts;
  private final SecondFactors secondFactors;

  @Spec
  CommandSpec spec;

  UserCommand(Accounts accounts, SecondFactors secondFactors) {
    this.accounts = accounts;
    this.secondFactors = secondFactors;
  }

  @Command(name = "create", description = "Create an account with a one-time password, printed once.")
  int create(
      @Option(names = "--username", required = true) String username,
      @Option(names = "--name", required = true, description = "Full name, as the crew knows them") String name,
      @Option(names = "--email") String email,
      @Option(names = "--role", description = "Installation role: ${COMPLETION-CANDIDATES}") InstallationRole role) {
    return Cli.guard(spec, () -> {
      IssuedPassword issued = SystemActor.call(() ->
          accounts.createWithOneTimePassword(SystemActor.ID, username, name, email, role));
      out().printf("Created %s (%s).%nOne-time password: %s%nIt must be changed at first sign-in.%n",
          issued.account().username(), issued.account().displayName(), issued.oneTimePassword());
    });
  }

  @Command(name = "reset-password", description = "Replace a password with a one-time password, printed once.")
  int resetPassword(@Parameters(paramLabel = "USERNAME") String username) {
    return Cli.guard(spec, () -> {
      IssuedPassword issued = SystemActor.call(() -> accounts.resetPassword(SystemActor.ID, username));
      out().printf("Password of %s reset.%nOne-time password: %s%nIt must be changed at first sign-in.%n",
          issued.account().username(), issued.oneTimePassword());
    });
  }

  @Command(name = "reset-second-factor", description = "Turn off someone's two-step sign-in (their phone lost with "
      + "its recovery codes) and end their sessions; where their role requires it, they set it up again at next "
      + "sign-in.")
  int resetSecondFactor(@Parameters(paramLabel = "USERNAME") String username) {
    return Cli.guard(spec, () -> {
      Account account = accounts.findByUsername(username)
          .orElseThrow(() -> new NotFoundException("no account with username '" + username + "'")
              .saying("input.cli.not-found.account", username));
      boolean wasOn = SystemActor.call(() -> secondFactors.reset(SystemActor.ID, account.id()));
      out().printf(wasOn ? "Two-step sign-in of %s turned off; their sessions are ended.%n"
          + "They set it up again at their next sign-in where their role requires it.%n"
          : "%s has no two-step sign-in; nothing changed.%n", account.username());
    });
  }

  @Command(name = "list", description = "List every account.")
  int list() {
    return Cli.guard(spec, () -> {
      for (Account account : accounts.all()) {
        out().printf("%-24s %-32s %s%n", account.username(), account.displayName(),
            account.installationRole() == null ? "" : account.installationRole().label());
      }
    });
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
