package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.RiskEvents.ProducerThresholdSet;
import org.setsafe.protocol.RiskEvents.RiskAssessmentDrafted;
import org.setsafe.protocol.RiskEvents.RiskAssessmentSigned;
import org.setsafe.protocol.RiskEvents.RiskSignOffRefused;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskApproval;
import org.setsafe.protocol.domain.RiskApproval.Status;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskAssessmentStore.Assessment;
import org.setsafe.protocol.domain.RiskMatrix;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.SceneNow;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.setsafe.shared.DecisionReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessments: the production's general one and one per high-risk scene (California Labor Code §9152;
 * ISO 45001 6.1.2), drafted by the safety advisor, UPM or 1st AD, signed by those who answer for them, versioned
 * and append-only. Whether one is approved is computed anew on every read from what was recorded and how the
 * scene stands now, so moving a scene or marking a new hazard on it lapses the approval at once (management of
 * change, ISO 45001 8.1.3).
 */
@Service
public class RiskAssessments {

  /** Roles that may draft an assessment or a new version of it. */
  static final Set<CrewRole> DRAFTERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.FIRST_AD);
  /** Roles that may set the residual rating at or above which the producer signs. */
  static final Set<CrewRole> THRESHOLD_SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);

  /** One hazard as shown: its entries with the ratings and bands worked out. */
  public record HazardView(String category, String categoryLabel, String whatCouldGoWrong, int likelihood,
      int severity, int rating, String band, List<Control> controls, int residualLikelihood, int residualSeverity,
      int residualRating, String residualBand) {

    static HazardView of(HazardEntry h) {
      return new HazardView(h.category().name(), h.category().label(), h.whatCouldGoWrong(), h.likelihood(),
          h.severity(), h.rating(), h.band().label(), h.controls(), h.residualLikelihood(), h.residualSeverity(),
          h.residualRating(), h.residualBand().label());
    }
  }

  /** A sign-off as shown; {@code standing} is false once the scene moved after it. */
  public record SignOffView(UUID id, int version, String duty, String dutyLabel, String role, UUID signedBy,
      String signedByName, Instant signedAt, LocalDate shootingDate, String location, boolean standing) {}

  public record VersionView(int version, String reason, UUID draftedBy, String draftedByName, Instant draftedAt,
      List<HazardView> hazards, List<SignOffView> signOffs) {}

  /** The verdict on the current version: approved, or what is missing and what lapsed, with why. */
  public record Approval(boolean approved, int version, List<String> required, List<String> signed,
      List<String> missing, List<String> missingLabels, List<String> lapses, int highestResidual,
      String highestResidualBand, int producerThreshold, String reason) {}

  /** An assessment with every version (newest first) and its approval now. */
  public record RiskAssessment(UUID assessmentId, UUID productionId, UUID sceneId, String title,
      List<String> sceneHazards, LocalDate shootingDate, String location, VersionView current,
      List<VersionView> versions, Approval approval) {}

  /**
   * Whether an assessment (the general one, or a scene's) stands approved now; {@code assessment} is empty when
   * there is none. {@code reason} says why it is not approved, with its source.
   */
  public record Standing(String what, Optional<RiskAssessment> assessment, boolean approved, String reason) {}

  private final RiskAssessmentStore store;
  private final Productions productions;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final ProductionAccess access;
  private final Schedule schedule;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int defaultProducerThreshold;
  private final RiskApproval approval = new RiskApproval();

  RiskAssessments(RiskAssessmentStore store, Productions productions, CrewList crew, ShootingSchedule shooting, ProductionAccess access,
      Schedule schedule, RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.protocol.high-residual-rating:12}") int defaultProducerThreshold) {
    this.store = store;
    this.productions = productions;
    this.crew = crew;
    this.shooting = shooting;
    this.access = access;
    this.schedule = schedule;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
    if (defaultProducerThreshold < 1 || defaultProducerThreshold > 25) {
      throw new IllegalStateException("setsafe.protocol.high-residual-rating must be 1 to 25");
    }
    this.defaultProducerThreshold = defaultProducerThreshold;
  }

  // ---- reading ----

  /** The production's general assessment, if drafted. */
  public Optional<RiskAssessment> general(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    return store.general(productionId).map(a -> view(production.id(), a, null));
  }

  /** The scene's assessment, if drafted. */
  public Optional<RiskAssessment> ofScene(UUID productionId, UUID sceneId) {
    Production production = access.require(productionId, Permission.VIEW);
    Scene scene = schedule.scene(productionId, sceneId);
    return store.ofScene(productionId, sceneId).map(a -> view(production.id(), a, scene));
  }

  /** Every assessment of the production, the general one and each scene's, with its approval now. */
  public List<RiskAssessment> all(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    return store.all(productionId).stream().map(a -> view(production.id(), a,
        a.sceneId() == null ? null : shooting.scene(productionId, a.sceneId()))).toList();
  }

  /** Whether the general assessment stands approved now, and if not why. */
  public Standing generalStanding(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return generalStandingOf(productionId);
  }

  /** Whether the scene's assessment stands approved now, and if not why. */
  public Standing sceneStanding(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return sceneStandingOf(shooting.scene(productionId, sceneId));
  }

  /** {@link #generalStanding} without an access check: for custody's issue gate, whose caller custody checked. */
  Standing generalStandingOf(UUID productionId) {
    return DecisionReads.kept(List.of(RiskAssessments.class, "general", productionId),
        () -> readGeneralStandingOf(productionId));
  }

  private Standing readGeneralStandingOf(UUID productionId) {
    String what = "The production's general risk assessment";
    Optional<RiskAssessment> assessment = store.general(productionId).map(a -> view(productionId, a, null));
    return standing(what, assessment, "The production has no general risk assessment (California Labor Code §9152).");
  }

  /**
   * {@link #sceneStanding} of the scene as loaded, without an access check: for custody's issue gate, and for the
   * scene's item on the day's agenda, drawn for someone who may see the production or inside the issue.
   */
  Standing sceneStandingOf(Scene scene) {
    // Read once for a decision: the risk gate and the meeting's item on the scene ask the same.
    return DecisionReads.kept(List.of(RiskAssessments.class, "scene", scene), () -> readSceneStandingOf(scene));
  }

  private Standing readSceneStandingOf(Scene scene) {
    String what = "Scene " + scene.number() + "'s risk assessment";
    if (!scene.highRisk()) {
      return new Standing(what, Optional.empty(), false, "Scene " + scene.number() + " is marked with no hazard in"
          + " the script breakdown, so it has no risk assessment; mark its hazards (California Labor Code §9152).");
    }
    Optional<RiskAssessment> assessment = store.ofScene(scene.productionId(), scene.id())
        .map(a -> view(scene.productionId(), a, scene));
    return standing(what, assessment, "Scene " + scene.number() + " has no risk assessment (California Labor Code"
        + " §9152).");
  }

  private static Standing standing(String what, Optional<RiskAssessment> assessment, String missing) {
    if (assessment.isEmpty()) {
      return new Standing(what, assessment, false, missing);
    }
    Approval a = assessment.get().approval();
    return new Standing(what, assessment, a.approved(), a.reason());
  }

  /** The residual rating at or above which the producer signs too, on this production. */
  public int producerThreshold(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return store.producerThreshold(productionId).orElse(defaultProducerThreshold);
  }

  // ---- drafting and signing ----

  /**
   * Drafts the next version of the general assessment ({@code sceneId} null) or of a high-risk scene's, creating
   * it on the first draft. Any edit is a new version, which starts unsigned; an edit says why.
   */
  @Transactional
  public RiskAssessment draft(UUID productionId, UUID sceneId, List<HazardEntry> hazards, String reason) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    Set<CrewRole> roles = productions.rolesOf(productionId, caller.id()).orElse(Set.of());
    if (roles.stream().noneMatch(DRAFTERS::contains)) {
      SecurityAudit.accessRefused(caller.getUsername(), "draft a risk assessment on production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only the safety advisor, the UPM or the 1st AD may draft a risk assessment.");
    }
    Scene scene = sceneId == null ? null : schedule.scene(productionId, sceneId);
    if (scene != null && !scene.highRisk()) {
      throw new ConflictException("sceneId", "HighRisk", "scene " + scene.number() + " is marked with no hazard in"
          + " the script breakdown; only a high-risk scene has an assessment of its own");
    }
    if (hazards == null || hazards.isEmpty() || hazards.size() > AssessmentVersion.MAX_HAZARDS) {
      throw new InvalidInputException("hazards", "Size", "an assessment has 1 to " + AssessmentVersion.MAX_HAZARDS
          + " hazards");
    }
    if (hazards.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidInputException("hazards", "NotNull", "every hazard entry needs its fields");
    }
    Instant now = clock.instant();
    Assessment assessment = (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId))
        .orElseGet(() -> create(productionId, sceneId, caller.id(), now));
    store.lock(assessment.id());
    int next = store.versions(assessment.id()).size() + 1;
    String why = next == 1 ? Text.optional("reason", reason, AssessmentVersion.MAX_REASON)
        : Text.required("reason", reason, AssessmentVersion.MAX_REASON);
    AssessmentVersion version = new AssessmentVersion(assessment.id(), next, hazards, why, caller.id(), now);
    store.insertVersion(productionId, version);
    events.publishEvent(new RiskAssessmentDrafted(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
        sceneId, next, why, version.hazards()));
    return view(production.id(), assessment, scene);
  }

  private Assessment create(UUID productionId, UUID sceneId, UUID by, Instant now) {
    Assessment created = new Assessment(UUID.randomUUID(), productionId, sceneId, by, now);
    if (store.insert(created)) {
      return created;
    }
    return (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId)).orElseThrow();
  }

  /**
   * Signs the current version for a duty the caller holds a role of. Someone not in the duty's role is refused,
   * and the attempt recorded. For a scene, the sign-off keeps the scene's day and location as they are now.
   */
  @Transactional
  public RiskAssessment sign(UUID productionId, UUID sceneId, int version, SignOffDuty duty) {
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    if (duty == null) {
      throw new InvalidInputException("duty", "Required", "duty is required: one of "
          + List.of(SignOffDuty.values()));
    }
    Scene scene = sceneId == null ? null : schedule.scene(productionId, sceneId);
    Assessment assessment = (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId))
        .orElseThrow(() -> new NotFoundException(sceneId == null ? "the production has no general risk assessment"
            : "scene " + scene.number() + " has no risk assessment"));
    store.lock(assessment.id());
    Set<CrewRole> roles = productions.rolesOf(productionId, caller.id()).orElse(Set.of());
    Optional<CrewRole> role = duty.heldBy(roles);
    Instant now = clock.instant();
    if (role.isEmpty()) {
      String reason = "Only " + duty.label() + " may sign for that duty (California Labor Code §9152).";
      refusals.record(new RiskSignOffRefused(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
          sceneId, version, duty.name(), RiskApproval.RULE, reason));
      SecurityAudit.accessRefused(caller.getUsername(), "sign risk assessment " + assessment.id() + " as " + duty,
          "role does not allow it");
      throw new AccessRefusedException(reason);
    }
    List<AssessmentVersion> versions = store.versions(assessment.id());
    AssessmentVersion current = versions.get(versions.size() - 1);
    if (version != current.version()) {
      throw new ConflictException("version", "Current", "version " + version + " is not the current version ("
          + current.version() + "); read the current one and sign it");
    }
    int threshold = store.producerThreshold(productionId).orElse(defaultProducerThreshold);
    if (!approval.required(current, threshold).contains(duty)) {
      throw new ConflictException("duty", "Required", "version " + version + " needs no sign-off of "
          + duty.label());
    }
    SceneNow now2 = scene == null ? null : sceneNow(productionId, scene);
    List<RiskSignOff> signOffs = store.signOffs(assessment.id()).stream().filter(s -> s.version() == version).toList();
    boolean alreadyStanding = signOffs.stream()
        .anyMatch(s -> s.duty() == duty && (now2 == null || now2.sameDayAndLocation(s)));
    if (alreadyStanding) {
      throw new ConflictException("duty", "Unique", "version " + version + " is already signed by " + duty.label());
    }
    RiskSignOff signOff = new RiskSignOff(UUID.randomUUID(), assessment.id(), version, duty, role.get(), caller.id(),
        now, now2 == null ? null : now2.shootingDate(), now2 == null ? null : now2.location());
    store.insertSignOff(productionId, signOff);
    events.publishEvent(new RiskAssessmentSigned(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
        sceneId, version, duty.name(), role.get().name(), signOff.shootingDate(), signOff.location()));
    return view(production.id(), assessment, scene);
  }

  /** Sets the production's residual rating at or above which the producer signs too (producer or UPM). */
  @Transactional
  public int setProducerThreshold(UUID productionId, int rating) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    Set<CrewRole> roles = productions.rolesOf(productionId, caller.id()).orElse(Set.of());
    if (roles.stream().noneMatch(THRESHOLD_SETTERS::contains)) {
      SecurityAudit.accessRefused(caller.getUsername(), "set the producer threshold on production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only a producer or the UPM may set when the producer signs.");
    }
    if (rating < 1 || rating > 25) {
      throw new InvalidInputException("highResidualRating", "Range", "highResidualRating must be 1 to 25");
    }
    Instant now = clock.instant();
    store.insertProducerThreshold(productionId, rating, caller.id(), now);
    events.publishEvent(new ProducerThresholdSet(UUID.randomUUID(), caller.id(), now, productionId, rating));
    return rating;
  }

  // ---- views ----

  private SceneNow sceneNow(UUID productionId, Scene scene) {
    ShootingDay day = scene.shootingDayId() == null ? null
        : shooting.day(productionId, scene.shootingDayId());
    return new SceneNow(scene.number(), day == null ? null : day.date(), day == null ? null : day.location(),
        scene.hazards());
  }

  private RiskAssessment view(UUID productionId, Assessment assessment, Scene scene) {
    List<AssessmentVersion> versions = store.versions(assessment.id());
    List<RiskSignOff> signOffs = store.signOffs(assessment.id());
    AssessmentVersion current = versions.get(versions.size() - 1);
    SceneNow now = scene == null ? null : sceneNow(productionId, scene);
    // The general and the scene's assessment of one decision weigh against the same threshold, read once.
    int threshold = DecisionReads.kept(List.of(RiskAssessments.class, "threshold", productionId),
        () -> store.producerThreshold(productionId).orElse(defaultProducerThreshold));
    List<RiskSignOff> ofCurrent = signOffs.stream().filter(s -> s.version() == current.version()).toList();
    boolean earlierSigned = signOffs.stream().anyMatch(s -> s.version() < current.version());
    Status status = approval.status(current, ofCurrent, earlierSigned, now, threshold);
    Map<UUID, String> names = crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
    String title = scene == null ? "General risk assessment" : "Scene " + scene.number() + " risk assessment";
    String what = scene == null ? "The production's general risk assessment"
        : "Scene " + scene.number() + "'s risk assessment";
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
        RiskMatrix.band(status.highestResidual()).label(), threshold, status.reason(what).orElse(null));
    return new RiskAssessment(assessment.id(), productionId, scene == null ? null : scene.id(), title,
        scene == null ? List.of() : scene.hazards().stream().map(Hazard::label).toList(),
        now == null ? null : now.shootingDate(), now == null ? null : now.location(), views.get(0), List.copyOf(views),
        verdict);
  }

  private static List<String> names(Set<SignOffDuty> duties) {
    return duties.stream().map(SignOffDuty::name).toList();
  }
}
