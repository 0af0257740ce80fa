package org.setsafe.studio;

import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ProductionAccess;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.SecurityAudit;

/**
 * Who may see every production at once: studio safety and administrators, no one on a production's crew by that
 * alone (a crew member sees their own productions). Refusals are logged like every other.
 */
final class StudioAccess {

  static final String REFUSAL = "The studio view is for studio safety and administrators.";

  private StudioAccess() {}

  static SignedInUser require(String what) {
    SignedInUser user = SignedInUser.current().orElseThrow(ProductionAccess::signInFirst);
    if (!mayLook(user)) {
      SecurityAudit.accessRefused(user.getUsername(), what, "not studio safety or an administrator");
      throw new AccessRefusedException(REFUSAL).saying("input.studio.not-allowed.studio-view");
    }
    return user;
  }

  static boolean mayLook(SignedInUser user) {
    return user != null && (user.isStudioSafety() || user.isAdministrator());
  }
}
