package org.setsafe.protocol;

import java.util.UUID;
import org.setsafe.protocol.domain.SignOffCapacity;

/**
 * A step someone asks to take on a scene's weapon plan, on the production it is sent for
 * ({@code signOffs.sign(productionId, new SignPlan(sceneId, version, capacity))}, not two scene-and-production UUIDs
 * in a row). What it carries is checked by the use case that takes it, in the order the refusals have always come
 * (who may, then what was sent).
 */
public interface WeaponPlanCommand {

  UUID sceneId();

  /** Record a new version of the scene's plan. */
  record RecordPlan(UUID sceneId, PlanDraft plan) implements WeaponPlanCommand {}

  /**
   * Sign the plan's version in force in a capacity (null: the one the signer's roles give, when only one does);
   * {@code version} is the version the signer read.
   */
  record SignPlan(UUID sceneId, Integer version, SignOffCapacity capacity) implements WeaponPlanCommand {}

  /** Call an unplanned rehearsal with weapons on the scene. */
  record CallRehearsal(UUID sceneId, String note) implements WeaponPlanCommand {}

  /** Clear the scene's open unplanned rehearsal in a capacity (null: the one the caller's roles give). */
  record ClearRehearsal(UUID sceneId, SignOffCapacity capacity, String note) implements WeaponPlanCommand {}
}
