package org.setsafe.protocol;

import static org.setsafe.shared.Punctuation.clause;
import static org.setsafe.shared.Punctuation.sentence;

import java.util.List;
import java.util.Optional;
import org.setsafe.briefing.AgendaSource.Lines;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.ScenePlan.InLine;
import org.setsafe.protocol.ScenePlan.Line;
import org.setsafe.protocol.ScenePlan.Status;
import org.setsafe.protocol.ScenePlan.Version;
import org.setsafe.shared.Refusal.Said;
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
    return Optional.of(item(plans.planOf(scene), day));
  }

  static AgendaItem item(ScenePlan plan, ShootingDay day) {
    Lines lines = new Lines();
    Version v = plan.current();
    String scene = plan.sceneNumber();
    String title;
    Said titleWords;
    if (v == null) {
      title = "Scene " + scene + ": no weapon plan";
      titleWords = Said.of("agenda.weapon-plan.title.none", scene);
      lines.add("Scene " + scene + " is a firearms scene without a weapon plan: no weapon is issued for it until the"
          + " armorer's plan is signed by the armorer and the safety advisor.", Said.of("agenda.weapon-plan.none", scene));
    } else {
      boolean approved = plan.status().approved();
      title = "Scene " + scene + ": weapon plan version " + v.version() + (approved ? ", approved" : ", not approved");
      titleWords = Said.of(approved ? "agenda.weapon-plan.title.approved" : "agenda.weapon-plan.title.not-approved",
          scene, v.version());
      for (Line line : v.lines()) {
        String pointed = line.pointed() ? "; pointed toward " + clause(line.pointedToward())
            : "; not pointed at anyone or the lens";
        Object pointedWords = line.pointed() ? Said.of("agenda.weapon-plan.pointed", clause(line.pointedToward()))
            : Said.of("agenda.weapon-plan.not-pointed");
        boolean because = line.firearm() && !v.discharge() && line.replicaReason() != null;
        lines.add(line.weaponLabel() + " (" + kind(line) + ") to " + line.performerName() + pointed
            + (because ? "; a real firearm because " + clause(line.replicaReason()) : "") + ".",
            Said.of("agenda.weapon-plan.line", line.weaponLabel(), Said.of("protocol.plan.kind." + line.weaponKind().name()),
                line.performerName(), pointedWords,
                because ? Said.of("agenda.weapon-plan.real-because", clause(line.replicaReason())) : ""));
      }
      if (v.discharge()) {
        lines.add("Discharge: " + clause(v.load()) + ", fired " + clause(v.directionOfFire()) + ".",
            Said.of("agenda.weapon-plan.discharge", clause(v.load()), clause(v.directionOfFire())));
        if (v.lineOfFire().isEmpty()) {
          lines.add("Nobody and nothing in the line of fire.", Said.of("agenda.weapon-plan.nobody-in-line"));
        }
      } else {
        lines.add("No discharge: nothing is fired in this scene.", Said.of("agenda.weapon-plan.no-discharge"));
      }
      for (InLine entry : v.lineOfFire()) {
        lines.add("In the line of fire: " + clause(entry.subject()) + ", " + entry.protection().label().toLowerCase(
            java.util.Locale.ROOT) + ", " + entry.distanceFeet() + " ft from the muzzle.",
            Said.of("agenda.weapon-plan.in-line", clause(entry.subject()),
                Said.of("protocol.protection.lower." + entry.protection().name()), entry.distanceFeet()));
      }
      // The approval's own account: who signed, or why it does not hold, in the sign-off rules' words.
      lines.add(sentence(plan.status().summary()), summaryWords(plan.status()));
    }
    if (plan.rehearsalUncleared()) {
      lines.add("An unplanned rehearsal with weapons was called: no weapon is issued until the armorer and the safety"
          + " advisor clear it.", Said.of("agenda.weapon-plan.rehearsal-uncleared"));
    }
    // The placement reads "<date> at <location>", the scene's day as the plan's sign-offs compare it.
    String shot = sentence("Shot " + clause(plan.placement()));
    lines.add(shot, shot.equals("Shot " + day.date() + " at " + clause(day.location()) + ".")
        ? Said.of("agenda.weapon-plan.shot", day.date(), clause(day.location())) : null);
    boolean concern = v == null || !plan.status().approved() || plan.rehearsalUncleared();
    String fingerprint = sha256(String.join("\n", List.of(String.valueOf(v == null ? null : v.id()),
        plan.status().state(), plan.placement(), String.valueOf(plan.rehearsalUncleared()), title,
        String.join("\n", lines.english()))));
    return new AgendaItem(plan.sceneId(), SOURCE, title, lines.english(), concern, fingerprint)
        .saying(titleWords, lines.words());
  }

  /** The approval's account in words, when the line reads it as it is (a sentence already). */
  private static Said summaryWords(Status status) {
    return sentence(status.summary()).equals(status.summary()) ? status.summaryWords() : null;
  }

  private static String kind(Line line) {
    return switch (line.weaponKind()) {
      case FIREARM -> "real firearm";
      case NON_FIRING_REPLICA -> "non-firing replica";
      case RUBBER_PROP -> "rubber prop";
    };
  }
}
