package org.setsafe.cli;

import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Brings the database schema up to date and reports its version. The server migrates at start
 * too; this lets an operator migrate (and see it succeed) before rolling out a new version.
 */
@Command(name = "migrate", description = "Apply database migrations and print the schema version.",
    mixinStandardHelpOptions = true)
class MigrateCommand implements Callable<Integer> {

  private final Flyway flyway;

  @Spec
  CommandSpec spec;

  MigrateCommand(Flyway flyway) {
    this.flyway = flyway;
  }

  @Override
  public Integer call() {
    return Cli.guard(spec, () -> {
      int applied = flyway.migrate().migrationsExecuted;
      MigrationInfo current = flyway.info().current();
      spec.commandLine().getOut().printf("Database schema at version %s (%d migration(s) applied now).%n",
          current == null ? "none" : current.getVersion(), applied);
    });
  }
}
