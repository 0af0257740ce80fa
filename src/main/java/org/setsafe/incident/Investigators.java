package org.setsafe.incident;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.domain.InvestigatorsPolicy;
import org.setsafe.production.OnSet;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * The door to what only investigators do ({@link InvestigatorsPolicy}): checked after the production's own door, so
 * someone not on the production gets the 404 everyone off it gets, and each refusal is logged.
 */
@Component
class Investigators {

  private final IncidentDesk desk;
  private final InvestigatorsPolicy policy = new InvestigatorsPolicy();

  Investigators(IncidentDesk desk) {
    this.desk = desk;
  }

  /** Whether this reader of the production investigates its incidents; never refuses. */
  boolean are(OnSet reader) {
    return policy.check(reader.roles(), studioSafety()).isEmpty();
  }

  /** The investigator asking; anyone else who may see the production is refused (403), and the refusal logged. */
  OnSet require(UUID productionId, String what) {
    OnSet reader = desk.viewer(productionId);
    Optional<Refusal> refused = policy.check(reader.roles(), studioSafety());
    if (refused.isPresent()) {
      SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
          what + " on production " + productionId, "not an investigator");
      throw new AccessRefusedException(refused.get());
    }
    return reader;
  }

  private static boolean studioSafety() {
    return SignedInUser.current().map(SignedInUser::isStudioSafety).orElse(false);
  }
}
