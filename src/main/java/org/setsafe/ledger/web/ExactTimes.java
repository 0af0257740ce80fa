package org.setsafe.ledger.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.stereotype.Component;

/**
 * Who sees the ledger's times to the millisecond. An anonymous report is kept to the hour, but the ledger records
 * when it appended each fact, and the facts that follow a report (its escalation) at once; to every crew member
 * those times would say when the report was filed, to the second. The people who handle reports and export
 * evidence (safety advisor, UPM, producers, studio safety, administrators) see them exactly; the ledger and the
 * evidence bundle keep them exactly, since they are verified byte for byte.
 */
@Component
class ExactTimes {

  private static final Set<CrewRole> HANDLERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.PRODUCER);

  private final Productions productions;

  ExactTimes(Productions productions) {
    this.productions = productions;
  }

  /** Whether the signed-in person sees exact times on this production's ledger. */
  boolean forCurrentUser(UUID productionId) {
    return SignedInUser.current().map(user -> user.isAdministrator() || user.isStudioSafety()
        || productions.rolesOf(productionId, user.id()).orElse(Set.of()).stream().anyMatch(HANDLERS::contains))
        .orElse(false);
  }
}
