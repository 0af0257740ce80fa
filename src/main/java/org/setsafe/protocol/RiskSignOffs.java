package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.RiskEvents.ProducerThresholdSet;
import org.setsafe.protocol.RiskEvents.RiskAssessmentSigned;
import org.setsafe.protocol.RiskEvents.RiskSignOffRefused;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.RiskApproval;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskAssessmentStore.Assessment;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.SceneNow;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a risk assessment's current version, each signer for a duty one of their roles answers for (California
 * Labor Code §9152), and setting the residual rating from which the producer signs too. A signer without the
 * duty's role is refused and the attempt recorded; a scene's sign-off keeps the scene's day and location as they
 * are then, so a move lapses it.
 */
@Service
public class RiskSignOffs {

  /** Roles that may set the residual rating at or above which the producer signs. */
  static final Set<CrewRole> THRESHOLD_SETTERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);

  private final RiskAssessmentStore store;
  private final RiskAssessmentReads reads;
  private final ProductionAccess access;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final RiskApproval approval = new RiskApproval();

  RiskSignOffs(RiskAssessmentStore store, RiskAssessmentReads reads, ProductionAccess access, CrewList crew,
      ShootingSchedule shooting, RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.crew = crew;
    this.shooting = shooting;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  /** Signs the version the command names, which must be the current one; the assessment as it now stands. */
  @Transactional
  public RiskAssessment sign(UUID productionId, SignAssessment command) {
    UUID sceneId = command.sceneId();
    int version = command.version();
    SignOffDuty duty = command.duty();
    Production production = access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(PlanPermissions::signInFirst);
    if (duty == null) {
      throw new InvalidInputException("duty", "Required", "duty is required: one of "
          + List.of(SignOffDuty.values())).saying("input.protocol.risk.duty-required", List.of(SignOffDuty.values()));
    }
    Scene scene = sceneId == null ? null : shooting.scene(productionId, sceneId);
    Assessment assessment = (sceneId == null ? store.general(productionId) : store.ofScene(productionId, sceneId))
        .orElseThrow(() -> sceneId == null
            ? new NotFoundException("the production has no general risk assessment")
                .saying("input.protocol.not-found.risk-assessment.general")
            : new NotFoundException("scene " + scene.number() + " has no risk assessment")
                .saying("input.protocol.not-found.risk-assessment.of-scene", scene.number()));
    store.lock(assessment.id());
    Set<CrewRole> roles = crew.rolesOf(productionId, caller.id()).orElse(Set.of());
    Optional<CrewRole> role = duty.heldBy(roles);
    Instant now = clock.instant();
    if (role.isEmpty()) {
      String reason = "Only " + duty.label() + " may sign for that duty (California Labor Code §9152).";
      refusals.record(new RiskSignOffRefused(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
          sceneId, version, duty.name(), RiskApproval.RULE, reason));
      SecurityAudit.accessRefused(caller.getUsername(), "sign risk assessment " + assessment.id() + " as " + duty,
          "role does not allow it");
      throw new AccessRefusedException(reason)
          .saying("input.protocol.not-allowed.risk-duty", Said.of("protocol.duty." + duty.name()));
    }
    List<AssessmentVersion> versions = store.versions(assessment.id());
    AssessmentVersion current = versions.get(versions.size() - 1);
    if (version != current.version()) {
      throw new ConflictException("version", "Current", "version " + version + " is not the current version ("
          + current.version() + "); read the current one and sign it")
          .saying("input.protocol.risk.version-not-current", version, current.version());
    }
    int threshold = reads.producerThreshold(productionId);
    if (!approval.required(current, threshold).contains(duty)) {
      throw new ConflictException("duty", "Required", "version " + version + " needs no sign-off of "
          + duty.label())
          .saying("input.protocol.risk.duty-not-needed", version, Said.of("protocol.duty." + duty.name()));
    }
    SceneNow sceneNow = scene == null ? null : reads.sceneNow(productionId, scene);
    List<RiskSignOff> signOffs = store.signOffs(assessment.id()).stream().filter(s -> s.version() == version).toList();
    boolean alreadyStanding = signOffs.stream()
        .anyMatch(s -> s.duty() == duty && (sceneNow == null || sceneNow.sameDayAndLocation(s)));
    if (alreadyStanding) {
      throw new ConflictException("duty", "Unique", "version " + version + " is already signed by " + duty.label())
          .saying("input.protocol.risk.already-signed", version, Said.of("protocol.duty." + duty.name()));
    }
    RiskSignOff signOff = new RiskSignOff(UUID.randomUUID(), assessment.id(), version, duty, role.get(), caller.id(),
        now, sceneNow == null ? null : sceneNow.shootingDate(), sceneNow == null ? null : sceneNow.location());
    store.insertSignOff(productionId, signOff);
    events.publishEvent(new RiskAssessmentSigned(UUID.randomUUID(), caller.id(), now, productionId, assessment.id(),
        sceneId, version, duty.name(), role.get().name(), signOff.shootingDate(), signOff.location()));
    return reads.view(production.id(), assessment, scene);
  }

  /** Sets the production's residual rating at or above which the producer signs too (producer or UPM). */
  @Transactional
  public int setProducerThreshold(UUID productionId, int rating) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = SignedInUser.current().orElseThrow(PlanPermissions::signInFirst);
    Set<CrewRole> roles = crew.rolesOf(productionId, caller.id()).orElse(Set.of());
    if (roles.stream().noneMatch(THRESHOLD_SETTERS::contains)) {
      SecurityAudit.accessRefused(caller.getUsername(), "set the producer threshold on production " + productionId,
          "role does not allow it");
      throw new AccessRefusedException("Only a producer or the UPM may set when the producer signs.")
          .saying("input.protocol.not-allowed.producer-threshold");
    }
    if (rating < 1 || rating > 25) {
      throw new InvalidInputException("highResidualRating", "Range", "highResidualRating must be 1 to 25")
          .saying("input.protocol.risk.threshold-range");
    }
    Instant now = clock.instant();
    store.insertProducerThreshold(productionId, rating, caller.id(), now);
    events.publishEvent(new ProducerThresholdSet(UUID.randomUUID(), caller.id(), now, productionId, rating));
    return rating;
  }
}
