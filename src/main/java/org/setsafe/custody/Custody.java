package org.setsafe.custody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.setsafe.custody.CustodyBoard.Recorded;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyCommand;
import org.setsafe.custody.domain.CustodyCommand.CollectWeapon;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShowClear;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShownLoad;
import org.setsafe.custody.domain.CustodyCommand.DisposeWeapon;
import org.setsafe.custody.domain.CustodyCommand.InspectWeapon;
import org.setsafe.custody.domain.CustodyCommand.IssueWeapon;
import org.setsafe.custody.domain.CustodyCommand.LoadWeapon;
import org.setsafe.custody.domain.CustodyCommand.LockUpWeapon;
import org.setsafe.custody.domain.CustodyCommand.ReceiveWeapon;
import org.setsafe.custody.domain.CustodyCommand.RecordDischarge;
import org.setsafe.custody.domain.CustodyCommand.RefuseShowing;
import org.setsafe.custody.domain.CustodyCommand.ReportTrouble;
import org.setsafe.custody.domain.CustodyCommand.ReviewWeapon;
import org.setsafe.custody.domain.CustodyCommand.ShowItClear;
import org.setsafe.custody.domain.CustodyCommand.ShowTheLoad;
import org.setsafe.custody.domain.CustodyCommand.TransferWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnloadWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnlockWeapon;
import org.setsafe.custody.domain.CustodyEvent;
import org.setsafe.custody.domain.CustodyProtocol;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.StaleCustodyException;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.Decision;
import org.setsafe.custody.domain.FirearmsHold;
import org.setsafe.custody.domain.LoadedRound;
import org.setsafe.custody.domain.LotBalance;
import org.setsafe.custody.domain.LotCommand.VerifyDummies;
import org.setsafe.custody.domain.LotDecision;
import org.setsafe.custody.domain.StepSnapshot;
import org.setsafe.custody.domain.OnlyArmorerHandlesPolicy;
import org.setsafe.custody.domain.OrderOfCustodyPolicy;
import org.setsafe.shared.PhoneTime;
import org.setsafe.shared.Refusal;
import org.setsafe.custody.domain.SceneCall;
import org.setsafe.custody.domain.VerificationMethod;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.SceneOnItsDay;
import org.setsafe.production.Schedule;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.DecisionReads;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.training.PersonId;
import org.setsafe.training.QualificationChecks;
import org.setsafe.training.QualificationChecks.Clearance;
import org.setsafe.training.QualificationType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every step of a weapon's custody, from receipt to lock-up, each decided by the firearms protocol before it is
 * recorded: the service loads the weapon's custody and one snapshot of what the rules read ({@link StepSnapshot}), asks
 * {@link CustodyProtocol}, and records the refusal or appends the event it decided. A step is recorded as an append-only event with the weapon's next stream version, so of two
 * people changing one weapon at the same moment exactly one succeeds; a refused step is recorded as a refusal.
 * Where everything is now is folded from the events and read from {@link CustodyBoards}, never stored.
 *
 * <p>A scene's cast and camera head are those the call sheet names for it; its 1st AD is the production's
 * (see {@link #sceneCall}).
 */
@Service
public class Custody {

  /** The rule code for a step that does not fit where the weapon is (issue while issued, lock up while out). */
  public static final String ORDER_OF_CUSTODY = OrderOfCustodyPolicy.RULE;

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final WeaponFolds folds;
  private final QualificationChecks qualifications;
  private final Productions productions;
  private final Schedule schedule;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final List<IssueGate> issueGates;
  private final CustodyHolds holds;
  private final CustodyBoards boards;
  private final LotSteps lotSteps;

  /** Which rules guard each step, in which order: the service loads, asks it, and records what it decides. */
  private final CustodyProtocol protocol = new CustodyProtocol();
  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();

  Custody(CustodyStore store, CustodyDesk desk, WeaponFolds folds, QualificationChecks qualifications,
      Productions productions, Schedule schedule, ApplicationEventPublisher events, Clock clock,
      ObjectProvider<IssueGate> issueGates, CustodyHolds holds, CustodyBoards boards, LotSteps lotSteps) {
    this.store = store;
    this.desk = desk;
    this.folds = folds;
    this.qualifications = qualifications;
    this.productions = productions;
    this.schedule = schedule;
    this.events = events;
    this.clock = clock;
    this.issueGates = issueGates.orderedStream().toList();
    this.holds = holds;
    this.boards = boards;
    this.lotSteps = lotSteps;
  }

  // ---- the armorer's steps ------------------------------------------------------------------------

  @Transactional
  public Recorded receive(UUID productionId, UUID weaponId, String receivedFrom, String licenceNumber) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new ReceiveWeapon(weaponId, receivedFrom, licenceNumber),
        snapshot(caller, custody, CustodyAction.RECEIVE));
  }

  @Transactional
  public Recorded inspect(UUID productionId, UUID weaponId, String finding) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new InspectWeapon(weaponId, finding), snapshot(caller, custody, CustodyAction.INSPECT));
  }

  /** Loads the weapon; every round names its lot, which must be verified and have the rounds left. */
  @Transactional
  public Recorded load(UUID productionId, UUID weaponId, Map<String, UUID> manifestByLot) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    if (manifestByLot == null || manifestByLot.isEmpty()) {
      throw new InvalidInputException("manifest", "NotEmpty", "a load names at least one position and its lot")
          .saying("input.custody.load.no-lots");
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
        throw new InvalidInputException("manifest." + position, "Exists", "no lot " + lotId + " on this production")
            .saying("reason.Exists.lot", String.valueOf(lotId));
      }
      manifest.put(position, new LoadedRound(lotId, lot.lot().roundClass()));
    });
    StepSnapshot on = snapshot(caller, custody, CustodyAction.LOAD)
        .withFirearmsHold(FirearmsHold.of(store.firearmsHoldFacts(productionId), caller.production().timeZone()))
        .withHolds(holds.stopWork(caller.production(), custody, CustodyAction.LOAD, null),
            holds.daySettled(caller.production(), CustodyAction.LOAD))
        .withLots(lots);
    return take(caller, held, new LoadWeapon(weaponId, manifest), on);
  }

  @Transactional
  public Recorded unload(UUID productionId, UUID weaponId, Map<UUID, Integer> roundsBackToLot) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new UnloadWeapon(weaponId, roundsBackToLot),
        snapshot(caller, custody, CustodyAction.UNLOAD));
  }

  /**
   * The armorer shows an empty weapon clear to named witnesses, who then confirm from their own sessions. A weapon
   * with rounds in it is refused: its load is shown instead ({@link #showLoad}).
   */
  @Transactional
  public Recorded showClear(UUID productionId, UUID weaponId, Set<UUID> witnesses) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    requireWitnesses(caller, CustodyAction.SHOW_CLEAR, weaponId, witnesses);
    StepSnapshot on = snapshot(caller, custody, CustodyAction.SHOW_CLEAR)
        .withHolds(holds.stopWork(caller.production(), custody, CustodyAction.SHOW_CLEAR, null), Optional.empty());
    return take(caller, held, new ShowItClear(weaponId, witnesses), on);
  }

  /**
   * The armorer shows a loaded weapon's load to named witnesses: every round by position, class and lot, and the
   * positions left empty, exactly as the record says it was loaded. The witnesses confirm those words.
   */
  @Transactional
  public Recorded showLoad(UUID productionId, UUID weaponId, Set<UUID> witnesses) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    requireWitnesses(caller, CustodyAction.SHOW_LOAD, weaponId, witnesses);
    return take(caller, held, new ShowTheLoad(weaponId, witnesses), snapshot(caller, custody, CustodyAction.SHOW_LOAD));
  }

  /**
   * A witness confirms the current show-clear; the witness is whoever is signed in, never someone named by another.
   * A witness who was shown a load confirms the load ({@link #confirmShownLoad}), never "clear".
   */
  @Transactional
  public Recorded confirmShowClear(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new ConfirmShowClear(weaponId),
        snapshot(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR));
  }

  /** A witness confirms, from their own session, the load they were shown; the record keeps the words they saw. */
  @Transactional
  public Recorded confirmShownLoad(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new ConfirmShownLoad(weaponId),
        snapshot(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR));
  }

  /** A witness refuses what they were shown (clear or the load) and says why; it is not issued on that showing. */
  @Transactional
  public Recorded refuseShowClear(UUID productionId, UUID weaponId, String reason) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new RefuseShowing(weaponId, reason),
        snapshot(caller, custody, CustodyAction.WITNESS_SHOW_CLEAR));
  }

  /** Witnesses on the production, others than the armorer showing: a 400 naming the field, recorded all the same. */
  private void requireWitnesses(Caller caller, CustodyAction action, UUID weaponId, Set<UUID> witnesses) {
    for (UUID witness : witnesses == null ? Set.<UUID>of() : witnesses) {
      if (witness == null || productions.rolesOf(caller.productionId(), witness).isEmpty()) {
        throw new InvalidInputException("witnesses", "Member", "witness " + witness + " is not on this production")
            .saying("input.custody.witness-not-member", String.valueOf(witness));
      }
    }
    desk.checkInput(caller, action, weaponId, "witnesses", () -> protocol.checkWitnesses(caller.userId(), witnesses));
  }

  /** Hands the weapon to a performer for a scene on today's call sheet, after a confirmed show-clear. */
  @Transactional
  public Recorded issue(UUID productionId, UUID weaponId, UUID performerId, UUID sceneId) {
    return issue(productionId, new IssueWeapon(weaponId, performerId, sceneId));
  }

  /** Hands the weapon to a performer for a scene on today's call sheet, after a confirmed show-clear. */
  @Transactional
  public Recorded issue(UUID productionId, IssueWeapon issue) {
    // One snapshot for the whole decision: custody and every gate read the scene's day, crew, plans and
    // assessments once, however many rules ask about them.
    return DecisionReads.during(() -> decideIssue(productionId, issue));
  }

  private Recorded decideIssue(UUID productionId, IssueWeapon issue) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, issue.weaponId());
    WeaponCustody custody = held.custody();
    SceneOnItsDay onItsDay = scene(caller.production(), issue.sceneId());
    Scene loaded = onItsDay.scene();
    // The crew list names the 1st AD for the scene call and holds the performer's roles: read once for both.
    List<Member> crew = productions.members(productionId);
    SceneCall scene = sceneCall(onItsDay, crew);
    Set<CrewRole> recipientRoles = issue.performerId() == null ? Set.of() : crew.stream()
        .filter(member -> member.userId().equals(issue.performerId())).findFirst().map(Member::roles).orElse(Set.of());
    if (permitAsked(caller, CustodyAction.ISSUE) && clearanceAsked(custody, recipientRoles)) {
      // The armorer's permit and the performer's firearms training are read from the same certifications: in one go.
      qualifications.readRecordsOf(Set.copyOf(List.of(new PersonId(caller.userId()),
          new PersonId(issue.performerId()))));
    }
    StepSnapshot on = snapshot(caller, custody, CustodyAction.ISSUE);
    StepSnapshot.FirearmsClearance clearance = firearmsClearance(custody, productionId, issue.performerId(),
        recipientRoles, on.today());
    Instant now = on.now();
    Supplier<Optional<Refusal>> gates = () -> gates(new IssueGate.WeaponIssue(productionId, issue.weaponId(),
        custody.weapon().label(), custody.weapon().kind() == WeaponKind.FIREARM, caller.userId(), issue.performerId(),
        loaded, scene.shootingDate(), now, shown(custody)));
    // The gates read plans, assessments, meetings and staffing, none of which the firearms lock guards: they are
    // asked before it is taken, so that issues at once wait on the lock only for custody's own holds. Asked ahead
    // only for an issue that could pass (to a person, for a scene on today's call sheet); the protocol still asks
    // for their answer last, once custody's own rules pass, so a refusal names the same rule as before.
    if (issue.performerId() != null && on.today().equals(scene.shootingDate())) {
      Optional<Refusal> answer = gates.get();
      gates = () -> answer;
    }
    store.lockFirearmsForIssue(productionId);
    FirearmsHold hold = FirearmsHold.of(store.firearmsHoldFacts(productionId), caller.production().timeZone());
    on = on.withFirearmsHold(hold)
        .withHolds(holds.stopWork(caller.production(), custody, CustodyAction.ISSUE, issue.sceneId()), Optional.empty())
        .withRecipient(new StepSnapshot.Recipient(recipientRoles, scene, clearance))
        .withGates(gates);
    return take(caller, held, issue, on);
  }

  /**
   * Whether the performer may take a firearm in hand, as training answers it; asked only of a performer and only for
   * a firearm (replicas and rubber props need no clearance).
   */
  private StepSnapshot.FirearmsClearance firearmsClearance(WeaponCustody custody, UUID productionId, UUID performerId,
      Set<CrewRole> recipientRoles, LocalDate today) {
    if (!clearanceAsked(custody, recipientRoles)) {
      return null;
    }
    Clearance clearance = qualifications.mayHandleFirearms(productionId, new PersonId(performerId), today);
    return new StepSnapshot.FirearmsClearance(clearance.cleared(), clearance.rule(), clearance.reason(),
        clearance.refusal() == null ? null : clearance.refusal().said());
  }

  /** Whether training is asked about the recipient: only a performer, and only for a firearm. */
  private static boolean clearanceAsked(WeaponCustody custody, Set<CrewRole> recipientRoles) {
    return custody.weapon().kind() == WeaponKind.FIREARM && recipientRoles.contains(CrewRole.PERFORMER);
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
        return Optional.of(new Refusal(refused.get().rule(), refused.get().reason(), null, refused.get().said()));
      }
    }
    return Optional.empty();
  }

  /** The armorer collects the weapon from the performer who has it. */
  @Transactional
  public Recorded collect(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new CollectWeapon(weaponId), snapshot(caller, custody, CustodyAction.COLLECT));
  }

  @Transactional
  public Recorded transfer(UUID productionId, UUID weaponId, UUID toArmorerId) {
    return transfer(productionId, new TransferWeapon(weaponId, toArmorerId));
  }

  @Transactional
  public Recorded transfer(UUID productionId, TransferWeapon transfer) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, transfer.weaponId());
    WeaponCustody custody = held.custody();
    Set<CrewRole> toRoles = transfer.toArmorerId() == null ? Set.of()
        : productions.rolesOf(productionId, transfer.toArmorerId()).orElse(Set.of());
    StepSnapshot on = snapshot(caller, custody, CustodyAction.TRANSFER).withRecipient(new StepSnapshot.Recipient(toRoles, null, null));
    return take(caller, held, transfer, on);
  }

  @Transactional
  public Recorded lockUp(UUID productionId, UUID weaponId, String location) {
    return lockUp(productionId, weaponId, location, null);
  }

  /** Locks the weapon away; with rounds in it only when the armorer writes why, and the lock-up carries it. */
  @Transactional
  public Recorded lockUp(UUID productionId, UUID weaponId, String location, String loadedReason) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new LockUpWeapon(weaponId, location, loadedReason),
        snapshot(caller, custody, CustodyAction.LOCK_UP));
  }

  @Transactional
  public Recorded unlock(UUID productionId, UUID weaponId) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new UnlockWeapon(weaponId), snapshot(caller, custody, CustodyAction.UNLOCK));
  }

  // ---- reports anyone on the crew may make, and the reviews that follow --------------------------------

  @Transactional
  public Recorded misfire(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    store.lockFirearms(productionId); // a second misfire of the day holds every firearm: issues wait for it
    return take(caller, held, new ReportTrouble(weaponId, ReportTrouble.Report.MISFIRE, description),
        snapshot(caller, custody, CustodyAction.REPORT));
  }

  @Transactional
  public Recorded accidentalDischarge(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    store.lockFirearms(productionId); // it holds every firearm: issues and loads wait for it
    return take(caller, held, new ReportTrouble(weaponId, ReportTrouble.Report.ACCIDENTAL_DISCHARGE, description),
        snapshot(caller, custody, CustodyAction.REPORT));
  }

  /** A review after a misfire or accidental discharge, as the armorer or as the safety advisor. */
  @Transactional
  public Recorded review(UUID productionId, UUID weaponId, String finding) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new ReviewWeapon(weaponId, finding), snapshot(caller, custody, CustodyAction.REVIEW));
  }

  /** The armorer checked dummies of a lot; only a check of every round received verifies it. */
  @Transactional
  public Recorded verifyDummies(UUID productionId, UUID lotId, VerificationMethod method, int roundsVerified) {
    LotDecision decision = lotSteps.take(desk.caller(productionId), new VerifyDummies(lotId, method, roundsVerified));
    return Recorded.of(decision.event(), null);
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
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    if (lotId == null) {
      throw new InvalidInputException("lotId", "NotNull", "lotId is required: say which lot the rounds came from")
          .saying("input.custody.discharge.lot-required");
    }
    AmmunitionLot lot = store.lot(productionId, lotId)
        .orElseThrow(() -> new InvalidInputException("lotId", "Exists", "no lot " + lotId + " on this production")
            .saying("reason.Exists.lot", lotId.toString()));
    return take(caller, held, new RecordDischarge(weaponId, lot, count),
        snapshot(caller, custody, CustodyAction.DISCHARGE));
  }

  /**
   * Anyone on the crew reports a malfunction (a jam, a cylinder that does not index). It is not a hold for the
   * safety advisor (rule 8 names misfires and accidental discharges); the show-clear lapses and the armorer must
   * inspect the weapon before showing it clear again.
   */
  @Transactional
  public Recorded malfunction(UUID productionId, UUID weaponId, String description) {
    Caller caller = desk.caller(productionId);
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new ReportTrouble(weaponId, ReportTrouble.Report.MALFUNCTION, description),
        snapshot(caller, custody, CustodyAction.REPORT));
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
    Held held = held(caller, weaponId);
    WeaponCustody custody = held.custody();
    return take(caller, held, new DisposeWeapon(weaponId, recipient, address, licenceNumber, disposition),
        snapshot(caller, custody, CustodyAction.DISPOSE));
  }

  // ---- how a step is decided and recorded -------------------------------------------------------------

  /**
   * Asks the protocol and records what it decided: the refusal as evidence (then thrown), or the event with the
   * weapon's next stream version.
   */
  private Recorded take(Caller caller, Held held, CustodyCommand command, StepSnapshot on) {
    WeaponCustody custody = held.custody();
    refuseIfChangedSinceThePhoneSawIt(caller, custody, command);
    Decision decision = protocol.decide(custody, command, on);
    if (!decision.accepted()) {
      throw desk.refuse(caller, decision.action(), custody.weaponId(), null, decision.refusal());
    }
    WeaponEvent event = decision.event();
    try {
      store.appendWeaponEvent(event, custody.history().size() + 1);
    } catch (StaleCustodyException e) {
      throw new ConflictException("weaponId", "custody.changed", "Custody of " + custody.weapon().label()
          + " changed while this was being recorded; reload and try again.")
          .saying("input.custody.changed", custody.weapon().label());
    }
    events.publishEvent(event);
    // A step appends to the weapon's history, never to its register entry: the entry's version is the one read.
    return Recorded.of(event, boards.status(decision.after(), held.recordVersion(), caller.userId(), caller.roles()));
  }

  /**
   * A step a phone kept without signal was decided on the weapon as that phone last saw it. If another phone has
   * recorded a step on it since (two armorers' phones catching up after the same dead spot), the later one loses:
   * recorded as a refusal, never appended on top of a history its taker did not see.
   */
  private void refuseIfChangedSinceThePhoneSawIt(Caller caller, WeaponCustody custody, CustodyCommand command) {
    OptionalInt seen = PhoneTime.seenWeaponVersion();
    int now = custody.history().size();
    if (seen.isPresent() && seen.getAsInt() != now) {
      throw desk.refuse(caller, command.action(), custody.weaponId(), null, new Refusal(
          "custody.changed-since-seen", "Custody of " + custody.weapon().label() + " changed since this phone last "
              + "saw it (it had seen " + seen.getAsInt() + " steps, " + now + " are recorded now): another phone "
              + "recorded a step first. This step was not recorded; look at the weapon again and take it anew if "
              + "it is still right.").saying("reason.custody.changed-since-seen", custody.weapon().label(),
              String.valueOf(seen.getAsInt()), String.valueOf(now)));
    }
  }

  /**
   * Who acts and when, with their armorer permit when the step needs one: asked of an armorer only, since the
   * protocol refuses anyone else before it reads the permit.
   */
  private StepSnapshot snapshot(Caller caller, WeaponCustody custody, CustodyAction action) {
    LocalDate today = schedule.today(caller.production());
    StepSnapshot.ArmorerPermit permit = StepSnapshot.ArmorerPermit.NOT_ASKED;
    if (permitAsked(caller, action)) {
      Optional<Refusal> notCurrent = qualifications.refusalIfNotCurrent(new PersonId(caller.userId()),
          QualificationType.ARMORER_PERMIT, today);
      permit = new StepSnapshot.ArmorerPermit(notCurrent.isEmpty(), notCurrent.map(Refusal::rule).orElse(null),
          notCurrent.map(Refusal::reason).orElse(null), notCurrent.map(Refusal::said).orElse(null));
    }
    return StepSnapshot.of(caller.productionId(), caller.userId(), caller.roles(), permit, today, at(custody));
  }

  /** Whether the step asks for the caller's armorer permit: one that needs it, taken by an armorer. */
  private static boolean permitAsked(Caller caller, CustodyAction action) {
    boolean armorer = caller.roles().contains(CrewRole.ARMORER) || caller.roles().contains(CrewRole.PROPERTY_MASTER);
    return action.needsArmorerQualification() && armorer;
  }

  /**
   * Now, but never before the weapon's last step: a step recorded "before" the one it follows would make its
   * history unreadable (instances with slightly different clocks, a clock set back).
   */
  private Instant at(WeaponCustody custody) {
    Instant now = clock.instant();
    return custody.lastEventAt().filter(last -> last.isAfter(now)).orElse(now);
  }

  /** The weapon's custody as its register entry and history have it, with the version of that entry. */
  private record Held(WeaponCustody custody, int recordVersion) {}

  private Held held(Caller caller, UUID weaponId) {
    WeaponRecord record = store.weapon(caller.productionId(), weaponId)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
    return new Held(folds.of(caller.productionId(), record), record.version());
  }

  /**
   * The scene of the production with its shooting day, as the schedule has them now; an unknown scene is a mistake
   * in the request.
   */
  private SceneOnItsDay scene(Production production, UUID sceneId) {
    if (sceneId == null) {
      throw new InvalidInputException("sceneId", "NotNull", "sceneId is required")
          .saying("input.custody.required", "sceneId");
    }
    try {
      return schedule.sceneOnItsDay(production.id(), sceneId);
    } catch (NotFoundException e) {
      throw new InvalidInputException("sceneId", "Exists", "no scene " + sceneId + " on this production")
          .saying("input.custody.no-scene", sceneId.toString());
    }
  }

  /**
   * The scene as the custody rules need it: the cast and camera head the call sheet names for it, and the
   * production's 1st AD.
   */
  private SceneCall sceneCall(SceneOnItsDay onItsDay, List<Member> crew) {
    Scene scene = onItsDay.scene();
    LocalDate date = onItsDay.shootingDate();
    UUID firstAd = crew.stream().filter(m -> m.holds(CrewRole.FIRST_AD))
        .sorted(Comparator.comparing(Member::username)).map(Member::userId).findFirst()
        .orElseThrow(() -> new ConflictException("sceneId", "FirstAd",
            "the production has no 1st AD to witness a show-clear; add one to the crew")
            .saying("input.custody.no-first-ad"));
    return new SceneCall(scene.id(), scene.number(), date, scene.cast(), firstAd, scene.cameraHeadId());
  }
}
