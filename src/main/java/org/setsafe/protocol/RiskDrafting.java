package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskEvents.RiskAssessmentDrafted;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskAssessmentStore.Assessment;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a risk assessment, the production's general one or a high-risk scene's, by the safety advisor, the UPM
 * or the 1st AD: the first draft creates it, every edit is a new version (append-only) which starts unsigned and
 * says why.
 */
@Service
public class RiskDrafting {

  /** Roles that may draft an assessment or a new version of it. */
  static final Set<CrewRole> DRAFTERS = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM, CrewRole.FIRST_AD);

  private final RiskAssessmentStore store;
  private final RiskAssessmentReads reads;
  private final ProductionAccess access;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RiskDrafting(RiskAssessmentStore store, RiskAssessmentReads reads, ProductionAccess access, CrewList crew,
      ShootingSchedule shooting, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.crew = crew;
    this.shooting = shooting;
    this.events = events;
    this.clock = clock;
  }

  /** Drafts the next version of the assessment the command names; the assessment as it now stands. */
  @Transactional
  public RiskAssessment draft(UUID productionId, DraftAssessment command) {
    UUID sceneId = command.sceneId();
    List<HazardEntry> hazards = command.hazards();
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(PlanPermissions::signInFirst);
    Set<CrewRole> roles = crew.rolesOf(productionId, caller.id()).orElse(Set.of());
    if (roles.stream().noneMatch(DRAFTERS::contains)) {
      SecurityAudit.accessRefused(caller.getUsername(), "draft a risk assessment on production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only the safety advisor, the UPM or the 1st AD may draft a risk assessment.")
          .saying("input.protocol.not-allowed.risk-draft");
    }
    Scene scene = sceneId == null ? null : shooting.scene(productionId, sceneId);
    if (scene != null && !scene.highRisk()) {
      throw new ConflictException("sceneId", "HighRisk", "scene " + scene.number() + " is marked with no hazard in"
          + " the script breakdown; only a high-risk scene has an assessment of its own")
          .saying("input.protocol.risk.not-high-risk", scene.number());
    }
    if (hazards == null || hazards.isEmpty() || hazards.size() > AssessmentVersion.MAX_HAZARDS) {
      throw new InvalidInputException("hazards", "Size", "an assessment has 1 to " + AssessmentVersion.MAX_HAZARDS
          + " hazards").saying("input.protocol.risk.hazards-size", AssessmentVersion.MAX_HAZARDS);
    }
    if (hazards.stream().anyMatch(Objects::isNull)) {
      throw new InvalidInputException("hazards", "NotNull", "every hazard entry needs its fields")
          .saying("input.protocol.risk.hazard-empty");
    }
    Instant now = clock.instant();
    Assessment assessment = (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId))
        .orElseGet(() -> create(productionId, sceneId, caller.id(), now));
    store.lock(assessment.id());
    int next = store.versions(assessment.id()).size() + 1;
    String why = next == 1 ? Text.optional("reason", command.reason(), AssessmentVersion.MAX_REASON)
        : Text.required("reason", command.reason(), AssessmentVersion.MAX_REASON);
    AssessmentVersion version = new AssessmentVersion(assessment.id(), next, hazards, why, caller.id(), now);
    store.insertVersion(productionId, version);
    events.publishEvent(new RiskAssessmentDrafted(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
        sceneId, next, why, version.hazards()));
    return reads.view(production.id(), assessment, scene);
  }

  private Assessment create(UUID productionId, UUID sceneId, UUID by, Instant now) {
    Assessment created = new Assessment(UUID.randomUUID(), productionId, sceneId, by, now);
    if (store.insert(created)) {
      return created;
    }
    return (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId)).orElseThrow();
  }
}
