package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRefused;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanSigned;
import org.setsafe.protocol.domain.PlanApproval;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The armorer's and the safety advisor's sign-offs on a plan's version in force, each attesting every weapon,
 * pointing, real-firearm reason and line-of-fire entry in it for the scene's shooting day and location as they are
 * then; a move of the scene lapses them. Two people sign: one person holding both capacities signs in one only.
 */
@Service
public class PlanSignOffs {

  public static final String TWO_PEOPLE = "protocol.two-people-sign";

  private final WeaponPlanStore store;
  private final ScenePlanReads reads;
  private final ProductionAccess access;
  private final PlanPermissions permissions;
  private final ShootingSchedule shooting;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PlanSignOffs(WeaponPlanStore store, ScenePlanReads reads, ProductionAccess access, PlanPermissions permissions,
      ShootingSchedule shooting, RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.permissions = permissions;
    this.shooting = shooting;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Signs the plan's current version in the command's capacity, for the scene's day and location now; a newer
   * version than the one the signer read is refused. The plan as it now stands.
   */
  @Transactional
  public ScenePlan sign(UUID productionId, SignPlan command) {
    UUID sceneId = command.sceneId();
    Integer version = command.version();
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = PlanPermissions.caller();
    SignOffCapacity as = permissions.capacityOf(productionId, caller, command.capacity(),
        "sign the weapon plan of scene " + sceneId);
    Scene scene = shooting.scene(productionId, sceneId);
    PlanVersion current = reads.current(scene).orElseThrow(() -> new NotFoundException(
        "scene " + scene.number() + " has no weapon plan to sign")
        .saying("input.protocol.not-found.plan-to-sign", scene.number()));
    if (version == null) {
      throw new InvalidInputException("version", "Required", "version is required: the plan version you read and sign")
          .saying("input.protocol.plan.version-required");
    }
    if (version != current.version()) {
      throw new ConflictException("version", "Current", "version " + version + " is not the plan in force; version "
          + current.version() + " is: read it and sign that")
          .saying("input.protocol.plan.version-not-current", version, current.version());
    }
    ScenePlacement now = reads.placementOf(scene);
    List<PlanSignOff> ofVersion = store.signOffs(productionId, sceneId).stream()
        .filter(s -> s.planVersionId().equals(current.id())).toList();
    for (PlanSignOff signed : PlanApproval.newestPerCapacity(ofVersion)) {
      if (signed.placement().sameAs(now) && signed.capacity() == as) {
        throw new ConflictException("capacity", "Unique", "version " + current.version() + " is already signed as "
            + as.label().toLowerCase(Locale.ROOT) + " for " + now.describe())
            .saying("input.protocol.plan.already-signed", current.version(),
                Said.of("protocol.capacity.lower." + as.name()), now.said());
      }
      if (signed.placement().sameAs(now) && signed.capacity() != as && signed.signedBy().equals(caller.id())) {
        String reason = "You signed version " + current.version() + " as " + signed.capacity().label()
            .toLowerCase(Locale.ROOT) + ": the other sign-off is another person's, so two people have"
            + " checked the plan (the safety advisor has no other role, California Labor Code §9151).";
        UUID refusalId = UUID.randomUUID();
        refusals.record(new WeaponPlanRefused(refusalId, caller.id(), clock.instant(), productionId, sceneId,
            "sign the weapon plan as " + as.name(), "capacity", TWO_PEOPLE, reason));
        throw new RuleRefusedException("capacity", TWO_PEOPLE, reason, refusalId.toString())
            .saying("reason.protocol.two-people-sign", current.version(),
                Said.of("protocol.capacity.lower." + signed.capacity().name()));
      }
    }
    Instant at = clock.instant();
    PlanSignOff signOff = new PlanSignOff(UUID.randomUUID(), current.id(), productionId, sceneId, as, caller.id(),
        at, now);
    store.insertSignOff(signOff);
    events.publishEvent(new WeaponPlanSigned(UUID.randomUUID(), caller.id(), at, productionId, sceneId, current.id(),
        current.version(), as.name(), now.shootingDayId(), now.date(), now.location()));
    return reads.planOf(scene);
  }
}
