package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.Crew;
import org.setsafe.ReadyToShoot;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDraft.LineOfFireDraft;
import org.setsafe.protocol.ScenePlan.Version;
import org.setsafe.protocol.WeaponPlanCommand.ClearRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The weapon plan's part of getting a scene ready, done as the crew does it: the 1st AD marks the scene a firearms
 * scene, the armorer adds the weapon for the performer to the plan (a new version only when it is missing), and
 * the armorer and the safety advisor sign the version in force and clear any unplanned rehearsal. Does nothing it
 * need not; skips a performer outside the cast or a weapon off the register, which custody refuses on its own.
 */
@Component
@Order(10)
class WeaponPlanReadyStep implements ReadyToShoot.Step {

  static final int KEEP_LINES = 20;
  static final String REASON = "Close-up on the cylinder: a replica's cylinder reads false on camera.";

  /** Crew runs every step, so it is looked up when a step runs, not when this is made. */
  private final ObjectProvider<Crew> crewProvider;
  private Crew crew;
  private final Productions productions;
  private final Schedule schedule;
  private final Armory armory;
  private final WeaponPlans plans;
  private final PlanDrafting drafting;
  private final PlanSignOffs signOffs;
  private final UnplannedRehearsals rehearsals;

  WeaponPlanReadyStep(ObjectProvider<Crew> crew, Productions productions, Schedule schedule, Armory armory,
      WeaponPlans plans, PlanDrafting drafting, PlanSignOffs signOffs, UnplannedRehearsals rehearsals) {
    this.crewProvider = crew;
    this.productions = productions;
    this.schedule = schedule;
    this.armory = armory;
    this.plans = plans;
    this.drafting = drafting;
    this.signOffs = signOffs;
    this.rehearsals = rehearsals;
  }

  @Override
  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    crew = crewProvider.getObject();
    List<Member> members = SystemActor.call(() -> productions.members(productionId));
    Optional<String> firstAd = holder(members, CrewRole.FIRST_AD);
    Optional<String> armorer = holder(members, CrewRole.ARMORER).or(() -> holder(members, CrewRole.PROPERTY_MASTER));
    Optional<String> safety = holder(members, CrewRole.SAFETY_ADVISOR);
    Scene scene = SystemActor.call(() -> schedule.scene(productionId, sceneId));
    if (armorer.isEmpty() || !scene.cast().contains(performerId)) {
      return;
    }
    if (!scene.hasFirearms()) {
      Set<Hazard> hazards = EnumSet.of(Hazard.FIREARMS);
      hazards.addAll(scene.hazards());
      as(firstAd, () -> schedule.markHazards(productionId, sceneId, hazards));
    }
    String armorerName = armorer.get();
    ScenePlan plan = crew.as(armorerName, () -> plans.plan(productionId, sceneId));
    if (plan.current() == null || plan.current().lines().stream()
        .noneMatch(l -> l.weaponId().equals(weaponId) && l.performerId().equals(performerId))) {
      Optional<WeaponEntry> weapon = crew.as(armorerName, () -> armory.weapons(productionId)).stream()
          .filter(w -> w.weapon().id().equals(weaponId)).findFirst();
      if (weapon.isEmpty()) {
        return;
      }
      plan = crew.as(armorerName, () -> drafting.record(productionId, new RecordPlan(sceneId, withLine(scene, plan(productionId, sceneId,
          armorerName), weaponId, weapon.get().weapon().kind(), performerId))));
    }
    ScenePlan now = plan;
    if (now.rehearsalUncleared()) {
      for (SignOffCapacity c : now.rehearsals().get(0).awaiting()) {
        Optional<String> who = c == SignOffCapacity.ARMORER ? armorer : safety;
        who.ifPresent(name -> crew.as(name, () -> rehearsals.clear(productionId, new ClearRehearsal(sceneId, c, "Checked again"))));
      }
    }
    Version current = now.current();
    for (SignOffCapacity c : SignOffCapacity.values()) {
      boolean holds = current.signOffs().stream().anyMatch(s -> s.capacity() == c && s.counts());
      Optional<String> who = c == SignOffCapacity.ARMORER ? armorer : safety;
      if (!holds && who.isPresent()) {
        crew.as(who.get(), () -> signOffs.sign(productionId, new SignPlan(sceneId, current.version(), c)));
      }
    }
  }

  private ScenePlan plan(UUID productionId, UUID sceneId, String armorer) {
    return crew.as(armorer, () -> plans.plan(productionId, sceneId));
  }

  /**
   * The plan in force with this weapon for this performer added; lines the cast no longer has are dropped, and
   * all but the newest {@value #KEEP_LINES}.
   */
  private static PlanDraft withLine(Scene scene, ScenePlan plan, UUID weaponId, WeaponKind kind, UUID performerId) {
    Version v = plan.current();
    boolean discharge = v != null && v.discharge();
    List<LineDraft> lines = new ArrayList<>();
    List<LineOfFireDraft> fire = new ArrayList<>();
    if (v != null) {
      // Shared productions gather a weapon per test; the newest few are all a test issues from.
      List<ScenePlan.Line> kept = v.lines().stream().filter(l -> scene.cast().contains(l.performerId())).toList();
      kept.subList(Math.max(0, kept.size() - KEEP_LINES), kept.size())
          .forEach(l -> lines.add(new LineDraft(l.weaponId(), l.performerId(), l.pointed(), l.pointedToward(),
              l.replicaReason())));
      v.lineOfFire().forEach(e -> fire.add(new LineOfFireDraft(e.personId(), e.thing(), e.protection(),
          e.distanceFeet())));
    }
    lines.add(new LineDraft(weaponId, performerId, false, null,
        !discharge && kind == WeaponKind.FIREARM ? REASON : null));
    return new PlanDraft(discharge, v == null ? null : v.load(), v == null ? null : v.directionOfFire(), lines, fire,
        "Adds a weapon for a performer");
  }

  private static Optional<String> holder(List<Member> members, CrewRole role) {
    return members.stream().filter(m -> m.holds(role)).map(Member::username).findFirst();
  }

  private <T> T as(Optional<String> who, Supplier<T> work) {
    return who.isPresent() ? crew.as(who.get(), work) : SystemActor.call(work);
  }
}
