package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanEvents.InLineOfFire;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRecorded;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRefused;
import org.setsafe.protocol.domain.PlanContext;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanPolicies;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting and editing a scene's weapon plan: each edit a new version, the earlier ones kept, checked against every
 * plan rule first; a plan breaking one is refused (and the refusal recorded), never stored. The new version needs
 * both sign-offs afresh. The armorer, the property master and the safety advisor write the plans.
 */
@Service
public class PlanDrafting {

  private final WeaponPlanStore store;
  private final ScenePlanReads reads;
  private final ProductionAccess access;
  private final PlanPermissions permissions;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final Armory armory;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final WeaponPlanPolicies policies = new WeaponPlanPolicies();

  PlanDrafting(WeaponPlanStore store, ScenePlanReads reads, ProductionAccess access, PlanPermissions permissions,
      CrewList crew, ShootingSchedule shooting, Armory armory, RefusalRecorder refusals,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.reads = reads;
    this.access = access;
    this.permissions = permissions;
    this.crew = crew;
    this.shooting = shooting;
    this.armory = armory;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  /** Records the next version of the scene's plan; the plan as it now stands. */
  @Transactional
  public ScenePlan record(UUID productionId, RecordPlan command) {
    UUID sceneId = command.sceneId();
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = PlanPermissions.caller();
    permissions.requirePlanner(productionId, caller, sceneId);
    Scene scene = shooting.scene(productionId, sceneId);
    PlanDraft draft = command.plan();
    if (draft == null) {
      throw new InvalidInputException("plan", "Required", "the plan is required")
          .saying("input.protocol.plan.required");
    }
    Map<UUID, WeaponEntry> register = armory.weapons(productionId).stream()
        .collect(Collectors.toMap(w -> w.weapon().id(), Function.identity(), (a, b) -> b));
    WeaponPlanContent content = draft.content(register);
    String changeNote = Text.optional("changeNote", draft.changeNote(), PlanDraft.MAX_TEXT);
    PlanContext context = new PlanContext(scene.number(), scene.cast(),
        register.values().stream().collect(Collectors.toMap(w -> w.weapon().id(), w -> w.weapon().kind())),
        crew.members(productionId).stream().map(Member::userId).collect(Collectors.toSet()),
        reads.minimum(productionId));
    Optional<Refusal> refused = policies.check(content, context);
    if (refused.isPresent()) {
      Refusal r = refused.get();
      refusals.record(new WeaponPlanRefused(UUID.randomUUID(), caller.id(), clock.instant(), productionId, sceneId,
          "record the weapon plan", r.field(), r.rule(), r.reason()));
      // The plan's rules all say their reasons in words: the form shows the rule's words, not only English.
      throw new InvalidInputException(r.field(), r.rule(), r.reason())
          .saying(r.said().key(), r.said().args().toArray());
    }
    List<PlanVersion> versions = store.versions(productionId, sceneId);
    PlanVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (latest != null && latest.content().equals(content)) {
      throw new ConflictException("plan", "Changed", "the plan is the same as version " + latest.version()
          + "; nothing to record").saying("input.protocol.plan.unchanged", latest.version());
    }
    Instant now = clock.instant();
    PlanVersion version = new PlanVersion(UUID.randomUUID(), productionId, sceneId,
        latest == null ? 1 : latest.version() + 1, content, changeNote, caller.id(), now);
    try {
      store.insertVersion(version);
    } catch (DuplicateKeyException raced) {
      throw new ConflictException("plan", "Concurrent", "someone recorded version " + version.version()
          + " of this plan at the same moment; reload it and edit again")
          .saying("input.protocol.plan.concurrent", version.version());
    }
    events.publishEvent(new WeaponPlanRecorded(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        version.id(), version.version(), content.discharge(), content.load(), content.directionOfFire(),
        content.lines().stream().map(l -> new WeaponPlanEvents.Line(l.weaponId(), l.weaponLabel(),
            l.weaponKind().name(), l.performerId(), l.pointed(), l.pointedToward(), l.replicaReason())).toList(),
        content.lineOfFire().stream().map(e -> new InLineOfFire(e.personId(), e.thing(), e.protection().name(),
            e.distanceFeet())).toList(),
        changeNote));
    return reads.planOf(scene);
  }
}
