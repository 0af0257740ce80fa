package org.setsafe.production;

import java.util.Set;
import java.util.UUID;

/** A person on a production, with their roles there. */
public record Member(UUID userId, String username, String displayName, String department, Set<CrewRole> roles) {

  public boolean holds(CrewRole role) {
    return roles.contains(role);
  }
}
