package org.setsafe.production;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, on which production, in which crew roles there, and what day it is on that set: resolved once
 * per request by {@link ProductionAccess#onSet}, after which the modules read each other's data through the
 * unchecked {@link CrewList} and {@link ShootingSchedule}. Roles are empty for studio safety or an administrator
 * watching a production they are not crew of.
 */
public record OnSet(Production production, UUID userId, Set<CrewRole> roles, LocalDate today) {

  public OnSet {
    roles = Set.copyOf(roles);
  }

  public UUID productionId() {
    return production.id();
  }

  /** Whether the person is on the production's crew, in any role. */
  public boolean onCrew() {
    return !roles.isEmpty();
  }

  public boolean holds(CrewRole role) {
    return roles.contains(role);
  }

  public boolean holdsAny(Set<CrewRole> wanted) {
    return roles.stream().anyMatch(wanted::contains);
  }
}
