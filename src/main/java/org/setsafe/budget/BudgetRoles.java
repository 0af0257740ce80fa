package org.setsafe.budget;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * Who keeps a production's safety budget: the UPM and a producer change it; the safety advisor and studio safety
 * read it too, since a cut is theirs to see, and administrators, who see the studio's budget flags and follow them
 * here. Everyone else is refused, and the refusal logged. Checked once, at the door of each step.
 */
@Component
public class BudgetRoles {

  /** Roles that change the budget. */
  static final Set<CrewRole> EDITORS = EnumSet.of(CrewRole.UPM, CrewRole.PRODUCER);
  /** Crew roles that read it. */
  static final Set<CrewRole> READERS = EnumSet.of(CrewRole.UPM, CrewRole.PRODUCER, CrewRole.SAFETY_ADVISOR);

  private final ProductionAccess access;

  BudgetRoles(ProductionAccess access) {
    this.access = access;
  }

  /**
   * Who is asking, for a read: the UPM, a producer, the safety advisor, studio safety or an administrator; anyone
   * else refused.
   */
  OnSet reader(UUID productionId) {
    OnSet onSet = access.onSet(productionId);
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (!user.isSystem() && !user.isStudioSafety() && !user.isAdministrator() && !onSet.holdsAny(READERS)) {
      SecurityAudit.accessRefused(user.getUsername(), "read the safety budget of production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("The safety budget is read by the UPM, producers, the safety advisor, "
          + "studio safety and administrators.").saying("input.budget.not-allowed.read");
    }
    return onSet;
  }

  /** Who is asking, for a change: the UPM or a producer; anyone else refused. */
  OnSet editor(UUID productionId) {
    OnSet onSet = access.onSet(productionId);
    SignedInUser user = SignedInUser.current().orElseThrow();
    if (!user.isSystem() && !onSet.holdsAny(EDITORS)) {
      SecurityAudit.accessRefused(user.getUsername(), "change the safety budget of production " + productionId,
          "role does not allow it");
      throw user.isAdministrator() && !onSet.onCrew() ? ProductionAccess.administratorsDoNotRecord()
          : new AccessRefusedException("Only the UPM or a producer changes the safety budget.")
              .saying("input.budget.not-allowed.change");
    }
    return onSet;
  }

  /** Whether the signed-in person may change the budget; for showing forms, never refuses. */
  public boolean mayEdit(UUID productionId) {
    return SignedInUser.current().map(u -> u.isSystem()
        || access.rolesHeld(productionId).stream().anyMatch(EDITORS::contains)).orElse(false);
  }

  /** Whether the signed-in person may read the budget; for showing links, never refuses. */
  public boolean mayRead(UUID productionId) {
    return SignedInUser.current().map(u -> u.isSystem() || u.isStudioSafety() || u.isAdministrator()
        || access.rolesHeld(productionId).stream().anyMatch(READERS::contains)).orElse(false);
  }
}
