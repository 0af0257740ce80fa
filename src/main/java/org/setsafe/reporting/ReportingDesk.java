package org.setsafe.reporting;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Productions;
import org.setsafe.shared.AccessRefusedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking and what they hold on the production. Anyone on the production reads every report (nothing is
 * hidden from the crew); only its own crew files reports and takes steps; some steps need a role.
 */
@Component
class ReportingDesk {

  /** The roles escalation reaches first, who take a report on and see it made safe. */
  static final Set<CrewRole> ACTS_ON_REPORTS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.FIRST_AD, CrewRole.UPM,
      CrewRole.PRODUCER);

  /** The person acting, on a production they are crew of, with their roles there. */
  record Caller(Production production, UUID userId, Set<CrewRole> roles) {
    UUID productionId() {
      return production.id();
    }

    boolean holds(CrewRole role) {
      return roles.contains(role);
    }

    boolean holdsAny(Set<CrewRole> wanted) {
      return roles.stream().anyMatch(wanted::contains);
    }
  }

  private final ProductionAccess access;
  private final Productions productions;

  ReportingDesk(ProductionAccess access, Productions productions) {
    this.access = access;
    this.productions = productions;
  }

  /** Anyone who may see the production sees its reports; 404 for anyone else, whatever they guessed. */
  Production viewer(UUID productionId) {
    return access.require(productionId, Permission.VIEW);
  }

  /** Reports and steps are recorded by the production's own crew; studio safety and administrators watch. */
  Caller caller(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser user = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    Set<CrewRole> roles = productions.rolesOf(productionId, user.id())
        .orElseThrow(() -> new AccessRefusedException("Only the crew of this production report hazards and act on them."));
    return new Caller(production, user.id(), roles);
  }

  /** Whether the signed-in person holds one of these roles on the production, for showing buttons. */
  boolean holdsAny(UUID productionId, Set<CrewRole> wanted) {
    return SignedInUser.current().flatMap(user -> productions.rolesOf(productionId, user.id()))
        .map(roles -> roles.stream().anyMatch(wanted::contains)).orElse(false);
  }

  UUID currentUserId() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
