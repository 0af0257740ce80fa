package org.setsafe.protocol.domain;

import java.util.List;
import java.util.UUID;
import org.setsafe.custody.domain.WeaponKind;

/**
 * What one version of a scene's weapon plan says: whether the scene needs a discharge, and if so the load and
 * the direction of fire; each weapon with its performer, where it is pointed and, for a real firearm that fires
 * nothing, why a replica will not do; who and what is in the line of fire, with protection and distance.
 */
public record WeaponPlanContent(boolean discharge, String load, String directionOfFire, List<WeaponLine> lines,
    List<LineOfFire> lineOfFire) {

  public WeaponPlanContent {
    lines = lines == null ? List.of() : List.copyOf(lines);
    lineOfFire = lineOfFire == null ? List.of() : List.copyOf(lineOfFire);
  }

  /**
   * One weapon in the scene: the weapon as the register names it, the performer it goes to, whether it is
   * pointed toward a person or the lens (and toward what), and the reason a real firearm is used when nothing
   * is fired.
   */
  public record WeaponLine(UUID weaponId, String weaponLabel, WeaponKind weaponKind, UUID performerId,
      boolean pointed, String pointedToward, String replicaReason) {

    public boolean firearm() {
      return weaponKind == WeaponKind.FIREARM;
    }
  }

  /** A person (a production member) or a thing ("A camera") in the line of fire, its protection and distance. */
  public record LineOfFire(UUID personId, String thing, Protection protection, Integer distanceFeet) {}

  public boolean names(UUID weaponId, UUID performerId) {
    return lines.stream().anyMatch(l -> l.weaponId().equals(weaponId) && l.performerId().equals(performerId));
  }

  public boolean anyPointing() {
    return lines.stream().anyMatch(WeaponLine::pointed);
  }
}
