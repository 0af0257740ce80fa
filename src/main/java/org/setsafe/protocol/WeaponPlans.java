package org.setsafe.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponEntry;
import org.setsafe.custody.IssueGate;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.protocol.WeaponPlanEvents.InLineOfFire;
import org.setsafe.protocol.WeaponPlanEvents.PlanRulesSet;
import org.setsafe.protocol.WeaponPlanEvents.RehearsalCleared;
import org.setsafe.protocol.WeaponPlanEvents.UnplannedRehearsalCalled;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRecorded;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanRefused;
import org.setsafe.protocol.WeaponPlanEvents.WeaponPlanSigned;
import org.setsafe.protocol.domain.NoBlanksWithoutDischargePolicy;
import org.setsafe.protocol.domain.PlanApproval;
import org.setsafe.protocol.domain.PlanContext;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.RehearsalCall;
import org.setsafe.protocol.domain.RehearsalClearance;
import org.setsafe.protocol.domain.RehearsalStatus;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.protocol.domain.WeaponPlanIssuePolicy;
import org.setsafe.protocol.domain.WeaponPlanPolicies;
import org.setsafe.protocol.domain.WeaponPlanStore;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.setsafe.shared.DecisionReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weapon plan of each scene: drafting and editing it (each edit a new version, the earlier ones kept), the
 * armorer's and the safety advisor's sign-offs per version, which lapse when the scene moves to another day or
 * location, unplanned rehearsals and their fresh clearances, and the question custody's issue gate asks. Everyone
 * on the production reads the plans; the armorer, property master and safety advisor write them.
 */
@Service
public class WeaponPlans {

  public static final int MAX_TEXT = 2000;
  public static final int MAX_SHORT = 200;
  public static final int MAX_LINES = 40;
  public static final int MAX_DISTANCE_FEET = 1000;
  public static final String TWO_PEOPLE = "protocol.two-people-sign";

