package org.setsafe.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.CrewList;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.RiskAssessment.Approval;
import org.setsafe.protocol.RiskAssessment.HazardView;
import org.setsafe.protocol.RiskAssessment.SignOffView;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.protocol.RiskAssessment.VersionView;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.RiskApproval;
import org.setsafe.protocol.domain.RiskApproval.Status;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskAssessmentStore.Assessment;
import org.setsafe.protocol.domain.RiskAssessmentStore.ForIssue;
import org.setsafe.protocol.domain.RiskMatrix;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.SceneNow;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.DecisionReads;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The risk assessments read without an access check, for those whose caller was checked already: the read model
 * and the use cases after their own check, the day's agenda drawn for someone who may see the production, and
 * custody's issue gate, whose caller custody checked. Whether one is approved is computed anew on every read from
 * what was recorded and how the scene stands now; within one decision the standings are read once.
 */
@Component
class RiskAssessmentReads {

  private final RiskAssessmentStore store;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final int defaultProducerThreshold;
  private final RiskApproval approval = new RiskApproval();

  RiskAssessmentReads(RiskAssessmentStore store, CrewList crew, ShootingSchedule shooting,
      @Value("${setsafe.protocol.high-residual-rating:12}") int defaultProducerThreshold) {
    this.store = store;
    this.crew = crew;
    this.shooting = shooting;
    if (defaultProducerThreshold < 1 || defaultProducerThreshold > 25) {
      throw new IllegalStateException("setsafe.protocol.high-residual-rating must be 1 to 25");
    }
    this.defaultProducerThreshold = defaultProducerThreshold;
  }

  /** The residual rating at or above which the producer signs too, on this production. */
  int producerThreshold(UUID productionId) {
    return store.producerThreshold(productionId).orElse(defaultProducerThreshold);
  }

  /** Whether the production's general assessment stands approved now, and if not why. */
  Standing generalStandingOf(UUID productionId) {
    return DecisionReads.kept(List.of(RiskAssessmentReads.class, "general", productionId),
        () -> readGeneralStandingOf(productionId));
  }

  /**
   * Both standings a firearm issue weighs, the production's general assessment and the scene's: read together
   * (the assessments with their versions, their sign-offs and the producer threshold: one statement, not seven)
   * and kept for the decision, so the meeting's item on the scene judges from the same reads.
   */
  Standings forIssue(Scene scene) {
    UUID productionId = scene.productionId();
    ForIssue read = DecisionReads.kept(List.of(RiskAssessmentReads.class, "both", scene.id()),
        () -> store.generalAndOfScene(productionId, scene.id()));
    List<Assessment> both = read.assessments();
    Map<UUID, List<AssessmentVersion>> versions = read.versions();
    Map<UUID, List<RiskSignOff>> signOffs = read.signOffs();
    if (!both.isEmpty()) {
      // Read with the assessments, so only known when there is one to weigh against it.
      DecisionReads.kept(List.of(RiskAssessmentReads.class, "threshold", productionId),
          () -> read.producerThreshold().orElse(defaultProducerThreshold));
    }
    for (Assessment a : both) {
      DecisionReads.kept(List.of(RiskAssessmentReads.class, a.sceneId() == null ? "general assessment" : "scene's assessment",
          a.sceneId() == null ? productionId : a.sceneId()), () -> Optional.of(a));
      DecisionReads.kept(List.of(RiskAssessmentReads.class, "versions", a.id()),
          () -> versions.getOrDefault(a.id(), List.of()));
      DecisionReads.kept(List.of(RiskAssessmentReads.class, "sign-offs", a.id()),
          () -> signOffs.getOrDefault(a.id(), List.of()));
    }
    if (both.stream().noneMatch(a -> a.sceneId() == null)) {
      DecisionReads.kept(List.of(RiskAssessmentReads.class, "general assessment", productionId), Optional::empty);
    }
    if (both.stream().noneMatch(a -> scene.id().equals(a.sceneId()))) {
      DecisionReads.kept(List.of(RiskAssessmentReads.class, "scene's assessment", scene.id()), Optional::empty);
    }
    return new Standings(generalStandingOf(productionId), sceneStandingOf(scene));
  }

  /** The production's general assessment's standing and the scene's. */
  record Standings(Standing general, Standing ofScene) {}

  private Standing readGeneralStandingOf(UUID productionId) {
    Optional<Assessment> general = DecisionReads.kept(List.of(RiskAssessmentReads.class, "general assessment",
        productionId), () -> store.general(productionId));
    return standing(what(null), general.map(a -> judged(productionId, a, null)),
        new Refusal(RiskApproval.RULE, "The production has no general risk assessment (California Labor Code §9152).")
            .saying("reason.protocol.risk-assessment.no-general"));
  }

  /** Whether the scene's assessment, the scene as loaded, stands approved now, and if not why. */
  Standing sceneStandingOf(Scene scene) {
    // Read once for a decision: the risk gate and the meeting's item on the scene ask the same.
    return DecisionReads.kept(List.of(RiskAssessmentReads.class, "scene", scene), () -> readSceneStandingOf(scene));
  }

