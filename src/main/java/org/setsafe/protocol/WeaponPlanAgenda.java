package org.setsafe.protocol;

import static org.setsafe.shared.Punctuation.clause;
import static org.setsafe.shared.Punctuation.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.ScenePlan.InLine;
import org.setsafe.protocol.ScenePlan.Line;
import org.setsafe.protocol.ScenePlan.Version;
import org.springframework.stereotype.Component;

/**
 * What the 1st AD reads out at the day's safety meeting from the weapon plans: for each scene of the day with a
 * plan or marked as a firearms scene, its weapons and performers, the discharge, load and direction of fire, who
 * and what is in the line of fire with protection and distance, the pointing, and whether the plan is approved.
 * The fingerprint changes whenever the plan's version, its approval or the scene's day or location changes.
 */
@Component
class WeaponPlanAgenda extends SceneItemsOfTheDay {

  static final String SOURCE = "Weapon plan";

  private final ScenePlanReads plans;

  WeaponPlanAgenda(ScenePlanReads plans, ShootingSchedule schedule) {
    super(schedule);
    this.plans = plans;
  }

  /** A scene with a plan, or marked as a firearms scene (which then says it has none). */
  @Override
  Optional<AgendaItem> itemFor(Scene scene, ShootingDay day) {
    if (!scene.hasFirearms() && !plans.planned(scene)) {
      return Optional.empty();
    }
    return Optional.of(item(plans.planOf(scene)));
  }

  static AgendaItem item(ScenePlan plan) {
    List<String> lines = new ArrayList<>();
    Version v = plan.current();
    String title;
    if (v == null) {
      title = "Scene " + plan.sceneNumber() + ": no weapon plan";
      lines.add("Scene " + plan.sceneNumber() + " is a firearms scene without a weapon plan: no weapon is issued for"
          + " it until the armorer's plan is signed by the armorer and the safety advisor.");
    } else {
      title = "Scene " + plan.sceneNumber() + ": weapon plan version " + v.version()
          + (plan.status().approved() ? ", approved" : ", not approved");
      for (Line line : v.lines()) {
        lines.add(line.weaponLabel() + " (" + kind(line) + ") to " + line.performerName()
            + (line.pointed() ? "; pointed toward " + clause(line.pointedToward()) : "; not pointed at anyone or the lens")
            + (line.firearm() && !v.discharge() && line.replicaReason() != null
                ? "; a real firearm because " + clause(line.replicaReason()) : "")
            + ".");
      }
      if (v.discharge()) {
        lines.add("Discharge: " + clause(v.load()) + ", fired " + clause(v.directionOfFire()) + ".");
        if (v.lineOfFire().isEmpty()) {
          lines.add("Nobody and nothing in the line of fire.");
        }
        for (InLine entry : v.lineOfFire()) {
          lines.add("In the line of fire: " + clause(entry.subject()) + ", " + entry.protection().label().toLowerCase(
              java.util.Locale.ROOT) + ", " + entry.distanceFeet() + " ft from the muzzle.");
        }
      } else {
        lines.add("No discharge: nothing is fired in this scene.");
        for (InLine entry : v.lineOfFire()) {
          lines.add("In the line of fire: " + clause(entry.subject()) + ", " + entry.protection().label().toLowerCase(
              java.util.Locale.ROOT) + ", " + entry.distanceFeet() + " ft from the muzzle.");
        }
      }
      lines.add(sentence(plan.status().summary()));
    }
    if (plan.rehearsalUncleared()) {
      lines.add("An unplanned rehearsal with weapons was called: no weapon is issued until the armorer and the safety"
          + " advisor clear it.");
    }
    lines.add(sentence("Shot " + clause(plan.placement())));
    boolean concern = v == null || !plan.status().approved() || plan.rehearsalUncleared();
    String fingerprint = sha256(String.join("\n", List.of(String.valueOf(v == null ? null : v.id()),
        plan.status().state(), plan.placement(), String.valueOf(plan.rehearsalUncleared()), title,
        String.join("\n", lines))));
    return new AgendaItem(plan.sceneId(), SOURCE, title, lines, concern, fingerprint);
  }

  private static String kind(Line line) {
    return switch (line.weaponKind()) {
      case FIREARM -> "real firearm";
      case NON_FIRING_REPLICA -> "non-firing replica";
      case RUBBER_PROP -> "rubber prop";
    };
  }
}
