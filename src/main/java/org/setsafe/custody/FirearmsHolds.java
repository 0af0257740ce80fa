package org.setsafe.custody;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.setsafe.custody.CustodyBoard.Recorded;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvents.HeldForIncident;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.SceneHeldForIncident;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.FirearmsHoldPolicy;
import org.setsafe.custody.domain.SceneHoldPolicy;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hold on every firearm of a production: a live round found by anyone puts it on at once, and only the safety
 * advisor and a producer, each in writing, lift it. (A misfire or an accidental discharge is reported on the weapon,
 * through {@link Custody}, since the weapon's own custody decides what follows; it is cleared here all the same.)
 */
@Service
public class FirearmsHolds {

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final ApplicationEventPublisher events;
  private final CrewList productions;
  private final ShootingSchedule schedule;
  private final Clock clock;

  FirearmsHolds(CustodyStore store, CustodyDesk desk, ApplicationEventPublisher events, CrewList productions,
      ShootingSchedule schedule, Clock clock) {
    this.schedule = schedule;
    this.store = store;
    this.desk = desk;
    this.events = events;
    this.productions = productions;
    this.clock = clock;
  }

  /**
   * The hold that keeps one weapon or one lot of an incident as it was: {@code holdId} is the event that put it on
   * (what a clearance names), {@code placedNow} false when an open hold already named it (an accidental discharge
   * holds its weapon itself) or this incident had held it before.
   */
  public record IncidentHold(UUID holdId, UUID weaponId, UUID lotId, UUID sceneId, boolean placedNow) {

    /** A hold on a weapon or a lot. */
    public IncidentHold(UUID holdId, UUID weaponId, UUID lotId, boolean placedNow) {
      this(holdId, weaponId, lotId, null, placedNow);
    }
  }

  /**
   * Puts the weapons and lots an incident touched on hold, and with them every firearm of the production, until the
   * safety advisor and a producer each clear it in writing. Asked by the incident module, which has decided who may
   * open an incident; {@code actorId} is who opened it ({@code null} when SetSafe opened it by itself). Once per
   * weapon or lot however often it is asked: a weapon an open hold already names, or this incident held before,
   * is not held twice.
   *
   * @throws InvalidInputException naming {@code weaponIds} or {@code lotIds} for one not on this production
   */
  @Transactional
  public List<IncidentHold> holdForIncident(UUID productionId, UUID incidentId, UUID actorId,
      Collection<UUID> weaponIds, Collection<UUID> lotIds, String why) {
    return holdForIncident(productionId, incidentId, actorId, weaponIds, lotIds, List.of(), why);
  }

  /**
   * As {@link #holdForIncident(UUID, UUID, UUID, Collection, Collection, String)}, with the scenes the incident
   * touched: each scene is held on its own ({@link SceneHoldPolicy}: no firearm is issued for it), the rest of the
   * production's scenes go on, until the safety advisor and a producer each clear the scene's hold in writing.
   *
   * @throws InvalidInputException naming {@code sceneIds} for a scene not on this production
   */
  @Transactional
  public List<IncidentHold> holdForIncident(UUID productionId, UUID incidentId, UUID actorId,
      Collection<UUID> weaponIds, Collection<UUID> lotIds, Collection<UUID> sceneIds, String why) {
    for (UUID sceneId : sceneIds) {
      if (schedule.scenes(productionId).stream().noneMatch(scene -> scene.id().equals(sceneId))) {
        throw new InvalidInputException("sceneIds", "Exists", "no scene " + sceneId + " on this production")
            .saying("input.custody.no-scene", String.valueOf(sceneId));
      }
    }
    for (UUID weaponId : weaponIds) {
      if (store.weapon(productionId, weaponId).isEmpty()) {
        throw new InvalidInputException("weaponIds", "Exists", "no weapon " + weaponId + " on this production")
            .saying("input.custody.no-weapon", String.valueOf(weaponId));
      }
    }
    for (UUID lotId : lotIds) {
      if (store.lot(productionId, lotId).isEmpty()) {
        throw new InvalidInputException("lotIds", "Exists", "no lot " + lotId + " on this production")
            .saying("reason.Exists.lot", String.valueOf(lotId));
      }
    }
    return hold(productionId, incidentId, actorId, weaponIds, lotIds, sceneIds, why);
  }

  /**
   * As {@link #holdForIncident}, for an incident SetSafe opened from a fact: a weapon or lot not in the register is
   * passed over rather than refused, since refusing would keep the incident from opening at all.
   */
  @Transactional
  public List<IncidentHold> holdWhatIsRegistered(UUID productionId, UUID incidentId, UUID actorId,
      Collection<UUID> weaponIds, Collection<UUID> lotIds, String why) {
    return holdWhatIsRegistered(productionId, incidentId, actorId, weaponIds, lotIds, List.of(), why);
  }

  /** As above, with the scenes it touched; a scene no longer on the schedule is passed over the same way. */
  @Transactional
  public List<IncidentHold> holdWhatIsRegistered(UUID productionId, UUID incidentId, UUID actorId,
      Collection<UUID> weaponIds, Collection<UUID> lotIds, Collection<UUID> sceneIds, String why) {
    Set<UUID> scheduled = sceneIds.isEmpty() ? Set.of()
        : schedule.scenes(productionId).stream().map(Scene::id).collect(Collectors.toSet());
    return hold(productionId, incidentId, actorId,
        weaponIds.stream().filter(id -> store.weapon(productionId, id).isPresent()).toList(),
        lotIds.stream().filter(id -> store.lot(productionId, id).isPresent()).toList(),
        sceneIds.stream().filter(scheduled::contains).toList(), why);
  }

  private List<IncidentHold> hold(UUID productionId, UUID incidentId, UUID actorId, Collection<UUID> weaponIds,
      Collection<UUID> lotIds, Collection<UUID> sceneIds, String why) {
    store.lockFirearms(productionId);
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId),
        productions.production(productionId).timeZone());
    List<HeldForIncident> before = store.factsOf(productionId, List.of(HeldForIncident.class)).stream()
        .map(HeldForIncident.class::cast).filter(h -> h.incidentId().equals(incidentId)).toList();
    List<IncidentHold> holds = new ArrayList<>();
    for (UUID weaponId : new LinkedHashSet<>(weaponIds)) {
      Optional<UUID> held = before.stream().filter(h -> weaponId.equals(h.weaponId())).map(HeldForIncident::eventId)
          .findFirst().or(() -> hold.open().stream().filter(r -> weaponId.equals(r.weaponId()))
              .map(FirearmsHold.Reason::eventId).findFirst());
      holds.add(held.map(id -> new IncidentHold(id, weaponId, null, false))
          .orElseGet(() -> place(productionId, incidentId, actorId, weaponId, null, why)));
    }
    for (UUID lotId : new LinkedHashSet<>(lotIds)) {
      Optional<UUID> held = before.stream().filter(h -> lotId.equals(h.lotId())).map(HeldForIncident::eventId)
          .findFirst().or(() -> hold.open().stream().filter(r -> lotId.equals(r.lotId()))
              .map(FirearmsHold.Reason::eventId).findFirst());
      holds.add(held.map(id -> new IncidentHold(id, null, lotId, false))
          .orElseGet(() -> place(productionId, incidentId, actorId, null, lotId, why)));
    }
    if (!sceneIds.isEmpty()) {
      List<SceneHeldForIncident> scenesBefore = store.factsOf(productionId, List.of(SceneHeldForIncident.class))
          .stream().map(SceneHeldForIncident.class::cast).filter(h -> h.incidentId().equals(incidentId)).toList();
      for (UUID sceneId : new LinkedHashSet<>(sceneIds)) {
        Optional<UUID> held = scenesBefore.stream().filter(h -> sceneId.equals(h.sceneId()))
            .map(SceneHeldForIncident::eventId).findFirst();
        holds.add(held.map(id -> new IncidentHold(id, null, null, sceneId, false))
            .orElseGet(() -> placeOnScene(productionId, incidentId, actorId, sceneId, why)));
      }
    }
    return List.copyOf(holds);
  }

  private IncidentHold placeOnScene(UUID productionId, UUID incidentId, UUID actorId, UUID sceneId, String why) {
    Scene scene = schedule.scene(productionId, sceneId);
    SceneHeldForIncident event = new SceneHeldForIncident(UUID.randomUUID(), productionId, actorId, clock.instant(),
        incidentId, sceneId, "Scene " + scene.number(), why);
    store.append(event);
    events.publishEvent(event);
    return new IncidentHold(event.eventId(), null, null, sceneId, true);
  }

  private IncidentHold place(UUID productionId, UUID incidentId, UUID actorId, UUID weaponId, UUID lotId,
      String why) {
    HeldForIncident event = new HeldForIncident(UUID.randomUUID(), productionId, actorId, clock.instant(), incidentId,
        weaponId, lotId, why);
    store.append(event);
    events.publishEvent(event);
    return new IncidentHold(event.eventId(), weaponId, lotId, true);
  }

  /** Anyone may report a live round: every firearm of the production goes on hold at once. */
  @Transactional
  public Recorded liveRoundFound(UUID productionId, String where, String description, UUID lotId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    if (lotId != null && store.lot(productionId, lotId).isEmpty()) {
      throw new InvalidInputException("lotId", "Exists", "no lot " + lotId + " on this production")
          .saying("reason.Exists.lot", lotId.toString());
    }
    if (weaponId != null && store.weapon(productionId, weaponId).isEmpty()) {
      throw new InvalidInputException("weaponId", "Exists", "no weapon " + weaponId + " on this production")
          .saying("input.custody.no-weapon", weaponId.toString());
    }
    LiveRoundFound event = new LiveRoundFound(UUID.randomUUID(), productionId, caller.userId(), clock.instant(),
        lotId, weaponId, where, description);
    store.lockFirearms(productionId);
    store.append(event);
    events.publishEvent(event);
    return Recorded.of(event, null);
  }

  /**
   * The safety advisor and a producer each clear a firearms hold (a live round found, an accidental discharge, a
   * second misfire of the day) with a written finding; both must. {@code holdId} is the event that put it on.
   */
  @Transactional
  public Recorded clearHold(UUID productionId, UUID holdId, String finding) {
    Caller caller = desk.caller(productionId);
    store.lockFirearms(productionId);
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), caller.production().timeZone());
    if (hold.reason(holdId).isEmpty()) {
      throw new NotFoundException("no firearms hold " + holdId + " on this production")
          .saying("input.custody.not-found.firearms-hold", String.valueOf(holdId));
    }
    CrewRole as = caller.roles().contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
        : caller.roles().contains(CrewRole.PRODUCER) ? CrewRole.PRODUCER : null;
    if (as == null) {
      throw desk.refuse(caller, CustodyAction.CLEAR_HOLD, null, null, new Refusal(FirearmsHoldPolicy.RULE,
          "A firearms hold is cleared by the safety advisor and a producer, each in writing.")
          .saying("reason." + FirearmsHoldPolicy.RULE + ".who-clears"));
    }
    if (!hold.clearancesAwaited(holdId).contains(as)) {
      throw new ConflictException("liveRoundFoundId", "Unique", "the " + as.label().toLowerCase()
          + " has already cleared this hold")
          .saying("input.custody.clear-hold.already", Said.of("reason.role." + as.name()));
    }
    HoldCleared event = new HoldCleared(UUID.randomUUID(), productionId, caller.userId(), clock.instant(),
        holdId, as, finding);
    store.append(event);
    events.publishEvent(event);
    return Recorded.of(event, null);
  }
}
