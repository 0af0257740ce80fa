package org.setsafe.protocol.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two versions of a scene's weapon plan, in the words a crew member reads on a phone ("it now
 * fires blanks (quarter load)", "the Colt now goes to June"), never as a diff of fields: the people whose sign-off
 * the change lapsed must know what to read again.
 */
public final class PlanChange {

  private PlanChange() {}

  /** Each difference in words, in the plan's order; {@code names} gives a performer's name from their id. */
  public static List<String> between(WeaponPlanContent before, WeaponPlanContent after, Function<UUID, String> names) {
    List<String> changes = new ArrayList<>();
    if (!before.discharge() && after.discharge()) {
      changes.add("it now fires blanks" + (blank(after.load()) ? "" : " (" + after.load() + ")"));
    } else if (before.discharge() && !after.discharge()) {
      changes.add("it no longer fires anything");
    } else if (after.discharge() && !Objects.equals(before.load(), after.load())) {
      changes.add("the load is now " + (blank(after.load()) ? "not named" : after.load()));
    }
    if (after.discharge() && !Objects.equals(before.directionOfFire(), after.directionOfFire())
        && !blank(after.directionOfFire())) {
      changes.add("it fires toward " + after.directionOfFire());
    }
    Map<UUID, WeaponPlanContent.WeaponLine> was = byWeapon(before.lines());
    Map<UUID, WeaponPlanContent.WeaponLine> is = byWeapon(after.lines());
    is.forEach((weaponId, line) -> {
      WeaponPlanContent.WeaponLine old = was.get(weaponId);
      if (old == null) {
        changes.add(line.weaponLabel() + " is added, for " + names.apply(line.performerId()));
        return;
      }
      if (!old.performerId().equals(line.performerId())) {
        changes.add(line.weaponLabel() + " now goes to " + names.apply(line.performerId()));
      }
      if (!old.pointed() && line.pointed()) {
        changes.add(line.weaponLabel() + " is now pointed toward " + line.pointedToward());
      } else if (old.pointed() && !line.pointed()) {
        changes.add(line.weaponLabel() + " is no longer pointed toward anyone");
      } else if (line.pointed() && !Objects.equals(old.pointedToward(), line.pointedToward())) {
        changes.add(line.weaponLabel() + " is now pointed toward " + line.pointedToward());
      }
    });
    was.forEach((weaponId, line) -> {
      if (!is.containsKey(weaponId)) {
        changes.add(line.weaponLabel() + " is no longer in the scene");
      }
    });
    if (!before.lineOfFire().equals(after.lineOfFire())) {
      changes.add("who and what stands in the line of fire changed");
    }
    return changes;
  }

  private static Map<UUID, WeaponPlanContent.WeaponLine> byWeapon(List<WeaponPlanContent.WeaponLine> lines) {
    Map<UUID, WeaponPlanContent.WeaponLine> map = new LinkedHashMap<>();
    lines.forEach(l -> map.putIfAbsent(l.weaponId(), l));
    return map;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
