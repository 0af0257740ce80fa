package org.setsafe.protocol;

import java.util.Map;
import java.util.UUID;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.ShootingSchedule;
import org.springframework.stereotype.Service;

/**
 * The weapon plans as everyone on the production reads them, on the pages, through the API and in what needs their
 * signature: each scene's plan with every version, its sign-offs and approval now, and its rehearsals. Who may
 * read is checked here, once; the plans themselves are read through {@link ScenePlanReads}. Drafting, signing and
 * rehearsals are {@link PlanDrafting}, {@link PlanSignOffs} and {@link UnplannedRehearsals}.
 */
@Service
public class WeaponPlans {

  private final ScenePlanReads reads;
  private final ProductionAccess access;
  private final ShootingSchedule shooting;

  WeaponPlans(ScenePlanReads reads, ProductionAccess access, ShootingSchedule shooting) {
    this.reads = reads;
    this.access = access;
    this.shooting = shooting;
  }

  /** The scene's plan with every version, its approval now and its rehearsals; for everyone on the production. */
  public ScenePlan plan(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return reads.planOf(shooting.scene(productionId, sceneId));
  }

  /** The current version of every plan of the production, with its approval now; for readiness and what needs you. */
  public Map<UUID, ScenePlan> plansOf(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return reads.plansOf(productionId);
  }
}
