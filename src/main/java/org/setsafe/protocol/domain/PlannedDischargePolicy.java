package org.setsafe.protocol.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A discharge is planned in full before anyone signs it: the load of the blanks, the direction of fire, and a real
 * firearm to fire it (a replica cannot discharge). Industry safety bulletin #1: blanks are live ammunition's
 * cousins, planned with the armorer.
 */
public final class PlannedDischargePolicy {

  public static final String RULE = "protocol.discharge-planned";

  public Optional<Refusal> check(WeaponPlanContent plan) {
    if (!plan.discharge()) {
      return Optional.empty();
    }
    if (blank(plan.load())) {
      return Optional.of(new Refusal(RULE,
          "A discharge needs its load (e.g. quarter-load blank, half-load, full-load) in the plan.", "load")
          .saying("reason.protocol.discharge-planned.load"));
    }
    if (blank(plan.directionOfFire())) {
      return Optional.of(new Refusal(RULE,
          "A discharge needs its direction of fire (e.g. toward the altar, away from camera) in the plan.",
          "directionOfFire").saying("reason.protocol.discharge-planned.direction"));
    }
    if (plan.lines().stream().noneMatch(WeaponPlanContent.WeaponLine::firearm)) {
      return Optional.of(new Refusal(RULE,
          "A discharge needs a real firearm in the plan; replicas and rubber props do not fire.", "discharge")
          .saying("reason.protocol.discharge-planned.firearm"));
    }
    return Optional.empty();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
