package org.setsafe.custody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.setsafe.custody.CustodyBoard.HistoryEntry;
import org.setsafe.custody.CustodyBoard.HoldStatus;
import org.setsafe.custody.CustodyBoard.LotStatus;
import org.setsafe.custody.CustodyBoard.OpenFind;
import org.setsafe.custody.CustodyBoard.Recorded;
import org.setsafe.custody.CustodyBoard.WeaponStatus;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.ClosedDays;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LoadShowConfirmed;
import org.setsafe.custody.domain.CustodyEvents.LoadShowRefused;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.Malfunction;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShowClearConfirmed;
import org.setsafe.custody.domain.CustodyEvents.ShowClearRefused;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponDisposed;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponReturned;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.CustodyEvents.WeaponTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnlocked;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.StaleCustodyException;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.DummiesDoNotFirePolicy;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.FirearmsHoldPolicy;
import org.setsafe.custody.domain.InspectAfterMalfunctionPolicy;
import org.setsafe.custody.domain.IssueOnlyToPerformerOnTodaysScenePolicy;
import org.setsafe.custody.domain.LoadedRound;
import org.setsafe.custody.domain.LockUpLoadedPolicy;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.OnlyArmorerHandlesPolicy;
import org.setsafe.custody.domain.OnlyFirearmsAreLoadedPolicy;
import org.setsafe.shared.Refusal;
import org.setsafe.custody.domain.RoundsFromVerifiedLotsPolicy;
import org.setsafe.custody.domain.RoundsOnHandPolicy;
import org.setsafe.custody.domain.SceneCall;
import org.setsafe.custody.domain.ShowClear;
import org.setsafe.custody.domain.ShowClearBeforeIssuePolicy;
import org.setsafe.custody.domain.ShowClearWitnessedByOthersPolicy;
import org.setsafe.custody.domain.ShowWhatIsInItPolicy;
import org.setsafe.custody.domain.ShownWords;
import org.setsafe.custody.domain.VerificationMethod;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.custody.domain.WeaponHoldAfterMisfirePolicy;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponState;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.ArmorerBriefings;
import org.setsafe.training.QualificationType;
import org.setsafe.training.Qualifications;
import org.setsafe.training.Qualifications.Standing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a weapon's custody, from receipt to lock-up, each checked against the firearms protocol before
 * it is recorded. A step is recorded as an append-only event with the weapon's next stream version, so of two
 * people changing one weapon at the same moment exactly one succeeds; a refused step is recorded as a refusal.
 * Where everything is now is folded from the events ({@link #board}), never stored.
 *
 * <p>A scene's cast and camera head are those the call sheet names for it; its 1st AD is the production's
 * (see {@link #sceneCall}).
 */
@Service
public class Custody {

  /** The rule code for a step that does not fit where the weapon is (issue while issued, lock up while out). */
  public static final String ORDER_OF_CUSTODY = "custody.order-of-custody";

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final WeaponFolds folds;
  private final Qualifications qualifications;
  private final ArmorerBriefings briefings;
  private final Productions productions;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final List<IssueGate> issueGates;
  private final CustodyHolds holds;

  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final ShowClearWitnessedByOthersPolicy witnessedByOthers = new ShowClearWitnessedByOthersPolicy();
  private final FirearmsHoldPolicy firearmsHold = new FirearmsHoldPolicy();
  private final WeaponHoldAfterMisfirePolicy holdAfterMisfire = new WeaponHoldAfterMisfirePolicy();
  private final IssueOnlyToPerformerOnTodaysScenePolicy issueOnlyToPerformer = new IssueOnlyToPerformerOnTodaysScenePolicy();
  private final ShowClearBeforeIssuePolicy showClearBeforeIssue = new ShowClearBeforeIssuePolicy();
  private final RoundsFromVerifiedLotsPolicy roundsFromVerifiedLots = new RoundsFromVerifiedLotsPolicy();
  private final OnlyFirearmsAreLoadedPolicy onlyFirearmsLoaded = new OnlyFirearmsAreLoadedPolicy();
  private final RoundsOnHandPolicy roundsOnHand = new RoundsOnHandPolicy();
  private final DummiesDoNotFirePolicy dummiesDoNotFire = new DummiesDoNotFirePolicy();
  private final InspectAfterMalfunctionPolicy inspectAfterMalfunction = new InspectAfterMalfunctionPolicy();
  private final ShowWhatIsInItPolicy showWhatIsInIt = new ShowWhatIsInItPolicy();
  private final LockUpLoadedPolicy lockUpLoaded = new LockUpLoadedPolicy();

  Custody(CustodyStore store, CustodyDesk desk, WeaponFolds folds, Qualifications qualifications,
      ArmorerBriefings briefings, Productions productions, Schedule schedule, ApplicationEventPublisher events, Clock clock,
      ObjectProvider<IssueGate> issueGates, CustodyHolds holds) {
    this.store = store;
    this.desk = desk;
    this.folds = folds;
    this.qualifications = qualifications;
    this.briefings = briefings;
    this.productions = productions;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
    this.issueGates = issueGates.orderedStream().toList();
    this.holds = holds;
  }

  // ---- the armorer's steps ------------------------------------------------------------------------

  @Transactional
  public Recorded receive(UUID productionId, UUID weaponId, String receivedFrom, String licenceNumber) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponReceived event = new WeaponReceived(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), receivedFrom, licenceNumber);
    return record(caller, custody, CustodyAction.RECEIVE, event, armorerOnly(caller, CustodyAction.RECEIVE));
  }

  @Transactional
  public Recorded inspect(UUID productionId, UUID weaponId, String finding) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponInspected event = new WeaponInspected(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), finding);
    return record(caller, custody, CustodyAction.INSPECT, event, armorerOnly(caller, CustodyAction.INSPECT));
  }

  /** Loads the weapon; every round names its lot, which must be verified and have the rounds left. */
  @Transactional
  public Recorded load(UUID productionId, UUID weaponId, Map<String, UUID> manifestByLot) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    if (manifestByLot == null || manifestByLot.isEmpty()) {
      throw new InvalidInputException("manifest", "NotEmpty", "a load names at least one position and its lot");
    }
    // Lock the lots before reading their balance: of two loads at once, the second sees what the first took.
    store.lockFirearms(productionId);
    store.lockLots(productionId, manifestByLot.values().stream().filter(Objects::nonNull)
        .collect(Collectors.toSet()));
    List<CustodyEvent> lotFacts = store.lotFacts(productionId);
    Map<UUID, LotBalance> lots = new LinkedHashMap<>();
    store.lots(productionId).forEach(lot -> lots.put(lot.id(), LotBalance.of(lot, lotFacts)));
    Map<String, LoadedRound> manifest = new LinkedHashMap<>();
    manifestByLot.forEach((position, lotId) -> {
      LotBalance lot = lotId == null ? null : lots.get(lotId);
      if (lot == null) {
        throw new InvalidInputException("manifest." + position, "Exists", "no lot " + lotId + " on this production");
      }
      manifest.put(position, new LoadedRound(lotId, lot.lot().roundClass()));
    });
    WeaponLoaded event = new WeaponLoaded(UUID.randomUUID(), productionId, weaponId, caller.userId(), at(custody),
        manifest);
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), caller.production().timeZone());
    return record(caller, custody, CustodyAction.LOAD, event,
        armorerOnly(caller, CustodyAction.LOAD),
        () -> firearmsHold.check(hold, CustodyAction.LOAD),
        () -> holds.stopWork(caller.production(), custody, CustodyAction.LOAD, null),
        () -> holds.daySettled(caller.production(), CustodyAction.LOAD),
        () -> holdAfterMisfire.check(custody, CustodyAction.LOAD),
        () -> onlyFirearmsLoaded.check(custody.weapon()),
        () -> roundsFromVerifiedLots.check(manifest, lots));
  }

  @Transactional
  public Recorded unload(UUID productionId, UUID weaponId, Map<UUID, Integer> roundsBackToLot) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponUnloaded event = new WeaponUnloaded(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), roundsBackToLot);
    return record(caller, custody, CustodyAction.UNLOAD, event, armorerOnly(caller, CustodyAction.UNLOAD));
  }

  /**
   * The armorer shows an empty weapon clear to named witnesses, who then confirm from their own sessions. A weapon
   * with rounds in it is refused: its load is shown instead ({@link #showLoad}).
   */
  @Transactional
  public Recorded showClear(UUID productionId, UUID weaponId, Set<UUID> witnesses) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    requireWitnessesOnProduction(productionId, witnesses);
    desk.checkInput(caller, CustodyAction.SHOW_CLEAR, weaponId, "witnesses",
        () -> witnessedByOthers.check(caller.userId(), witnesses));
    ShownClear event = new ShownClear(UUID.randomUUID(), productionId, weaponId, caller.userId(), at(custody),
        witnesses);
    return record(caller, custody, CustodyAction.SHOW_CLEAR, event,
        armorerOnly(caller, CustodyAction.SHOW_CLEAR),
        () -> holds.stopWork(caller.production(), custody, CustodyAction.SHOW_CLEAR, null),
        () -> holdAfterMisfire.check(custody, CustodyAction.SHOW_CLEAR),
        () -> inspectAfterMalfunction.check(custody),
        () -> fromTheArmorersHands(custody, "shown clear"),
        () -> showWhatIsInIt.checkShowClear(custody));
  }

  /**
   * The armorer shows a loaded weapon's load to named witnesses: every round by position, class and lot, and the
   * positions left empty, exactly as the record says it was loaded. The witnesses confirm those words.
   */
  @Transactional
  public Recorded showLoad(UUID productionId, UUID weaponId, Set<UUID> witnesses) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    requireWitnessesOnProduction(productionId, witnesses);
    desk.checkInput(caller, CustodyAction.SHOW_LOAD, weaponId, "witnesses",
        () -> witnessedByOthers.check(caller.userId(), witnesses));
    // Asked before the showing is put into words: an empty weapon has no load to describe.
    desk.check(caller, CustodyAction.SHOW_LOAD, weaponId, null, armorerOnly(caller, CustodyAction.SHOW_LOAD),
        () -> showWhatIsInIt.checkShowLoad(custody));
    LoadShown event = new LoadShown(UUID.randomUUID(), productionId, weaponId, caller.userId(), at(custody),
        witnesses, custody.manifest(), ShownWords.load(custody.weapon(), custody.manifest()));
    return record(caller, custody, CustodyAction.SHOW_LOAD, event,
        armorerOnly(caller, CustodyAction.SHOW_LOAD),
        () -> holdAfterMisfire.check(custody, CustodyAction.SHOW_LOAD),
        () -> inspectAfterMalfunction.check(custody),
        () -> fromTheArmorersHands(custody, "shown"));
  }

  /**
   * A witness confirms the current show-clear; the witness is whoever is signed in, never someone named by another.
   * A witness who was shown a load confirms the load ({@link #confirmShownLoad}), never "clear".
   */
  @Transactional
  public Recorded confirmShowClear(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    ShowClear shown = witnessable(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR);
    if (!shown.clear()) {
      throw desk.refuse(caller, CustodyAction.WITNESS_SHOW_CLEAR, weaponId, null, new Refusal(ShowWhatIsInItPolicy.RULE,
          "You were shown the load of " + custody.weapon().label() + ", not an empty weapon: confirm the load you saw ("
              + shown.shown() + ")"));
    }
    ShowClearConfirmed event = new ShowClearConfirmed(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), shown.eventId());
    return record(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR, event);
  }

  /** A witness confirms, from their own session, the load they were shown; the record keeps the words they saw. */
  @Transactional
  public Recorded confirmShownLoad(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    ShowClear shown = witnessable(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR);
    if (shown.clear()) {
      throw desk.refuse(caller, CustodyAction.WITNESS_SHOW_CLEAR, weaponId, null, new Refusal(ShowWhatIsInItPolicy.RULE,
          custody.weapon().label() + " was shown to you clear, not loaded: confirm the show-clear you saw."));
    }
    LoadShowConfirmed event = new LoadShowConfirmed(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), shown.eventId(), shown.shown());
    return record(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR, event);
  }

  /** A witness refuses what they were shown (clear or the load) and says why; it is not issued on that showing. */
  @Transactional
  public Recorded refuseShowClear(UUID productionId, UUID weaponId, String reason) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    ShowClear shown = witnessable(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR);
    WeaponEvent event = shown.clear()
        ? new ShowClearRefused(UUID.randomUUID(), productionId, weaponId, caller.userId(), at(custody),
            shown.eventId(), reason)
        : new LoadShowRefused(UUID.randomUUID(), productionId, weaponId, caller.userId(), at(custody),
            shown.eventId(), reason);
    return record(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR, event);
  }

  private void requireWitnessesOnProduction(UUID productionId, Set<UUID> witnesses) {
    for (UUID witness : witnesses == null ? Set.<UUID>of() : witnesses) {
      if (witness == null || productions.rolesOf(productionId, witness).isEmpty()) {
        throw new InvalidInputException("witnesses", "Member", "witness " + witness + " is not on this production");
      }
    }
  }

  private Optional<Refusal> fromTheArmorersHands(WeaponCustody custody, String shown) {
    return custody.state() == WeaponState.WITH_ARMORER ? Optional.empty() : Optional.of(new Refusal(ORDER_OF_CUSTODY,
        custody.weapon().label() + " is " + words(custody.state()) + "; it is " + shown + " from the armorer's hands."));
  }

  /** Hands the weapon to a performer for a scene on today's call sheet, after a confirmed show-clear. */
  @Transactional
  public Recorded issue(UUID productionId, UUID weaponId, UUID performerId, UUID sceneId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    Scene loaded = scene(caller.production(), sceneId);
    SceneCall scene = sceneCall(caller.production(), loaded);
    Set<CrewRole> recipientRoles = performerId == null ? Set.of()
        : productions.rolesOf(productionId, performerId).orElse(Set.of());
    Instant now = at(custody);
    LocalDate today = schedule.today(caller.production());
    store.lockFirearms(productionId);
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), caller.production().timeZone());
    WeaponIssued event = new WeaponIssued(UUID.randomUUID(), productionId, weaponId, caller.userId(), now,
        performerId, sceneId);
    return record(caller, custody, CustodyAction.ISSUE, event,
        armorerOnly(caller, CustodyAction.ISSUE),
        () -> firearmsHold.check(hold, CustodyAction.ISSUE),
        () -> holds.stopWork(caller.production(), custody, CustodyAction.ISSUE, sceneId),
        () -> holdAfterMisfire.check(custody, CustodyAction.ISSUE),
        () -> custody.state() == WeaponState.WITH_ARMORER ? Optional.empty() : Optional.of(new Refusal(ORDER_OF_CUSTODY,
            custody.weapon().label() + " is " + words(custody.state()) + "; it is issued only from the armorer's hands.")),
        () -> issueOnlyToPerformer.check(performerId, recipientRoles, scene, today),
        () -> performerMayHandle(custody, productionId, performerId, today),
        () -> showClearBeforeIssue.check(custody, performerId, scene, now),
        () -> gates(new IssueGate.WeaponIssue(productionId, weaponId, custody.weapon().label(),
            custody.weapon().kind() == WeaponKind.FIREARM, caller.userId(), performerId, loaded, scene.shootingDate(),
            now, shown(custody))));
  }

  /**
   * A firearm goes only to a performer with current firearms safety training, or briefed by the armorer where the
   * production accepts that (California Labor Code §9156). Replicas and rubber props need neither.
   */
  private Optional<Refusal> performerMayHandle(WeaponCustody custody, UUID productionId, UUID performerId,
      LocalDate today) {
    if (custody.weapon().kind() != WeaponKind.FIREARM) {
      return Optional.empty();
    }
    ArmorerBriefings.Clearance clearance = briefings.mayHandleFirearms(productionId, performerId, today);
    return clearance.cleared() ? Optional.empty() : Optional.of(new Refusal(clearance.rule(),
        "The performer may not take a firearm in hand: " + clearance.reason()));
  }

  /** What the witnesses were shown, for the gates: clear, or the classes of the rounds in the load shown. */
  private static IssueGate.Shown shown(WeaponCustody custody) {
    return custody.showClear().map(shown -> new IssueGate.Shown(shown.clear(), shown.load().values().stream()
        .map(LoadedRound::roundClass).collect(Collectors.toSet()))).orElse(IssueGate.Shown.NOTHING);
  }

  /** The other modules' gates (plan, assessment, meeting, staffing), asked once custody's own rules pass. */
  private Optional<Refusal> gates(IssueGate.WeaponIssue issue) {
    for (IssueGate gate : issueGates) {
      Optional<IssueGate.Refused> refused = gate.check(issue);
      if (refused.isPresent()) {
        return Optional.of(new Refusal(refused.get().rule(), refused.get().reason()));
      }
    }
    return Optional.empty();
  }

  /** The armorer collects the weapon from the performer who has it. */
  @Transactional
  public Recorded collect(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    UUID from = custody.holder().orElse(caller.userId());
    WeaponReturned event = new WeaponReturned(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), from);
    return record(caller, custody, CustodyAction.COLLECT, event, armorerOnly(caller, CustodyAction.COLLECT));
  }

  @Transactional
  public Recorded transfer(UUID productionId, UUID weaponId, UUID toArmorerId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    Set<CrewRole> toRoles = toArmorerId == null ? Set.of() : productions.rolesOf(productionId, toArmorerId).orElse(Set.of());
    WeaponTransferred event = new WeaponTransferred(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), toArmorerId);
    return record(caller, custody, CustodyAction.TRANSFER, event,
        armorerOnly(caller, CustodyAction.TRANSFER),
        () -> onlyArmorer.check(CustodyAction.TRANSFER, toRoles).map(refusal -> new Refusal(refusal.rule(),
            "A weapon is transferred only to another armorer or property master (California Labor Code §9153(a)(1)–(2)).")));
  }

  @Transactional
  public Recorded lockUp(UUID productionId, UUID weaponId, String location) {
    return lockUp(productionId, weaponId, location, null);
  }

  /** Locks the weapon away; with rounds in it only when the armorer writes why, and the lock-up carries it. */
  @Transactional
  public Recorded lockUp(UUID productionId, UUID weaponId, String location, String loadedReason) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponLockedUp event = new WeaponLockedUp(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), location, custody.loaded() ? loadedReason : null);
    return record(caller, custody, CustodyAction.LOCK_UP, event, armorerOnly(caller, CustodyAction.LOCK_UP),
        () -> lockUpLoaded.check(custody, loadedReason));
  }

  @Transactional
  public Recorded unlock(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponUnlocked event = new WeaponUnlocked(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody));
    return record(caller, custody, CustodyAction.UNLOCK, event, armorerOnly(caller, CustodyAction.UNLOCK));
  }

  // ---- reports anyone on the crew may make, and the reviews that follow --------------------------------

  @Transactional
  public Recorded misfire(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    store.lockFirearms(productionId); // a second misfire of the day holds every firearm: issues wait for it
    return record(caller, custody, CustodyAction.REPORT, new Misfire(UUID.randomUUID(), productionId, weaponId,
        caller.userId(), at(custody), description));
  }

  @Transactional
  public Recorded accidentalDischarge(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    store.lockFirearms(productionId); // it holds every firearm: issues and loads wait for it
    return record(caller, custody, CustodyAction.REPORT, new AccidentalDischarge(UUID.randomUUID(), productionId,
        weaponId, caller.userId(), at(custody), description));
  }

  /** A review after a misfire or accidental discharge, as the armorer or as the safety advisor. */
  @Transactional
  public Recorded review(UUID productionId, UUID weaponId, String finding) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    CrewRole as = caller.roles().contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
        : caller.roles().contains(CrewRole.ARMORER) ? CrewRole.ARMORER
        : caller.roles().contains(CrewRole.PROPERTY_MASTER) ? CrewRole.PROPERTY_MASTER : null;
    if (as == null) {
      throw desk.refuse(caller, CustodyAction.REVIEW, weaponId, null, new Refusal(WeaponHoldAfterMisfirePolicy.RULE,
          "A weapon on hold is reviewed by the armorer and the safety advisor."));
    }
    return record(caller, custody, CustodyAction.REVIEW, new WeaponReviewed(UUID.randomUUID(), productionId,
        weaponId, caller.userId(), at(custody), as, finding));
  }

  /** Anyone may report a live round: every firearm of the production goes on hold at once. */
  @Transactional
  public Recorded liveRoundFound(UUID productionId, String where, String description, UUID lotId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    if (lotId != null && store.lot(productionId, lotId).isEmpty()) {
      throw new InvalidInputException("lotId", "Exists", "no lot " + lotId + " on this production");
    }
    if (weaponId != null && store.weapon(productionId, weaponId).isEmpty()) {
      throw new InvalidInputException("weaponId", "Exists", "no weapon " + weaponId + " on this production");
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
      throw new NotFoundException("no firearms hold " + holdId + " on this production");
    }
    CrewRole as = caller.roles().contains(CrewRole.SAFETY_ADVISOR) ? CrewRole.SAFETY_ADVISOR
        : caller.roles().contains(CrewRole.PRODUCER) ? CrewRole.PRODUCER : null;
    if (as == null) {
      throw desk.refuse(caller, CustodyAction.CLEAR_HOLD, null, null, new Refusal(FirearmsHoldPolicy.RULE,
          "A firearms hold is cleared by the safety advisor and a producer, each in writing."));
    }
    if (!hold.clearancesAwaited(holdId).contains(as)) {
      throw new ConflictException("liveRoundFoundId", "Unique", "the " + as.label().toLowerCase()
          + " has already cleared this hold");
    }
    HoldCleared event = new HoldCleared(UUID.randomUUID(), productionId, caller.userId(), clock.instant(),
        holdId, as, finding);
    store.append(event);
    events.publishEvent(event);
    return Recorded.of(event, null);
  }

  /** The armorer checked dummies of a lot; only a check of every round received verifies it. */
  @Transactional
  public Recorded verifyDummies(UUID productionId, UUID lotId, VerificationMethod method, int roundsVerified) {
    Caller caller = desk.caller(productionId);
    AmmunitionLot lot = store.lot(productionId, lotId)
        .orElseThrow(() -> new NotFoundException("no lot " + lotId + " on this production"));
    if (!lot.roundClass().dummy()) {
      throw new InvalidInputException("lotId", "Dummy", "lot " + lotId + " holds " + lot.roundClass().plural()
          + ", not dummies");
    }
    DummiesVerified event = new DummiesVerified(UUID.randomUUID(), productionId, lotId, caller.userId(),
        clock.instant(), method, roundsVerified);
    desk.check(caller, CustodyAction.VERIFY_DUMMIES, null, lotId, armorerOnly(caller, CustodyAction.VERIFY_DUMMIES));
    store.append(event);
    events.publishEvent(event);
    return Recorded.of(event, null);
  }

  // ---- rounds fired, malfunctions, and a weapon leaving the production ---------------------------------

  /**
   * Rounds fired from the weapon, from one lot. The armorer records it: they keep the round count, watch
   * every take with blanks and count the empties when the weapon comes back (a performer or anyone else who
   * saw a weapon fire when nobody meant it to reports an accidental discharge instead). Only rounds of that
   * lot loaded in the weapon can have been fired. A hold does not refuse it: what was fired was fired.
   */
  @Transactional
  public Recorded discharge(UUID productionId, UUID weaponId, UUID lotId, int count) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    if (lotId == null) {
      throw new InvalidInputException("lotId", "NotNull", "lotId is required: say which lot the rounds came from");
    }
    AmmunitionLot lot = store.lot(productionId, lotId)
        .orElseThrow(() -> new InvalidInputException("lotId", "Exists", "no lot " + lotId + " on this production"));
    RoundsDischarged event = new RoundsDischarged(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), lotId, count);
    return record(caller, custody, CustodyAction.DISCHARGE, event,
        armorerOnly(caller, CustodyAction.DISCHARGE),
        () -> roundsOnHand.checkDischarge(custody, lot, count),
        () -> dummiesDoNotFire.checkDischarge(lot));
  }

  /**
   * Anyone on the crew reports a malfunction (a jam, a cylinder that does not index). It is not a hold for the
   * safety advisor (rule 8 names misfires and accidental discharges); the show-clear lapses and the armorer must
   * inspect the weapon before showing it clear again.
   */
  @Transactional
  public Recorded malfunction(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    return record(caller, custody, CustodyAction.REPORT, new Malfunction(UUID.randomUUID(), productionId, weaponId,
        caller.userId(), at(custody), description));
  }

  /**
   * The weapon leaves the production: back to the rental house, or another disposition, with what 27 CFR
   * 478.125 asks of a disposition entry (date, recipient's name and address or licence number). Only unloaded
   * and not on hold: a weapon under review after a misfire is evidence until reviewed. Nothing follows it.
   */
  @Transactional
  public Recorded dispose(UUID productionId, UUID weaponId, String recipient, String address, String licenceNumber,
      String disposition) {
    Caller caller = desk.caller(productionId);
    WeaponCustody custody = custody(caller, weaponId);
    WeaponDisposed event = new WeaponDisposed(UUID.randomUUID(), productionId, weaponId, caller.userId(),
        at(custody), recipient, address, licenceNumber, disposition);
    return record(caller, custody, CustodyAction.DISPOSE, event,
        armorerOnly(caller, CustodyAction.DISPOSE),
        () -> custody.loaded() ? Optional.of(new Refusal(ORDER_OF_CUSTODY, custody.weapon().label()
            + " still has rounds in it; unload it before it leaves the production.")) : Optional.empty(),
        () -> custody.onHold() ? Optional.of(new Refusal(WeaponHoldAfterMisfirePolicy.RULE, custody.weapon().label()
            + " is on hold after a misfire or accidental discharge; it leaves the production only after the "
            + "armorer and the safety advisor have reviewed it.")) : Optional.empty());
  }

  // ---- reading -------------------------------------------------------------------------------------

  /** Where everything is now, folded from the events. */
  public CustodyBoard board(UUID productionId) {
    Production production = desk.viewer(productionId);
    Instant now = clock.instant();
    List<WeaponStatus> weapons = new ArrayList<>();
    for (WeaponRecord record : store.weapons(productionId)) {
      WeaponCustody custody = folds.of(productionId, record);
      weapons.add(WeaponStatus.of(custody, record.version(), now, showClearBeforeIssue.window()));
    }
    List<CustodyEvent> lotFacts = store.lotFacts(productionId);
    List<LotStatus> lots = store.lots(productionId).stream().map(lot -> LotStatus.of(LotBalance.of(lot, lotFacts)))
        .toList();
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), production.timeZone());
    List<OpenFind> finds = hold.open().stream().map(reason -> OpenFind.of(reason,
        hold.clearancesAwaited(reason.eventId()))).toList();
    return new CustodyBoard(now, weapons, lots, new HoldStatus(hold.active(), finds),
        CustodyBoard.CountMismatch.of(ClosedDays.of(store.closingFacts(productionId))), holds.stops(productionId),
        holds.unsettledDays(production).stream().map(CustodyBoard.DayNotSettled::of).toList());
  }

  public WeaponStatus weapon(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    WeaponRecord record = store.weapon(productionId, weaponId)
        .orElseThrow(() -> new NotFoundException("no weapon " + weaponId + " on this production"));
    WeaponCustody custody = folds.of(productionId, record);
    return WeaponStatus.of(custody, record.version(), clock.instant(), showClearBeforeIssue.window());
  }

  /**
   * What showing the weapon now would show, in the witnesses' words: "Empty: …" for an empty weapon, otherwise its
   * load round by round with the empty positions. For the armorer's page before the showing.
   */
  public String whatIsInIt(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    WeaponRecord record = store.weapon(productionId, weaponId)
        .orElseThrow(() -> new NotFoundException("no weapon " + weaponId + " on this production"));
    WeaponCustody custody = folds.of(productionId, record);
    return custody.manifest().isEmpty() ? ShownWords.CLEAR : ShownWords.load(custody.weapon(), custody.manifest());
  }

  /** The weapon's history, oldest first, each step with its stream version. */
  public List<HistoryEntry> history(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    if (store.weapon(productionId, weaponId).isEmpty()) {
      throw new NotFoundException("no weapon " + weaponId + " on this production");
    }
    List<WeaponEvent> events = store.weaponEvents(productionId, weaponId);
    List<HistoryEntry> entries = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      WeaponEvent event = events.get(i);
      entries.add(new HistoryEntry(i + 1, event.kind(), event.actorId(), event.occurredAt(), event));
    }
    return entries;
  }

  // ---- how a step is checked and recorded -------------------------------------------------------------

  @SafeVarargs
  private Recorded record(Caller caller, WeaponCustody custody, CustodyAction action, WeaponEvent event,
      Supplier<Optional<Refusal>>... rules) {
    if (custody.state() == WeaponState.DISPOSED) {
      throw desk.refuse(caller, action, custody.weaponId(), null, new Refusal(ORDER_OF_CUSTODY,
          custody.weapon().label() + " has left the production; a disposed weapon takes no further steps."));
    }
    desk.check(caller, action, custody.weaponId(), null, rules);
    WeaponCustody after;
    try {
      after = custody.then(event);
    } catch (IllegalStateException e) {
      throw desk.refuse(caller, action, custody.weaponId(), null, new Refusal(ORDER_OF_CUSTODY, e.getMessage()));
    }
    try {
      store.appendWeaponEvent(event, custody.history().size() + 1);
    } catch (StaleCustodyException e) {
      throw new ConflictException("weaponId", "custody.changed", "Custody of " + custody.weapon().label()
          + " changed while this was being recorded; reload and try again.");
    }
    events.publishEvent(event);
    int recordVersion = store.weapon(caller.productionId(), custody.weaponId()).map(WeaponRecord::version).orElse(1);
    return Recorded.of(event, WeaponStatus.of(after, recordVersion, clock.instant(), showClearBeforeIssue.window()));
  }

  /**
   * Now, but never before the weapon's last step: a step recorded "before" the one it follows would make its
   * history unreadable (instances with slightly different clocks, a clock set back).
   */
  private Instant at(WeaponCustody custody) {
    Instant now = clock.instant();
    return custody.lastEventAt().filter(last -> last.isAfter(now)).orElse(now);
  }

  /** The armorer or property master, and for the duties that need it, one holding a current armorer permit. */
  private Supplier<Optional<Refusal>> armorerOnly(Caller caller, CustodyAction action) {
    return () -> onlyArmorer.check(action, caller.roles()).or(() -> {
      if (!action.needsArmorerQualification()) {
        return Optional.empty();
      }
      Standing permit = qualifications.current(caller.userId(), QualificationType.ARMORER_PERMIT,
          schedule.today(caller.production()));
      return permit.isCurrent() ? Optional.empty() : Optional.of(new Refusal(permit.rule(), permit.reason()
          + " Inspecting, loading, showing clear, issuing and collecting a weapon need a current armorer permit "
          + "on record in SetSafe (California Labor Code §9156)."));
    });
  }

  private WeaponCustody custody(Caller caller, UUID weaponId) {
    WeaponRecord record = store.weapon(caller.productionId(), weaponId)
        .orElseThrow(() -> new NotFoundException("no weapon " + weaponId + " on this production"));
    return folds.of(caller.productionId(), record);
  }

  /** The current showing (clear or the load), if the caller is one of its witnesses; refused (and recorded) otherwise. */
  private ShowClear witnessable(Caller caller, WeaponCustody custody, CustodyAction action) {
    Optional<ShowClear> shown = custody.showClear();
    if (shown.isEmpty() || !shown.get().witnesses().contains(caller.userId())) {
      throw desk.refuse(caller, action, custody.weaponId(), null, new Refusal(ShowClearBeforeIssuePolicy.RULE,
          "There is no show-clear or showing of the load of " + custody.weapon().label() + " shown to you to answer; "
              + "only a named witness answers it, from their own phone."));
    }
    return shown.get();
  }

  /** The scene of the production, as the schedule has it now; an unknown scene is a mistake in the request. */
  private Scene scene(Production production, UUID sceneId) {
    if (sceneId == null) {
      throw new InvalidInputException("sceneId", "NotNull", "sceneId is required");
    }
    try {
      return schedule.scene(production.id(), sceneId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("sceneId", "Exists", "no scene " + sceneId + " on this production");
    }
  }

  /**
   * The scene as the custody rules need it: the cast and camera head the call sheet names for it, and the
   * production's 1st AD.
   */
  SceneCall sceneCall(Production production, Scene scene) {
    LocalDate date = scene.shootingDayId() == null ? null : schedule.day(production.id(), scene.shootingDayId()).date();
    UUID firstAd = productions.members(production.id()).stream().filter(m -> m.holds(CrewRole.FIRST_AD))
        .sorted(Comparator.comparing(Member::username)).map(Member::userId).findFirst()
        .orElseThrow(() -> new ConflictException("sceneId", "FirstAd",
            "the production has no 1st AD to witness a show-clear; add one to the crew"));
    return new SceneCall(scene.id(), scene.number(), date, scene.cast(), firstAd, scene.cameraHeadId());
  }

  private static String words(WeaponState state) {
    return state.name().toLowerCase().replace('_', ' ');
  }
}