  private Standing readSceneStandingOf(Scene scene) {
    if (!scene.highRisk()) {
      return standing(what(scene), Optional.empty(), new Refusal(RiskApproval.RULE, "Scene " + scene.number()
          + " is marked with no hazard in the script breakdown, so it has no risk assessment; mark its hazards"
          + " (California Labor Code §9152).").saying("reason.protocol.risk-assessment.not-high-risk", scene.number()));
    }
    Optional<Assessment> ofScene = DecisionReads.kept(List.of(RiskAssessmentReads.class, "scene's assessment",
        scene.id()), () -> store.ofScene(scene.productionId(), scene.id()));
    return standing(what(scene), ofScene.map(a -> judged(scene.productionId(), a, scene)), new Refusal(RiskApproval.RULE, "Scene " + scene.number()
            + " has no risk assessment (California Labor Code §9152).")
            .saying("reason.protocol.risk-assessment.none", scene.number()));
  }

  private static Standing standing(String what, Optional<Judged> judged, Refusal missing) {
    if (judged.isEmpty()) {
      return new Standing(what, Optional.empty(), false, missing.reason(), missing.said());
    }
    Optional<Refusal> why = judged.get().why();
    return new Standing(what, Optional.of(judged.get().assessment()), why.isEmpty(),
        why.map(Refusal::reason).orElse(null), why.map(Refusal::said).orElse(null));
  }

  /** "The production's general risk assessment", "Scene 12A's risk assessment": how its reasons name it. */
  private static String what(Scene scene) {
    return scene == null ? "The production's general risk assessment"
        : "Scene " + scene.number() + "'s risk assessment";
  }

  private static Said whatSaid(Scene scene) {
    return scene == null ? Said.of("reason.protocol.risk-assessment.general")
        : Said.of("reason.protocol.risk-assessment.of-scene", scene.number());
  }

  /** An assessment as read, and why it is not approved now (empty when it is), with the reason's words. */
  private record Judged(RiskAssessment assessment, Optional<Refusal> why) {}

  /** Where and when the scene shoots now, and its hazards, as a sign-off keeps them. */
  SceneNow sceneNow(UUID productionId, Scene scene) {
    ShootingDay day = scene.shootingDayId() == null ? null
        : shooting.day(productionId, scene.shootingDayId());
    return new SceneNow(scene.number(), day == null ? null : day.date(), day == null ? null : day.location(),
        scene.hazards());
  }

  /** The assessment with every version and its approval now; {@code scene} null for the general one. */
  RiskAssessment view(UUID productionId, Assessment assessment, Scene scene) {
    return judged(productionId, assessment, scene).assessment();
  }

  private Judged judged(UUID productionId, Assessment assessment, Scene scene) {
    List<AssessmentVersion> versions = DecisionReads.kept(List.of(RiskAssessmentReads.class, "versions",
        assessment.id()), () -> store.versions(assessment.id()));
    List<RiskSignOff> signOffs = DecisionReads.kept(List.of(RiskAssessmentReads.class, "sign-offs", assessment.id()),
        () -> store.signOffs(assessment.id()));
    AssessmentVersion current = versions.get(versions.size() - 1);
    SceneNow now = scene == null ? null : sceneNow(productionId, scene);
    // The general and the scene's assessment of one decision weigh against the same threshold, read once.
    int threshold = DecisionReads.kept(List.of(RiskAssessmentReads.class, "threshold", productionId),
        () -> producerThreshold(productionId));
    List<RiskSignOff> ofCurrent = signOffs.stream().filter(s -> s.version() == current.version()).toList();
    boolean earlierSigned = signOffs.stream().anyMatch(s -> s.version() < current.version());
    Status status = approval.status(current, ofCurrent, earlierSigned, now, threshold);
    Map<UUID, String> names = crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
    String title = scene == null ? "General risk assessment" : "Scene " + scene.number() + " risk assessment";
    Optional<Refusal> why = status.refusal(what(scene), whatSaid(scene));
    List<VersionView> views = new ArrayList<>();
    for (AssessmentVersion v : versions) {
      List<SignOffView> signed = signOffs.stream().filter(s -> s.version() == v.version())
          .map(s -> new SignOffView(s.id(), s.version(), s.duty().name(), s.duty().label(), s.role().label(),
              s.signedBy(), names.getOrDefault(s.signedBy(), String.valueOf(s.signedBy())), s.signedAt(),
              s.shootingDate(), s.location(), v.version() == current.version() && (now == null
              || now.sameDayAndLocation(s))))
          .toList();
      views.add(new VersionView(v.version(), v.reason(), v.draftedBy(),
          names.getOrDefault(v.draftedBy(), String.valueOf(v.draftedBy())), v.draftedAt(),
          v.hazards().stream().map(HazardView::of).toList(), signed));
    }
    views.sort(Comparator.comparingInt(VersionView::version).reversed());
    Approval verdict = new Approval(status.approved(), status.version(), names(status.required()),
        names(status.signed()), names(status.missing()),
        status.missing().stream().map(SignOffDuty::label).toList(), status.lapses(), status.highestResidual(),
        RiskMatrix.band(status.highestResidual()).label(), threshold, why.map(Refusal::reason).orElse(null),
        status.lapseWords());
    return new Judged(new RiskAssessment(assessment.id(), productionId, scene == null ? null : scene.id(), title,
        scene == null ? List.of() : scene.hazards().stream().map(Hazard::label).toList(),
        now == null ? null : now.shootingDate(), now == null ? null : now.location(), views.get(0), List.copyOf(views),
        verdict, scene == null ? Said.of("protocol.needs-you.risk.general")
            : Said.of("protocol.needs-you.risk.of-scene", scene.number())), why);
  }

  private static List<String> names(Set<SignOffDuty> duties) {
    return duties.stream().map(SignOffDuty::name).toList();
  }
}
