package org.setsafe.production.domain;

import java.util.Optional;
import java.util.Set;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;

/**
 * Whether a person may do something on a production. Someone who is not on the production is told
 * it does not exist, so ids cannot be probed; a member without the role is told why not.
 */
public enum AccessDecision {
  ALLOWED,
  NOT_ON_PRODUCTION,
  ROLE_DOES_NOT_ALLOW,
  /** An administrator asked to record what only the production's crew records. */
  ADMINISTRATOR_NOT_CREW;

  public static AccessDecision decide(
      Permission permission, boolean administrator, boolean studioSafety, Optional<Set<CrewRole>> memberRoles) {
    if (administrator && permission.grantedToAdministrators()) {
      return ALLOWED;
    }
    if (memberRoles.isPresent() && permission.grantedBy(memberRoles.get())) {
      return ALLOWED;
    }
    if (administrator) {
      return memberRoles.isPresent() ? ROLE_DOES_NOT_ALLOW : ADMINISTRATOR_NOT_CREW;
    }
    if (studioSafety && permission.grantedToStudioSafety()) {
      return ALLOWED;
    }
    return memberRoles.isPresent() || studioSafety ? ROLE_DOES_NOT_ALLOW : NOT_ON_PRODUCTION;
  }
}
