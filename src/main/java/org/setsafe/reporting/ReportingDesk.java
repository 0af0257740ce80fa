package org.setsafe.reporting;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
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

  private final ProductionAccess access;

  ReportingDesk(ProductionAccess access) {
    this.access = access;
  }

  /** Anyone who may see the production sees its reports; 404 for anyone else, whatever they guessed. */
  Production viewer(UUID productionId) {
    return access.require(productionId, Permission.VIEW);
  }

  /** Reports and steps are recorded by the production's own crew; studio safety and administrators watch. */
  OnSet caller(UUID productionId) {
    return access.crew(productionId, () -> new AccessRefusedException(
        "Only the crew of this production report hazards and act on them.")
        .saying("input.reporting.not-allowed.crew-only"));
  }

  /** Whether the signed-in person holds one of these roles on the production, for showing buttons. */
  boolean holdsAny(UUID productionId, Set<CrewRole> wanted) {
    return access.rolesHeld(productionId).stream().anyMatch(wanted::contains);
  }

  /** Whether the signed-in person is on the production's crew (in any role): only the crew reports and acts. */
  boolean onTheCrew(UUID productionId) {
    return !access.rolesHeld(productionId).isEmpty();
  }

  UUID currentUserId() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
