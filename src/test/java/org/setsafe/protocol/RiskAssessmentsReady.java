package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.Crew;
import org.setsafe.ReadyToShoot;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffDuty;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The risk assessments' part of getting a scene ready for a weapon: the scene marked a firearms scene, the
 * production's general assessment and the scene's own drafted by the safety advisor, covering every hazard marked
 * on the scene, and signed by everyone they call for, each signed in as themselves. Does nothing when both are
 * approved already.
 */
@Component
@Order(20)
class RiskAssessmentsReady implements ReadyToShoot.Step {

  private final Crew crew;
  private final Productions productions;
  private final Schedule schedule;
  private final RiskAssessments assessments;
  private final RiskDrafting drafting;
  private final RiskSignOffs signOffs;

  /** Crew runs every step, so it reaches this one lazily. */
  RiskAssessmentsReady(@Lazy Crew crew, Productions productions, Schedule schedule, RiskAssessments assessments,
      RiskDrafting drafting, RiskSignOffs signOffs) {
    this.crew = crew;
    this.productions = productions;
    this.schedule = schedule;
    this.assessments = assessments;
    this.drafting = drafting;
    this.signOffs = signOffs;
  }

  @Override
  public void prepare(UUID productionId, UUID sceneId, UUID weaponId, UUID performerId) {
    List<Member> members = SystemActor.call(() -> productions.members(productionId));
    Scene scene = SystemActor.call(() -> schedule.scene(productionId, sceneId));
    if (!scene.hasFirearms()) {
      Set<Hazard> hazards = EnumSet.of(Hazard.FIREARMS);
      hazards.addAll(scene.hazards());
      crew.as(holder(members, CrewRole.FIRST_AD, CrewRole.UPM, CrewRole.PRODUCER),
          () -> schedule.markHazards(productionId, sceneId, hazards));
    }
    ready(productionId, null, members);
    ready(productionId, sceneId, members);
  }

  private void ready(UUID productionId, UUID sceneId, List<Member> members) {
    Standing standing = SystemActor.call(() -> sceneId == null ? assessments.generalStanding(productionId)
        : assessments.sceneStanding(productionId, sceneId));
    if (standing.approved()) {
      return;
    }
    RiskAssessment assessment = standing.assessment().orElse(null);
    List<String> uncovered = new ArrayList<>();
    Set<RiskCategory> needed = sceneId == null ? Set.of(RiskCategory.GENERAL) : categoriesOf(productionId, sceneId);
    Set<String> covered = new java.util.HashSet<>();
    if (assessment != null) {
      assessment.current().hazards().forEach(h -> covered.add(h.category()));
    }
    needed.stream().filter(c -> !covered.contains(c.name())).forEach(c -> uncovered.add(c.name()));
    if (assessment == null || !uncovered.isEmpty()) {
      List<HazardEntry> hazards = new ArrayList<>();
      if (assessment != null) {
        assessment.current().hazards().forEach(h -> hazards.add(new HazardEntry(RiskCategory.valueOf(h.category()),
            h.whatCouldGoWrong(), h.likelihood(), h.severity(), h.controls(), h.residualLikelihood(),
            h.residualSeverity())));
      }
      uncovered.forEach(c -> hazards.add(entry(RiskCategory.valueOf(c))));
      String drafter = holder(members, CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.FIRST_AD);
      assessment = crew.as(drafter, () -> drafting.draft(productionId, new DraftAssessment(sceneId, hazards,
          "Covers every hazard marked on the scene.")));
    }
    for (String duty : assessment.approval().missing()) {
      SignOffDuty d = SignOffDuty.valueOf(duty);
      int version = assessment.current().version();
      crew.as(holder(members, d.roles().toArray(CrewRole[]::new)),
          () -> signOffs.sign(productionId, new SignAssessment(sceneId, version, d)));
    }
  }

  private Set<RiskCategory> categoriesOf(UUID productionId, UUID sceneId) {
    Set<RiskCategory> categories = new java.util.LinkedHashSet<>();
    SystemActor.call(() -> schedule.scene(productionId, sceneId)).hazards()
        .forEach(h -> categories.add(RiskCategory.of(h)));
    return categories;
  }

  /** A hazard kept low by its controls, so the producer need not sign. */
  static HazardEntry entry(RiskCategory category) {
    return new HazardEntry(category, category.label() + ": someone is hurt if the controls fail.", 3, 5,
        List.of(new Control(ControlLevel.SUBSTITUTION, "Replica or VFX wherever the shot allows."),
            new Control(ControlLevel.ADMINISTRATIVE, "Rehearsed at walking pace with the department head present.")),
        1, 4);
  }

  private static String holder(List<Member> members, CrewRole... roles) {
    for (CrewRole role : roles) {
      for (Member m : members) {
        if (m.holds(role)) {
          return m.username();
        }
      }
    }
    throw new IllegalStateException("no one on the production holds " + List.of(roles)
        + "; add them to the test production");
  }
}
