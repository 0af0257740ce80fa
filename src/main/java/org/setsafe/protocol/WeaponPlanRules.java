package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.protocol.WeaponPlanEvents.PlanRulesSet;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production's rule for every weapon plan: the minimum distance from the muzzle for blanks, which everyone on
 * the production reads and the safety advisor sets; plans recorded from then on keep it.
 */
@Service
public class WeaponPlanRules {

  private final WeaponPlanStore store;
  private final ScenePlanReads reads;
  private final ProductionAccess access;
  private final PlanPermissions permissions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WeaponPlanRules(WeaponPlanStore store, ScenePlanReads reads, ProductionAccess access, PlanPermissions permissions,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.permissions = permissions;
    this.events = events;
    this.clock = clock;
  }

  /** The production's minimum distance from the muzzle for blanks, in feet; for everyone on the production. */
  public int minBlankDistanceFeet(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return reads.minimum(productionId);
  }

  /** The safety advisor sets the production's minimum distance for blanks; plans recorded from now on keep it. */
  @Transactional
  public int setMinBlankDistanceFeet(UUID productionId, Integer feet) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = PlanPermissions.caller();
    permissions.requireSafetyAdvisor(productionId, caller);
    if (feet == null || feet < 1 || feet > 500) {
      throw new InvalidInputException("minBlankDistanceFeet", "Range", "minBlankDistanceFeet must be 1 to 500 feet")
          .saying("input.protocol.min-blank-distance-range");
    }
    Instant now = clock.instant();
    store.insertRules(productionId, feet, caller.id(), now);
    events.publishEvent(new PlanRulesSet(UUID.randomUUID(), caller.id(), now, productionId, feet));
    return feet;
  }
}
