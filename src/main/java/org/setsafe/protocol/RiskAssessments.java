package org.setsafe.protocol;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.springframework.stereotype.Service;

/**
 * Risk assessments as everyone on the production reads them: the production's general one and one per high-risk
 * scene (California Labor Code §9152; ISO 45001 6.1.2), each with its versions and whether it is approved now, so
 * that moving a scene or marking a new hazard on it lapses the approval at once (management of change, ISO 45001
 * 8.1.3). Who may read is checked here, once; drafting and signing are {@link RiskDrafting} and
 * {@link RiskSignOffs}.
 */
@Service
public class RiskAssessments {

  private final RiskAssessmentStore store;
  private final RiskAssessmentReads reads;
  private final ProductionAccess access;
  private final ShootingSchedule shooting;

  RiskAssessments(RiskAssessmentStore store, RiskAssessmentReads reads, ProductionAccess access,
      ShootingSchedule shooting) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.shooting = shooting;
  }

  /** The production's general assessment, if drafted. */
  public Optional<RiskAssessment> general(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    return store.general(productionId).map(a -> reads.view(production.id(), a, null));
  }

  /** The scene's assessment, if drafted. */
  public Optional<RiskAssessment> ofScene(UUID productionId, UUID sceneId) {
    Production production = access.require(productionId, Permission.VIEW);
    Scene scene = shooting.scene(productionId, sceneId);
    return store.ofScene(productionId, sceneId).map(a -> reads.view(production.id(), a, scene));
  }

  /** Every assessment of the production, the general one and each scene's, with its approval now. */
  public List<RiskAssessment> all(UUID productionId) {
    Production production = access.require(productionId, Permission.VIEW);
    return store.all(productionId).stream().map(a -> reads.view(production.id(), a,
        a.sceneId() == null ? null : shooting.scene(productionId, a.sceneId()))).toList();
  }

  /** Whether the general assessment stands approved now, and if not why. */
  public Standing generalStanding(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return reads.generalStandingOf(productionId);
  }

  /** Whether the scene's assessment stands approved now, and if not why. */
  public Standing sceneStanding(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return reads.sceneStandingOf(shooting.scene(productionId, sceneId));
  }

  /** The residual rating at or above which the producer signs too, on this production. */
  public int producerThreshold(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return reads.producerThreshold(productionId);
  }
}
