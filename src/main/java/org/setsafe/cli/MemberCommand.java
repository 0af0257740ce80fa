package org.setsafe.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "member", description = "Put people on a production's crew.", mixinStandardHelpOptions = true)
class MemberCommand {

  private final Productions productions;

  @Spec
  CommandSpec spec;

  MemberCommand(Productions productions) {
    this.productions = productions;
  }

  @Command(name = "add", description = "Add a person to a production in one or more roles.")
  int add(
      @Option(names = "--production", required = true, description = "Production id (see: production list)") UUID production,
      @Option(names = "--user", required = true, description = "Username") String username,
      @Option(names = "--role", required = true, description = "Crew role, repeatable: ${COMPLETION-CANDIDATES}") List<CrewRole> roles,
      @Option(names = "--department", description = "Department, required for crew") String department) {
    return Cli.guard(spec, () -> {
      Member member = SystemActor.call(() ->
          productions.addMember(production, username, EnumSet.copyOf(roles), department));
      spec.commandLine().getOut().printf("Added %s to the production as %s.%n", member.displayName(),
          member.roles().stream().map(CrewRole::label).reduce((a, b) -> a + ", " + b).orElse(""));
    });
  }
}
