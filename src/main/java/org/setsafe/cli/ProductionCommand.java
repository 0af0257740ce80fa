package org.setsafe.cli;

import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "production", description = "Create and list productions.", mixinStandardHelpOptions = true)
class ProductionCommand {

  private final Productions productions;

  @Spec
  CommandSpec spec;

  ProductionCommand(Productions productions) {
    this.productions = productions;
  }

  @Command(name = "create", description = "Create a production; prints its id.")
  int create(
      @Option(names = "--name", required = true) String name,
      @Option(names = "--time-zone", required = true, description = "Where it shoots, e.g. America/Denver") String zone) {
    return Cli.guard(spec, () -> {
      Production production = SystemActor.call(() -> productions.create(name, zone));
      spec.commandLine().getOut().printf("Created %s: %s%n", production.name(), production.id());
    });
  }

  @Command(name = "list", description = "List every production with its id.")
  int list() {
    return Cli.guard(spec, () -> SystemActor.run(() -> productions.visibleToCurrentUser().forEach(p ->
        spec.commandLine().getOut().printf("%s  %s (%s)%n", p.id(), p.name(), p.timeZone().getId()))));
  }
}