  /** Who drafts and edits a plan. */
  static final Set<CrewRole> PLANNERS = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER, CrewRole.SAFETY_ADVISOR);
  /** Who calls an unplanned rehearsal with weapons. */
  static final Set<CrewRole> REHEARSAL_CALLERS = EnumSet.of(CrewRole.FIRST_AD, CrewRole.ARMORER,
      CrewRole.PROPERTY_MASTER);

  // ---- what callers send ----

  /** A plan version as drafted; missing booleans read as "no". */
  public record PlanDraft(Boolean discharge, String load, String directionOfFire, List<LineDraft> lines,
      List<LineOfFireDraft> lineOfFire, String changeNote) {}

  /** A weapon for a performer, pointed (or not) toward a person or the lens, and why a real firearm if nothing fires. */
  public record LineDraft(UUID weaponId, UUID performerId, Boolean pointed, String pointedToward,
      String replicaReason) {}

  /** A person (personId) or a thing ("A camera") in the line of fire. */
  public record LineOfFireDraft(UUID personId, String thing, Protection protection, Integer distanceFeet) {}

  // ---- what callers read ----

  /** A scene's plan: the version in force, the earlier ones, whether it is approved, and the rehearsals called. */
  public record ScenePlan(UUID productionId, UUID sceneId, String sceneNumber, String sceneDescription,
      boolean firearmsScene, String placement, int minBlankDistanceFeet, Version current, List<Version> earlier,
      Status status, List<Rehearsal> rehearsals, boolean rehearsalUncleared) {}

  /**
   * Whether the plan is approved: state {@code none} (no plan), {@code approved}, {@code awaiting} (sign-offs
   * missing) or {@code lapsed} (the scene moved since a sign-off); in words, with each lapse and each awaited
   * sign-off.
   */
  public record Status(String state, boolean approved, String summary, List<String> lapses,
      List<SignOffCapacity> awaiting) {}

  public record Version(UUID id, int version, boolean discharge, String load, String directionOfFire,
      List<Line> lines, List<InLine> lineOfFire, String changeNote, UUID recordedBy, String recordedByName,
      Instant recordedAt, List<SignOff> signOffs) {}

  public record Line(UUID weaponId, String weaponLabel, WeaponKind weaponKind, boolean firearm, UUID performerId,
      String performerName, boolean pointed, String pointedToward, String replicaReason) {}

  /** Someone or something in the line of fire: {@code subject} is the person's name or the thing. */
  public record InLine(UUID personId, String thing, String subject, Protection protection, int distanceFeet) {}

  public record SignOff(SignOffCapacity capacity, UUID signedBy, String signedByName, Instant signedAt,
      LocalDate shootingDate, String location, boolean counts, String lapse) {}

  public record Rehearsal(UUID id, UUID calledBy, String calledByName, Instant calledAt, String note,
      boolean cleared, List<SignOffCapacity> awaiting, List<Clearance> clearances) {}

  public record Clearance(SignOffCapacity capacity, UUID clearedBy, String clearedByName, Instant clearedAt,
      String note) {}

  private final WeaponPlanStore store;
  private final Schedule schedule;
  private final Productions productions;
  private final CrewList crew;
  private final ShootingSchedule shooting;
  private final ProductionAccess access;
  private final Armory armory;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int defaultMinBlankDistanceFeet;
  private final WeaponPlanPolicies policies = new WeaponPlanPolicies();
  private final WeaponPlanIssuePolicy issuePolicy = new WeaponPlanIssuePolicy();
  private final NoBlanksWithoutDischargePolicy noBlanksWithoutDischarge = new NoBlanksWithoutDischargePolicy();

  WeaponPlans(WeaponPlanStore store, Schedule schedule, Productions productions, CrewList crew, ShootingSchedule shooting,
      ProductionAccess access, Armory armory, RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.protocol.min-blank-distance-feet:20}") int defaultMinBlankDistanceFeet) {
    this.store = store;
    this.schedule = schedule;
    this.productions = productions;
    this.crew = crew;
    this.shooting = shooting;
    this.access = access;
    this.armory = armory;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
    this.defaultMinBlankDistanceFeet = defaultMinBlankDistanceFeet;
  }

  // ---- the production's rules ----

  /** The production's minimum distance from the muzzle for blanks, in feet; for everyone on the production. */
  public int minBlankDistanceFeet(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return minimum(productionId);
  }

  private int minimum(UUID productionId) {
    return store.minBlankDistanceFeet(productionId).orElse(defaultMinBlankDistanceFeet);
  }

  /** The safety advisor sets the production's minimum distance for blanks; plans recorded from now on keep it. */
  @Transactional
  public int setMinBlankDistanceFeet(UUID productionId, Integer feet) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = caller();
    requireRole(productionId, caller, EnumSet.of(CrewRole.SAFETY_ADVISOR), "set the minimum distance for blanks",
        "Only the production's safety advisor sets the minimum distance from the muzzle.");
    if (feet == null || feet < 1 || feet > 500) {
      throw new InvalidInputException("minBlankDistanceFeet", "Range", "minBlankDistanceFeet must be 1 to 500 feet");
    }
    Instant now = clock.instant();
    store.insertRules(productionId, feet, caller.id(), now);
    events.publishEvent(new PlanRulesSet(UUID.randomUUID(), caller.id(), now, productionId, feet));
    return feet;
  }

  // ---- writing ----

  /**
   * Records a new version of the scene's plan, checked against every plan rule first; a plan breaking one is
   * refused (and the refusal recorded), never stored. The new version needs both sign-offs afresh.
   */
  @Transactional
  public ScenePlan save(UUID productionId, UUID sceneId, PlanDraft draft) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = caller();
    requireRole(productionId, caller, PLANNERS, "edit the weapon plan of scene " + sceneId,
        "Only the armorer, the property master or the safety advisor drafts or edits a weapon plan.");
    Scene scene = schedule.scene(productionId, sceneId);
    if (draft == null) {
      throw new InvalidInputException("plan", "Required", "the plan is required");
    }
    Map<UUID, WeaponEntry> register = armory.weapons(productionId).stream()
        .collect(Collectors.toMap(w -> w.weapon().id(), Function.identity(), (a, b) -> b));
    WeaponPlanContent content = contentOf(draft, register);
    String changeNote = Text.optional("changeNote", draft.changeNote(), MAX_TEXT);
    PlanContext context = new PlanContext(scene.number(), scene.cast(),
        register.values().stream().collect(Collectors.toMap(w -> w.weapon().id(), w -> w.weapon().kind())),
        productions.members(productionId).stream().map(Member::userId).collect(Collectors.toSet()),
        minimum(productionId));
    Optional<Refusal> refused = policies.check(content, context);
    if (refused.isPresent()) {
      Refusal r = refused.get();
      refusals.record(new WeaponPlanRefused(UUID.randomUUID(), caller.id(), clock.instant(), productionId, sceneId,
          "record the weapon plan", r.field(), r.rule(), r.reason()));
      throw new InvalidInputException(r.field(), r.rule(), r.reason());
    }
    List<PlanVersion> versions = store.versions(productionId, sceneId);
    PlanVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (latest != null && latest.content().equals(content)) {
      throw new ConflictException("plan", "Changed", "the plan is the same as version " + latest.version()
          + "; nothing to record");
    }
    Instant now = clock.instant();
    PlanVersion version = new PlanVersion(UUID.randomUUID(), productionId, sceneId,
        latest == null ? 1 : latest.version() + 1, content, changeNote, caller.id(), now);
    try {
      store.insertVersion(version);
    } catch (DuplicateKeyException raced) {
      throw new ConflictException("plan", "Concurrent", "someone recorded version " + version.version()
          + " of this plan at the same moment; reload it and edit again");
    }
    events.publishEvent(new WeaponPlanRecorded(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        version.id(), version.version(), content.discharge(), content.load(), content.directionOfFire(),
        content.lines().stream().map(l -> new WeaponPlanEvents.Line(l.weaponId(), l.weaponLabel(),
            l.weaponKind().name(), l.performerId(), l.pointed(), l.pointedToward(), l.replicaReason())).toList(),
        content.lineOfFire().stream().map(e -> new InLineOfFire(e.personId(), e.thing(), e.protection().name(),
            e.distanceFeet())).toList(),
        changeNote));
    return plan(productionId, sceneId);
  }

  /**
   * Signs the plan's current version in a capacity (null: the one the caller's roles give, when only one does),
   * attesting every weapon, pointing, real-firearm reason and line-of-fire entry in it, for the scene's shooting
   * day and location now. {@code version} is the version the signer read: a newer one is refused.
   */
  @Transactional
  public ScenePlan signOff(UUID productionId, UUID sceneId, Integer version, SignOffCapacity capacity) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = caller();
    SignOffCapacity as = capacityOf(productionId, caller, capacity, "sign the weapon plan of scene " + sceneId);
    Scene scene = schedule.scene(productionId, sceneId);
    PlanVersion current = current(productionId, sceneId).orElseThrow(() -> new NotFoundException(
        "scene " + scene.number() + " has no weapon plan to sign"));
    if (version == null) {
      throw new InvalidInputException("version", "Required", "version is required: the plan version you read and sign");
    }
    if (version != current.version()) {
      throw new ConflictException("version", "Current", "version " + version + " is not the plan in force; version "
          + current.version() + " is: read it and sign that");
    }
    ScenePlacement now = placementOf(productionId, scene);
    List<PlanSignOff> ofVersion = store.signOffs(productionId, sceneId).stream()
        .filter(s -> s.planVersionId().equals(current.id())).toList();
    for (PlanSignOff signed : PlanApproval.newestPerCapacity(ofVersion)) {
      if (signed.placement().sameAs(now) && signed.capacity() == as) {
        throw new ConflictException("capacity", "Unique", "version " + current.version() + " is already signed as "
            + as.label().toLowerCase(java.util.Locale.ROOT) + " for " + now.describe());
      }
      if (signed.placement().sameAs(now) && signed.capacity() != as && signed.signedBy().equals(caller.id())) {
        String reason = "You signed version " + current.version() + " as " + signed.capacity().label()
            .toLowerCase(java.util.Locale.ROOT) + ": the other sign-off is another person's, so two people have"
            + " checked the plan (the safety advisor has no other role, California Labor Code §9151).";
        UUID refusalId = UUID.randomUUID();
        refusals.record(new WeaponPlanRefused(refusalId, caller.id(), clock.instant(), productionId, sceneId,
            "sign the weapon plan as " + as.name(), "capacity", TWO_PEOPLE, reason));
        throw new RuleRefusedException("capacity", TWO_PEOPLE, reason, refusalId.toString());
      }
    }
    Instant at = clock.instant();
    PlanSignOff signOff = new PlanSignOff(UUID.randomUUID(), current.id(), productionId, sceneId, as, caller.id(),
        at, now);
    store.insertSignOff(signOff);
    events.publishEvent(new WeaponPlanSigned(UUID.randomUUID(), caller.id(), at, productionId, sceneId, current.id(),
        current.version(), as.name(), now.shootingDayId(), now.date(), now.location()));
    return plan(productionId, sceneId);
  }

  /**
   * The 1st AD (or the armorer) calls an unplanned rehearsal with weapons on the scene: from now no weapon is
   * issued for it until the armorer and the safety advisor each record a fresh clearance.
   */
  @Transactional
  public ScenePlan callRehearsal(UUID productionId, UUID sceneId, String note) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = caller();
    requireRole(productionId, caller, REHEARSAL_CALLERS, "call a rehearsal on scene " + sceneId,
        "Only the 1st AD, the armorer or the property master calls an unplanned rehearsal with weapons.");
    schedule.scene(productionId, sceneId);
    String text = Text.optional("note", note, MAX_TEXT);
    Instant now = clock.instant();
    RehearsalCall call = new RehearsalCall(UUID.randomUUID(), productionId, sceneId, caller.id(), now, text);
    store.insertRehearsal(call);
    events.publishEvent(new UnplannedRehearsalCalled(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        call.id(), text));
    return plan(productionId, sceneId);
  }

  /** The armorer or the safety advisor records the fresh clearance of the scene's open unplanned rehearsal. */
  @Transactional
  public ScenePlan clearRehearsal(UUID productionId, UUID sceneId, SignOffCapacity capacity, String note) {
    access.require(productionId, Permission.VIEW);
    SignedInUser caller = caller();
    SignOffCapacity as = capacityOf(productionId, caller, capacity, "clear a rehearsal on scene " + sceneId);
    Scene scene = schedule.scene(productionId, sceneId);
    RehearsalStatus status = RehearsalStatus.of(store.rehearsals(productionId, sceneId),
        store.clearances(productionId, sceneId));
    if (!status.uncleared()) {
      throw new ConflictException("rehearsal", "Open", "no unplanned rehearsal on scene " + scene.number()
          + " waits for a clearance");
    }
    if (!status.awaiting().contains(as)) {
      throw new ConflictException("capacity", "Unique", "the rehearsal is already cleared by "
          + as.label().toLowerCase(java.util.Locale.ROOT));
    }
    String text = Text.optional("note", note, MAX_TEXT);
    Instant now = clock.instant();
    store.insertClearance(new RehearsalClearance(UUID.randomUUID(), status.open().id(), as, caller.id(), now, text));
    events.publishEvent(new RehearsalCleared(UUID.randomUUID(), caller.id(), now, productionId, sceneId,
        status.open().id(), as.name(), text));
    return plan(productionId, sceneId);
  }

  // ---- reading ----

  /** The scene's plan with every version, its approval now and its rehearsals; for everyone on the production. */
  public ScenePlan plan(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return planOf(sceneOf(productionId, sceneId));
  }

  /**
   * The scene's plan as {@link #plan} shows it, read without an access check: for the plan's own agenda item, asked
   * for the day's meeting by someone who may see the production or for custody's issue, whose caller custody checked.
   */
  ScenePlan planOf(Scene scene) {
    UUID productionId = scene.productionId();
    UUID sceneId = scene.id();
    Map<UUID, String> names = names(productionId);
    ScenePlacement now = placementOf(productionId, scene);
    List<PlanVersion> versions = versionsOf(productionId, sceneId);
    List<PlanSignOff> signOffs = signOffsOf(productionId, sceneId);
    List<Version> views = new ArrayList<>();
    for (PlanVersion v : versions) {
      views.add(0, view(v, signOffs, now, scene.number(), names));
    }
    PlanVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    List<RehearsalCall> calls = rehearsalsOf(productionId, sceneId);
    List<RehearsalClearance> clearances = clearancesOf(productionId, sceneId);
    RehearsalStatus rehearsal = RehearsalStatus.of(calls, clearances);
    List<Rehearsal> rehearsals = new ArrayList<>();
    for (RehearsalCall call : calls) {
      List<Clearance> cleared = clearances.stream().filter(c -> c.rehearsalId().equals(call.id()))
          .map(c -> new Clearance(c.capacity(), c.clearedBy(), names.getOrDefault(c.clearedBy(), "?"), c.clearedAt(),
              c.note())).toList();
      boolean open = rehearsal.uncleared() && rehearsal.open().id().equals(call.id());
      rehearsals.add(0, new Rehearsal(call.id(), call.calledBy(), names.getOrDefault(call.calledBy(), "?"),
          call.calledAt(), call.note(), !open, open ? rehearsal.awaiting() : List.of(), cleared));
    }
    return new ScenePlan(productionId, sceneId, scene.number(), scene.description(), scene.hasFirearms(),
        now.describe(), minimum(productionId), views.isEmpty() ? null : views.get(0),
        views.size() > 1 ? List.copyOf(views.subList(1, views.size())) : List.of(),
        status(latest, signOffs, now, scene.number()), rehearsals, rehearsal.uncleared());
  }

  /** Whether the scene has a plan at all, drafted or signed. */
  boolean planned(Scene scene) {
    return !versionsOf(scene.productionId(), scene.id()).isEmpty();
  }

  /**
   * Whether a weapon may go to a performer for the scene, as far as the weapon plan goes: the plan names it for the
   * performer, approved for where the scene is now, with no unplanned rehearsal waiting for its clearance; then
   * whether what the witnesses were shown fits it (blanks only where the plan fires). The refusal, or empty. For
   * custody's issue gate: it reads the scene custody loaded, once, and checks no one's access again.
   */
  Optional<IssueGate.Refused> refusalForIssue(IssueGate.WeaponIssue issue) {
    Scene scene = issue.scene();
    UUID productionId = issue.productionId();
    Optional<PlanVersion> plan = current(productionId, scene.id());
    ScenePlacement now = placementOf(productionId, scene);
    PlanApproval approval = plan.map(p -> PlanApproval.of(signOffsOf(productionId, scene.id(), p), now)).orElse(null);
    RehearsalStatus rehearsal = RehearsalStatus.of(rehearsalsOf(productionId, scene.id()),
        clearancesOf(productionId, scene.id()));
    String performer = crew.member(productionId, issue.performerId()).map(Member::displayName)
        .orElse("performer " + issue.performerId());
    return issuePolicy.check(new WeaponPlanIssuePolicy.Issue(scene.number(), issue.weaponId(), issue.weaponLabel(),
            issue.performerId(), performer, plan.orElse(null), approval, rehearsal))
        .map(reason -> new IssueGate.Refused(WeaponPlanIssuePolicy.RULE, reason))
        .or(() -> noBlanksWithoutDischarge.check(scene.number(), issue.weaponLabel(), plan.orElse(null),
                issue.shown().blanks())
            .map(reason -> new IssueGate.Refused(NoBlanksWithoutDischargePolicy.RULE, reason)));
  }

  /** The current version of every plan of the production, with its approval now; for the agenda and readiness. */
  public Map<UUID, ScenePlan> plansOf(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    Map<UUID, ScenePlan> plans = new LinkedHashMap<>();
    for (PlanVersion v : store.currentVersions(productionId)) {
      plans.put(v.sceneId(), planOf(sceneOf(productionId, v.sceneId())));
    }
    return plans;
  }

  /** Whether the caller may draft and edit plans on this production (for showing the form). */
  public boolean mayEdit(UUID productionId) {
    return holdsAny(productionId, PLANNERS);
  }

  /** The capacities the caller may sign or clear in on this production. */
  public List<SignOffCapacity> capacitiesOfCaller(UUID productionId) {
    List<SignOffCapacity> capacities = new ArrayList<>();
    if (holdsAny(productionId, EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER))) {
      capacities.add(SignOffCapacity.ARMORER);
    }
    if (holdsAny(productionId, EnumSet.of(CrewRole.SAFETY_ADVISOR))) {
      capacities.add(SignOffCapacity.SAFETY_ADVISOR);
    }
    return capacities;
  }

  public boolean mayCallRehearsal(UUID productionId) {
    return holdsAny(productionId, REHEARSAL_CALLERS);
  }

  // ---- helpers ----

  private Optional<PlanVersion> current(UUID productionId, UUID sceneId) {
    List<PlanVersion> versions = versionsOf(productionId, sceneId);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  private List<PlanSignOff> signOffsOf(UUID productionId, UUID sceneId, PlanVersion version) {
    return signOffsOf(productionId, sceneId).stream().filter(s -> s.planVersionId().equals(version.id())).toList();
  }

  // A scene's plan records, read once for a decision (custody's issue asks the plan gate and the meeting's item).

  private List<PlanVersion> versionsOf(UUID productionId, UUID sceneId) {
    return DecisionReads.kept(List.of(WeaponPlans.class, "versions", productionId, sceneId),
        () -> List.copyOf(store.versions(productionId, sceneId)));
  }

  private List<PlanSignOff> signOffsOf(UUID productionId, UUID sceneId) {
    return DecisionReads.kept(List.of(WeaponPlans.class, "signOffs", productionId, sceneId),
        () -> List.copyOf(store.signOffs(productionId, sceneId)));
  }

  private List<RehearsalCall> rehearsalsOf(UUID productionId, UUID sceneId) {
    return DecisionReads.kept(List.of(WeaponPlans.class, "rehearsals", productionId, sceneId),
        () -> List.copyOf(store.rehearsals(productionId, sceneId)));
  }

  private List<RehearsalClearance> clearancesOf(UUID productionId, UUID sceneId) {
    return DecisionReads.kept(List.of(WeaponPlans.class, "clearances", productionId, sceneId),
        () -> List.copyOf(store.clearances(productionId, sceneId)));
  }

  private Status status(PlanVersion latest, List<PlanSignOff> signOffs, ScenePlacement now, String sceneNumber) {
    if (latest == null) {
      return new Status("none", false, "Scene " + sceneNumber + " has no weapon plan.", List.of(), List.of());
    }
    PlanApproval approval = PlanApproval.of(signOffs.stream()
        .filter(s -> s.planVersionId().equals(latest.id())).toList(), now);
    List<String> lapses = approval.lapses().stream().map(l -> l.describe(sceneNumber)).toList();
    String state = approval.approved() ? "approved" : lapses.isEmpty() ? "awaiting" : "lapsed";
    String summary = approval.whyNot(sceneNumber).orElse("Version " + latest.version()
        + " is signed by the armorer and the safety advisor for " + now.describe() + ".");
    return new Status(state, approval.approved(), summary, lapses, approval.awaiting());
  }

  private Version view(PlanVersion v, List<PlanSignOff> signOffs, ScenePlacement now, String sceneNumber,
      Map<UUID, String> names) {
    WeaponPlanContent c = v.content();
    List<PlanSignOff> counting = PlanApproval.newestPerCapacity(signOffs.stream()
        .filter(s -> s.planVersionId().equals(v.id())).toList());
    List<SignOff> signed = signOffs.stream().filter(s -> s.planVersionId().equals(v.id())).map(s -> {
      boolean newest = counting.contains(s);
      boolean holds = newest && s.placement().sameAs(now);
      String lapse = holds ? null : !newest ? "signed again since"
          : "scene " + sceneNumber + " moved from " + s.placement().describe() + " to " + now.describe();
      return new SignOff(s.capacity(), s.signedBy(), names.getOrDefault(s.signedBy(), "?"), s.signedAt(),
          s.placement().date(), s.placement().location(), holds, lapse);
    }).toList();
    return new Version(v.id(), v.version(), c.discharge(), c.load(), c.directionOfFire(),
        c.lines().stream().map(l -> new Line(l.weaponId(), l.weaponLabel(), l.weaponKind(), l.firearm(),
            l.performerId(), names.getOrDefault(l.performerId(), "?"), l.pointed(), l.pointedToward(),
            l.replicaReason())).toList(),
        c.lineOfFire().stream().map(e -> new InLine(e.personId(), e.thing(),
            e.personId() != null ? names.getOrDefault(e.personId(), "?") : e.thing(), e.protection(),
            e.distanceFeet())).toList(),
        v.changeNote(), v.recordedBy(), names.getOrDefault(v.recordedBy(), "?"), v.recordedAt(), signed);
  }

  private ScenePlacement placementOf(UUID productionId, Scene scene) {
    if (scene.shootingDayId() == null) {
      return ScenePlacement.UNSCHEDULED;
    }
    ShootingDay day = shooting.day(productionId, scene.shootingDayId());
    return new ScenePlacement(day.id(), day.date(), day.location());
  }

  /** The crew's names; read once the caller was checked, by the method that checked. */
  private Map<UUID, String> names(UUID productionId) {
    return crew.members(productionId).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName, (a, b) -> a));
  }

  private Scene sceneOf(UUID productionId, UUID sceneId) {
    return shooting.scene(productionId, sceneId);
  }

  /** Turns what was sent into a plan version, refusing what has the wrong shape (400, field and rule named). */
  private static WeaponPlanContent contentOf(PlanDraft draft, Map<UUID, WeaponEntry> register) {
    boolean discharge = Boolean.TRUE.equals(draft.discharge());
    List<LineDraft> lineDrafts = draft.lines() == null ? List.of() : draft.lines();
    if (lineDrafts.isEmpty() || lineDrafts.size() > MAX_LINES) {
      throw new InvalidInputException("lines", "Size", "a weapon plan names 1 to " + MAX_LINES
          + " weapons, each with its performer");
    }
    List<WeaponLine> lines = new ArrayList<>();
    for (int i = 0; i < lineDrafts.size(); i++) {
      LineDraft d = lineDrafts.get(i);
      String at = "lines[" + i + "]";
      if (d == null || d.weaponId() == null) {
        throw new InvalidInputException(at + ".weaponId", "Required", at + ".weaponId is required");
      }
      if (d.performerId() == null) {
        throw new InvalidInputException(at + ".performerId", "Required", at + ".performerId is required");
      }
      WeaponEntry entry = register.get(d.weaponId());
      boolean pointed = Boolean.TRUE.equals(d.pointed());
      lines.add(new WeaponLine(d.weaponId(), entry == null ? "weapon " + d.weaponId() : entry.weapon().label(),
          entry == null ? WeaponKind.RUBBER_PROP : entry.weapon().kind(), d.performerId(), pointed,
          pointed ? Text.optional(at + ".pointedToward", d.pointedToward(), MAX_SHORT) : null,
          Text.optional(at + ".replicaReason", d.replicaReason(), MAX_TEXT)));
    }
    List<LineOfFireDraft> fireDrafts = draft.lineOfFire() == null ? List.of() : draft.lineOfFire();
    if (fireDrafts.size() > MAX_LINES) {
      throw new InvalidInputException("lineOfFire", "Size", "at most " + MAX_LINES + " line-of-fire entries");
    }
    List<LineOfFire> fire = new ArrayList<>();
    for (int i = 0; i < fireDrafts.size(); i++) {
      LineOfFireDraft d = fireDrafts.get(i);
      String at = "lineOfFire[" + i + "]";
      if (d == null) {
        throw new InvalidInputException(at, "Required", at + " is empty");
      }
      if (d.distanceFeet() != null && (d.distanceFeet() < 0 || d.distanceFeet() > MAX_DISTANCE_FEET)) {
        throw new InvalidInputException(at + ".distanceFeet", "Range", at + ".distanceFeet must be 0 to "
            + MAX_DISTANCE_FEET + " feet");
      }
      fire.add(new LineOfFire(d.personId(), Text.optional(at + ".thing", d.thing(), MAX_SHORT), d.protection(),
          d.distanceFeet()));
    }
    return new WeaponPlanContent(discharge, Text.optional("load", draft.load(), MAX_SHORT),
        Text.optional("directionOfFire", draft.directionOfFire(), MAX_SHORT * 2), lines, fire);
  }

  private SignOffCapacity capacityOf(UUID productionId, SignedInUser caller, SignOffCapacity asked, String what) {
    List<SignOffCapacity> mine = capacitiesOfCaller(productionId);
    if (asked == null) {
      if (mine.size() == 1) {
        return mine.get(0);
      }
      if (mine.isEmpty()) {
        refuse(caller, what, "Only the armorer or property master, and the safety advisor, sign weapon plans and"
            + " clear rehearsals.");
      }
      throw new InvalidInputException("capacity", "Required", "say in which capacity you sign: ARMORER or SAFETY_ADVISOR");
    }
    if (!mine.contains(asked)) {
      refuse(caller, what, asked == SignOffCapacity.ARMORER
          ? "Only the armorer or the property master signs as armorer."
          : "Only the production's safety advisor signs as safety advisor.");
    }
    return asked;
  }

  private void requireRole(UUID productionId, SignedInUser caller, Set<CrewRole> allowed, String what,
      String message) {
    if (!holdsAny(productionId, allowed)) {
      refuse(caller, what, message);
    }
  }

  private boolean holdsAny(UUID productionId, Set<CrewRole> allowed) {
    return SignedInUser.current().map(user -> productions.rolesOf(productionId, user.id()).orElse(Set.of()).stream()
        .anyMatch(allowed::contains)).orElse(false);
  }

  private static void refuse(SignedInUser caller, String what, String message) {
    SecurityAudit.accessRefused(caller.getUsername(), what, "role does not allow it");
    throw new AccessRefusedException(message);
  }

  private static SignedInUser caller() {
    return SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
  }
}
