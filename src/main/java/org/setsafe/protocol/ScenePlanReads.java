package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.ScenePlan.Clearance;
import org.setsafe.protocol.ScenePlan.InLine;
import org.setsafe.protocol.ScenePlan.Line;
import org.setsafe.protocol.ScenePlan.Rehearsal;
import org.setsafe.protocol.ScenePlan.SignOff;
import org.setsafe.protocol.ScenePlan.Status;
import org.setsafe.protocol.ScenePlan.Version;
import org.setsafe.protocol.domain.PlanApproval;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.RehearsalCall;
import org.setsafe.protocol.domain.RehearsalClearance;
import org.setsafe.protocol.domain.RehearsalStatus;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.protocol.domain.WeaponPlanStore.Rehearsals;
import org.setsafe.protocol.domain.WeaponPlanStore.SignOffsAndMinimum;
import org.setsafe.shared.DecisionReads;
import org.setsafe.shared.Refusal;
import org.setsafe.protocol.domain.SaidParts;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A scene's weapon plan read without an access check, for those whose caller was checked already: the read model
 * and the use cases after their own check, the day's agenda drawn for someone who may see the production, and
 * custody's issue gate, whose caller custody checked. The plan's records are read once per decision (custody's
 * issue asks the plan gate and the meeting's item about the same scene).
 */
@Component
class ScenePlanReads {

  private final WeaponPlanStore store;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final int defaultMinBlankDistanceFeet;

  ScenePlanReads(WeaponPlanStore store, CrewList crew, ShootingSchedule shooting,
      @Value("${setsafe.protocol.min-blank-distance-feet:20}") int defaultMinBlankDistanceFeet) {
    this.store = store;
    this.crew = crew;
    this.shooting = shooting;
    this.defaultMinBlankDistanceFeet = defaultMinBlankDistanceFeet;
  }

  /** The production's minimum distance from the muzzle for blanks, in feet. */
  int minimum(UUID productionId) {
    return store.minBlankDistanceFeet(productionId).orElse(defaultMinBlankDistanceFeet);
  }

  /** The scene's plan with every version, its approval now and its rehearsals. */
  ScenePlan planOf(Scene scene) {
    UUID productionId = scene.productionId();
    UUID sceneId = scene.id();
    Map<UUID, String> names = names(productionId);
    ScenePlacement now = placementOf(scene);
    List<PlanVersion> versions = versionsOf(scene);
    // The sign-offs were read with the minimum for blanks: the plan as shown reads no rules of its own.
    SignOffsAndMinimum signed = signOffsAndMinimumOf(scene);
    List<PlanSignOff> signOffs = signed.signOffs();
    List<Version> views = new ArrayList<>();
    for (PlanVersion v : versions) {
      views.add(0, view(v, signOffs, now, scene.number(), names));
    }
    PlanVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    Rehearsals recorded = rehearsalsOf(scene);
    List<RehearsalClearance> clearances = recorded.clearances();
    RehearsalStatus rehearsal = recorded.status();
    List<Rehearsal> rehearsals = new ArrayList<>();
    for (RehearsalCall call : recorded.calls()) {
      List<Clearance> cleared = clearances.stream().filter(c -> c.rehearsalId().equals(call.id()))
          .map(c -> new Clearance(c.capacity(), c.clearedBy(), names.getOrDefault(c.clearedBy(), "?"), c.clearedAt(),
              c.note())).toList();
      boolean open = rehearsal.uncleared() && rehearsal.open().id().equals(call.id());
      rehearsals.add(0, new Rehearsal(call.id(), call.calledBy(), names.getOrDefault(call.calledBy(), "?"),
          call.calledAt(), call.note(), !open, open ? rehearsal.awaiting() : List.of(), cleared));
    }
    return new ScenePlan(productionId, sceneId, scene.number(), scene.description(), scene.hasFirearms(),
        now.describe(), signed.minBlankDistanceFeet().orElse(defaultMinBlankDistanceFeet),
        views.isEmpty() ? null : views.get(0),
        views.size() > 1 ? List.copyOf(views.subList(1, views.size())) : List.of(),
        status(latest, signOffs, now, scene.number()), rehearsals, rehearsal.uncleared(), now.said());
  }

  /** The plan of every scene of the production that has one, in the store's order. */
  Map<UUID, ScenePlan> plansOf(UUID productionId) {
    Map<UUID, ScenePlan> plans = new LinkedHashMap<>();
    for (PlanVersion v : store.currentVersions(productionId)) {
      plans.put(v.sceneId(), planOf(shooting.scene(productionId, v.sceneId())));
    }
    return plans;
  }

  /** Whether the scene has a plan at all, drafted or signed. */
  boolean planned(Scene scene) {
    return !versionsOf(scene).isEmpty();
  }

  // ---- what one decision reads, once ----

  Optional<PlanVersion> current(Scene scene) {
    List<PlanVersion> versions = versionsOf(scene);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  List<PlanSignOff> signOffsOf(Scene scene, PlanVersion version) {
    return signOffsOf(scene).stream().filter(s -> s.planVersionId().equals(version.id())).toList();
  }

  RehearsalStatus rehearsalOf(Scene scene) {
    return rehearsalsOf(scene).status();
  }

  /** Where and when the scene shoots now, as a sign-off keeps it. */
  ScenePlacement placementOf(Scene scene) {
    if (scene.shootingDayId() == null) {
      return ScenePlacement.UNSCHEDULED;
    }
    ShootingDay day = shooting.day(scene.productionId(), scene.shootingDayId());
    return new ScenePlacement(day.id(), day.date(), day.location());
  }

  private List<PlanVersion> versionsOf(Scene scene) {
    return DecisionReads.kept(List.of(ScenePlanReads.class, "versions", scene.productionId(), scene.id()),
        () -> List.copyOf(store.versions(scene.productionId(), scene.id())));
  }

  private List<PlanSignOff> signOffsOf(Scene scene) {
    return signOffsAndMinimumOf(scene).signOffs();
  }

  private SignOffsAndMinimum signOffsAndMinimumOf(Scene scene) {
    return DecisionReads.kept(List.of(ScenePlanReads.class, "signOffs", scene.productionId(), scene.id()),
        () -> store.signOffsAndMinimum(scene.productionId(), scene.id()));
  }

  private Rehearsals rehearsalsOf(Scene scene) {
    return DecisionReads.kept(List.of(ScenePlanReads.class, "rehearsals", scene.productionId(), scene.id()),
        () -> store.rehearsals(scene.productionId(), scene.id()));
  }

  // ---- the plan as shown ----

  private static Status status(PlanVersion latest, List<PlanSignOff> signOffs, ScenePlacement now,
      String sceneNumber) {
    if (latest == null) {
      return new Status("none", false, "Scene " + sceneNumber + " has no weapon plan.",
          Said.of("protocol.plan.summary.none", sceneNumber), List.of(), List.of(), List.of(), null);
    }
    PlanApproval approval = PlanApproval.of(signOffs.stream()
        .filter(s -> s.planVersionId().equals(latest.id())).toList(), now);
    List<String> lapses = approval.lapses().stream().map(l -> l.describe(sceneNumber)).toList();
    String state = approval.approved() ? "approved" : lapses.isEmpty() ? "awaiting" : "lapsed";
    // Not approved, the summary is the sign-off rules' reason, with their words.
    Optional<Refusal> notApproved = approval.refusal(sceneNumber);
    String summary = notApproved.map(Refusal::reason).orElse("Version " + latest.version()
        + " is signed by the armorer and the safety advisor for " + now.describe() + ".");
    Said words = notApproved.map(Refusal::said)
        .orElse(Said.of("protocol.plan.summary.signed", latest.version(), now.said()));
    // The lapses as the dashboard says them, joined as the English is: "; " between them.
    Said lapsesSaid = lapses.isEmpty() ? null
        : SaidParts.semicolons(approval.lapses().stream().map(l -> l.said(sceneNumber)).toList());
    return new Status(state, approval.approved(), summary, words, lapses, approval.awaiting(),
        approval.lapses().stream().map(PlanApproval.Lapse::capacity).toList(), lapsesSaid);
  }

  private static Version view(PlanVersion v, List<PlanSignOff> signOffs, ScenePlacement now, String sceneNumber,
      Map<UUID, String> names) {
    WeaponPlanContent c = v.content();
    List<PlanSignOff> counting = PlanApproval.newestPerCapacity(signOffs.stream()
        .filter(s -> s.planVersionId().equals(v.id())).toList());
    List<SignOff> signed = signOffs.stream().filter(s -> s.planVersionId().equals(v.id())).map(s -> {
      boolean newest = counting.contains(s);
      boolean holds = newest && s.placement().sameAs(now);
      String lapse = holds ? null : !newest ? "signed again since"
          : "scene " + sceneNumber + " moved from " + s.placement().describe() + " to " + now.describe();
      Said lapseWords = holds ? null : !newest ? Said.of("protocol.plan.lapse.signed-again")
          : Said.of("protocol.plan.lapse.moved", sceneNumber, s.placement().said(), now.said());
      return new SignOff(s.capacity(), s.signedBy(), names.getOrDefault(s.signedBy(), "?"), s.signedAt(),
          s.placement().date(), s.placement().location(), holds, lapse, lapseWords);
    }).toList();
    return new Version(v.id(), v.version(), c.discharge(), c.load(), c.directionOfFire(),
        c.lines().stream().map(l -> new Line(l.weaponId(), l.weaponLabel(), l.weaponKind(), l.firearm(),
            l.performerId(), names.getOrDefault(l.performerId(), "?"), l.pointed(), l.pointedToward(),
            l.replicaReason())).toList(),
        c.lineOfFire().stream().map(e -> new InLine(e.personId(), e.thing(),
            e.personId() != null ? names.getOrDefault(e.personId(), "?") : e.thing(), e.protection(),
            e.distanceFeet())).toList(),
        v.changeNote(), v.recordedBy(), names.getOrDefault(v.recordedBy(), "?"), v.recordedAt(), signed);
  }

  /** The crew's names. */
  private Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }
}
