package org.setsafe.briefing;

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
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.springframework.stereotype.Component;

/**
 * Who keeps the locations' hospitals and the safety contacts: the UPM, the producers and the safety advisor.
 * Everyone on the production reads them (they are printed on the call sheet); studio safety reads, changes nothing.
 */
@Component
class LocationEditors {

  static final Set<CrewRole> EDITORS = EnumSet.of(CrewRole.UPM, CrewRole.PRODUCER, CrewRole.SAFETY_ADVISOR);

  private final ProductionAccess access;
  private final Productions productions;

  LocationEditors(ProductionAccess access, Productions productions) {
    this.access = access;
    this.productions = productions;
  }

  Production viewer(UUID productionId) {
    return access.require(productionId, Permission.VIEW);
  }

  /**
   * The editor acting; refused (and logged) for anyone else who may see the production. {@code what} names the edit
   * in the security log and the refusal; {@code whatWords} in the bundle's words.
   */
  SignedInUser editor(UUID productionId, String what, Said whatWords) {
    access.require(productionId, Permission.VIEW);
    SignedInUser user = SignedInUser.current().orElseThrow(SafetyMeetings::signInFirst);
    if (!user.isSystem() && !holdsEditorRole(productionId, user)) {
      SecurityAudit.accessRefused(user.getUsername(), what + " on production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only the UPM, a producer or the safety advisor may " + what + ".")
          .saying("input.briefing.not-allowed.editor", whatWords);
    }
    return user;
  }

  boolean mayEdit(UUID productionId) {
    return SignedInUser.current().map(user -> user.isSystem() || holdsEditorRole(productionId, user))
        .orElse(false);
  }

  private boolean holdsEditorRole(UUID productionId, SignedInUser user) {
    return productions.rolesOf(productionId, user.id()).orElse(Set.of()).stream().anyMatch(EDITORS::contains);
  }
}
