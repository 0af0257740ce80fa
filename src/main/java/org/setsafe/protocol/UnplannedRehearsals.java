package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.WeaponPlanCommand.CallRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.ClearRehearsal;
import org.setsafe.protocol.WeaponPlanEvents.RehearsalCleared;
import org.setsafe.protocol.WeaponPlanEvents.UnplannedRehearsalCalled;
import org.setsafe.protocol.domain.RehearsalCall;
import org.setsafe.protocol.domain.RehearsalClearance;
import org.setsafe.protocol.domain.RehearsalStatus;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unplanned rehearsals with weapons: the 1st AD (or the armorer) calls one on a scene, and from then no weapon is
 * issued for it until the armorer and the safety advisor each record a fresh clearance.
 */
@Service
public class UnplannedRehearsals {

  private final WeaponPlanStore store;
  private final ScenePlanReads reads;
  private final ProductionAccess access;
  private final PlanPermissions permissions;
  private final ShootingSchedule shooting;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  UnplannedRehearsals(WeaponPlanStore store, ScenePlanReads reads, ProductionAccess access,
      PlanPermissions permissions, ShootingSchedule shooting, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.permissions = permissions;
    this.shooting = shooting;
    this.events = events;
    this.clock = clock;
  }

  /** Calls an unplanned rehearsal with weapons on the scene; the plan as it now stands. */
  @Transactional
  public ScenePlan call(UUID productionId, CallRehearsal command) {
    UUID sceneId = command.sceneId();
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = PlanPermissions.caller();
    permissions.requireRehearsalCaller(productionId, caller, sceneId);
    Scene scene = shooting.scene(productionId, sceneId);
    String text = Text.optional("note", command.note(), PlanDraft.MAX_TEXT);
    Instant now = clock.instant();
    RehearsalCall call = new RehearsalCall(UUID.randomUUID(), productionId, sceneId, caller.id(), now, text);
    store.insertRehearsal(call);
    events.publishEvent(new UnplannedRehearsalCalled(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        call.id(), text));
    return reads.planOf(scene);
  }

  /** Records the armorer's or the safety advisor's fresh clearance of the scene's open unplanned rehearsal. */
  @Transactional
  public ScenePlan clear(UUID productionId, ClearRehearsal command) {
    UUID sceneId = command.sceneId();
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = PlanPermissions.caller();
    SignOffCapacity as = permissions.capacityOf(productionId, caller, command.capacity(),
        "clear a rehearsal on scene " + sceneId);
    Scene scene = shooting.scene(productionId, sceneId);
    RehearsalStatus status = store.rehearsals(productionId, sceneId).status();
    if (!status.uncleared()) {
      throw new ConflictException("rehearsal", "Open", "no unplanned rehearsal on scene " + scene.number()
          + " waits for a clearance").saying("input.protocol.rehearsal.none-open", scene.number());
    }
    if (!status.awaiting().contains(as)) {
      throw new ConflictException("capacity", "Unique", "the rehearsal is already cleared by "
          + as.label().toLowerCase(Locale.ROOT)).saying("input.protocol.rehearsal.already-cleared",
          Said.of("protocol.capacity.lower." + as.name()));
    }
    String text = Text.optional("note", command.note(), PlanDraft.MAX_TEXT);
    Instant now = clock.instant();
    store.insertClearance(new RehearsalClearance(UUID.randomUUID(), status.open().id(), as, caller.id(), now, text));
    events.publishEvent(new RehearsalCleared(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        status.open().id(), as.name(), text));
    return reads.planOf(scene);
  }
}
