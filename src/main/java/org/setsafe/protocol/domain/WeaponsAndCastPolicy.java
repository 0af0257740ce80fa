package org.setsafe.protocol.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.shared.Refusal;

/**
 * A plan names weapons on the production's register and performers in the scene's cast, each pairing once: the
 * custody gate issues only what the plan names, so a plan naming anything else would be a plan for nothing.
 */
public final class WeaponsAndCastPolicy {

  public static final String ON_REGISTER = "protocol.weapon-on-register";
  public static final String IN_CAST = "protocol.performer-in-cast";

  public Optional<Refusal> check(WeaponPlanContent plan, PlanContext context) {
    List<WeaponLine> lines = plan.lines();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      WeaponLine line = lines.get(i);
      if (!context.register().containsKey(line.weaponId())) {
        return Optional.of(new Refusal(ON_REGISTER, "Weapon " + line.weaponId()
            + " is not on this production's register: a plan names only weapons the armorer holds.",
            "lines[" + i + "].weaponId").saying("reason.protocol.weapon-on-register", line.weaponId()));
      }
      if (!context.cast().contains(line.performerId())) {
        return Optional.of(new Refusal(IN_CAST, "Performer " + line.performerId()
            + " is not in the cast of scene " + context.sceneNumber() + ": name the cast on the scene first.",
            "lines[" + i + "].performerId")
            .saying("reason.protocol.performer-in-cast", line.performerId(), context.sceneNumber()));
      }
      if (!pairs.add(line.weaponId() + "/" + line.performerId())) {
        return Optional.of(new Refusal(ON_REGISTER,
            line.weaponLabel() + " is already planned for this performer.", "lines[" + i + "]")
            .saying("reason.protocol.weapon-on-register.twice", line.weaponLabel()));
      }
    }
    return Optional.empty();
  }
}
