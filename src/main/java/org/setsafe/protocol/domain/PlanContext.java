package org.setsafe.protocol.domain;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.WeaponKind;

/**
 * What a weapon plan is checked against: the scene's number and cast, the production's weapon register, its
 * members, and its minimum distance from the muzzle for blanks.
 */
public record PlanContext(String sceneNumber, Set<UUID> cast, Map<UUID, WeaponKind> register, Set<UUID> members,
    int minBlankDistanceFeet) {

  public PlanContext {
    cast = Set.copyOf(cast);
    register = Map.copyOf(register);
    members = Set.copyOf(members);
  }
}
