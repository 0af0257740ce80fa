package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.stereotype.Component;

/** Before the first shooting day: every firearms scene without a weapon plan, or with one not approved. */
@Component
class WeaponPlanReadiness implements ReadinessCheck {

  static final String AREA = "Weapon plans";

  // The unchecked reads: the check refuses no one (its callers checked who asks, or it runs in the background).
  private final ScenePlanReads plans;
  private final ShootingSchedule schedule;

  WeaponPlanReadiness(ScenePlanReads plans, ShootingSchedule schedule) {
    this.plans = plans;
    this.schedule = schedule;
  }

  @Override
  public Area area() {
    return new Area(AREA, "Every firearms scene has an approved weapon plan.")
        .saying(Said.of("gap.protocol.area.weapon-plans"), Said.of("gap.protocol.area.weapon-plans.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    Map<UUID, ScenePlan> planned = plans.plansOf(productionId);
    List<Gap> gaps = new ArrayList<>();
    for (Scene scene : schedule.scenes(productionId)) {
      if (!scene.hasFirearms()) {
        continue;
      }
      String path = "/productions/" + productionId + "/protocol/scenes/" + scene.id() + "/plan";
      ScenePlan plan = planned.get(scene.id());
      if (plan == null) {
        gaps.add(new Gap(AREA, "Scene " + scene.number() + " is a firearms scene without a weapon plan.",
            "The armorer drafts the plan (weapons, performers, discharge, line of fire); the armorer and the safety"
                + " advisor sign it.", path)
            .saying(Said.of("gap.protocol.no-weapon-plan", scene.number()), Said.of("gap.protocol.no-weapon-plan.fix")));
      } else if (!plan.status().approved()) {
        Said why = plan.status().summaryWords();
        gaps.add(new Gap(AREA, "The weapon plan of scene " + scene.number() + " is not approved: "
            + plan.status().summary(), "The armorer and the safety advisor sign its current version.", path)
            .saying(why == null ? null : Said.of("gap.protocol.weapon-plan-not-approved", scene.number(), why),
                Said.of("gap.protocol.weapon-plan-not-approved.fix")));
      }
    }
    return gaps;
  }
}
