package org.setsafe.staffing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.Permission;
import org.setsafe.production.Production;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.setsafe.shared.Text;
import org.setsafe.staffing.StaffingEvents.DutyReleased;
import org.setsafe.staffing.StaffingEvents.DutyScheduled;
import org.setsafe.staffing.StaffingEvents.FlagDecided;
import org.setsafe.staffing.StaffingEvents.HoursRecorded;
import org.setsafe.staffing.StaffingEvents.RestShort;
import org.setsafe.staffing.StaffingEvents.RulesSet;
import org.setsafe.staffing.StaffingEvents.SchedulingRefused;
import org.setsafe.staffing.StaffingEvents.WeeklyHoursExceeded;
import org.setsafe.staffing.domain.ArmorerDoubleBookedPolicy;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.FlagKind;
import org.setsafe.staffing.domain.RestAndHoursPolicy;
import org.setsafe.staffing.domain.RestAndHoursPolicy.Finding;
import org.setsafe.staffing.domain.RosterEntry;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingRules;
import org.setsafe.staffing.domain.StaffingStore;
import org.setsafe.staffing.domain.StaffingStore.Decision;
import org.setsafe.staffing.domain.StaffingStore.RaisedFlag;
import org.setsafe.shared.DecisionReads;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works each shooting day, on which duty, and for how long. The UPM, 1st AD or a producer schedules people
 * onto a day's duties: a dedicated armorer on every firearms day, who holds no other duty that day here or
 * elsewhere (California Labor Code §9153(a)(3)). Hours are recorded by the UPM, the 1st AD or the person; a
 * firearms scene whose armorer, 1st AD or camera crew had too little rest or too many hours in the week is flagged
 * (§9152, §9153(a)(6)), and stays flagged for the issue gate until a producer or UPM records what they did.
 */
@Service
public class Staffing {

  /** Roles that schedule people onto a day's duties. */
  static final Set<CrewRole> SCHEDULERS = EnumSet.of(CrewRole.UPM, CrewRole.FIRST_AD, CrewRole.PRODUCER);
  /** Roles that record hours for anyone on the crew (everyone records their own). */
  static final Set<CrewRole> TIMEKEEPERS = EnumSet.of(CrewRole.UPM, CrewRole.FIRST_AD);
  /** Roles accountable for a decision on a fatigue flag and for the production's limits. */
  static final Set<CrewRole> DECIDERS = EnumSet.of(CrewRole.PRODUCER, CrewRole.UPM);
  static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);
  public static final int MAX_DECISION = 2000;
  public static final int MAX_REASON = 500;

  /** One person on the day's roster, with every duty they hold that day. */
  public record RosterLine(UUID personId, String name, List<CrewRole> duties) {
    public boolean dedicatedArmorer() {
      return duties.contains(CrewRole.ARMORER);
    }
  }

  /** A shift as shown: minutes worked, zero while still open. */
  public record ShiftView(UUID personId, LocalDate workDate, Instant on, Instant off, long minutesWorked,
      String reason, UUID recordedBy, Instant recordedAt) {
    static ShiftView of(Shift s) {
      return new ShiftView(s.personId(), s.workDate(), s.on(), s.off(), s.worked().toMinutes(), s.reason(),
          s.recordedBy(), s.recordedAt());
    }
  }

  /** A person watched on a firearms day: their shift that day, their rest before it and their week's hours. */
  public record PersonDay(UUID personId, String name, String watchedAs, ShiftView shift, Long restMinutesBefore,
      long weekMinutes) {}

  /** What a producer or UPM did about a flag. */
  public record DecisionView(String decision, UUID decidedBy, String decidedByName, String role, Instant decidedAt) {}

  /** A flag on a firearms scene, with the decision on it if one was recorded. */
  public record Flag(UUID sceneId, String sceneNumber, LocalDate date, UUID personId, String personName,
      String watchedAs, FlagKind kind, String code, String detail, DecisionView decision) {
    public boolean decided() {
      return decision != null;
    }
  }

  /** The production's limits in force, and whether they are the installation's defaults. */
  public record Rules(int minRestHours, int weeklyHoursLimit, boolean defaults) {}

  /** Everything the day's staffing page shows. */
  public record DayStaffing(UUID productionId, ShootingDay day, boolean firearmsDay, List<String> firearmsScenes,
      List<RosterLine> roster, List<PersonDay> watched, List<Flag> flags, Rules rules) {
    public boolean hasDedicatedArmorer() {
      return roster.stream().anyMatch(RosterLine::dedicatedArmorer);
    }
  }

  /** A person's own hours on a production, newest first, every entry kept. */
  public record MyHours(UUID productionId, UUID personId, String name, List<ShiftView> entries) {}

  private final StaffingStore store;
  private final RefusalRecorder refusals;
  private final CrewList crew;
  private final ProductionAccess access;
  private final ShootingSchedule schedule;
  private final Accounts accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final StaffingRules defaults;
  private final ArmorerDoubleBookedPolicy doubleBooked = new ArmorerDoubleBookedPolicy();
  private final RestAndHoursPolicy restAndHours = new RestAndHoursPolicy();

  Staffing(StaffingStore store, RefusalRecorder refusals, CrewList crew, ProductionAccess access,
      ShootingSchedule schedule, Accounts accounts, ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.staffing.min-rest-hours:10}") int minRestHours,
      @Value("${setsafe.staffing.weekly-hours-limit:60}") int weeklyHoursLimit) {
    this.store = store;
    this.refusals = refusals;
    this.crew = crew;
    this.access = access;
    this.schedule = schedule;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.defaults = new StaffingRules(Duration.ofHours(minRestHours), Duration.ofHours(weeklyHoursLimit));
  }

  // ---- the roster ----

  /**
   * Puts a person on a duty on a shooting day (the UPM, 1st AD or a producer). ARMORER makes them the day's
   * dedicated armorer and needs an armorer or property master; any other duty is a role they hold. Asking again
   * for a duty they already hold changes nothing.
   */
  @Transactional
  public DayStaffing schedule(UUID productionId, UUID dayId, UUID personId, CrewRole duty) {
    SignedInUser caller = requireRole(productionId, SCHEDULERS, "schedule people onto a shooting day",
        "Only the UPM, the 1st AD or a producer schedules people onto a shooting day.");
    ShootingDay day = schedule.day(productionId, dayId);
    if (duty == null) {
      throw new InvalidInputException("duty", "Required", "duty names a crew role, e.g. ARMORER");
    }
    Member person = member(productionId, personId);
    if (duty == CrewRole.ARMORER && person.roles().stream().noneMatch(ARMORER_ROLES::contains)) {
      throw new InvalidInputException("duty", "Armorer", person.displayName() + " is not an armorer or property "
          + "master on this production; only they may be a dedicated armorer");
    }
    if (duty != CrewRole.ARMORER && !person.roles().contains(duty)) {
      throw new InvalidInputException("duty", "RoleHeld", person.displayName() + " does not hold the role "
          + duty.label() + " on this production");
    }
    store.lockPerson(personId);
    List<Assignment> thatDate = Assignment.standing(store.rosterOfPerson(personId, day.date()));
    if (thatDate.stream().anyMatch(a -> a.sameDayAndProductionAs(productionId, dayId) && a.duty() == duty)) {
      return day(productionId, dayId);
    }
    Optional<Refusal> refusal = doubleBooked.check(productionId, dayId, day.date(), person.displayName(), duty,
        thatDate);
    if (refusal.isPresent()) {
      SchedulingRefused fact = new SchedulingRefused(UUID.randomUUID(), caller.id(), clock.instant(), productionId,
          dayId, day.date(), personId, duty.name(), refusal.get().rule(), refusal.get().reason());
      refusals.record(fact);
      throw new RuleRefusedException("personId", refusal.get().rule(), refusal.get().reason(),
          fact.factId().toString());
    }
    Instant now = clock.instant();
    store.append(new RosterEntry(UUID.randomUUID(), productionId, dayId, day.date(), personId, duty, true, caller.id(),
        now));
    events.publishEvent(new DutyScheduled(UUID.randomUUID(), caller.id(), now, productionId, dayId, day.date(),
        personId, duty.name()));
    raiseFlags(productionId, day.date(), caller.id());
    return day(productionId, dayId);
  }

  /** Releases a person from a duty on a shooting day; the earlier entry stays on record. */
  @Transactional
  public DayStaffing release(UUID productionId, UUID dayId, UUID personId, CrewRole duty) {
    SignedInUser caller = requireRole(productionId, SCHEDULERS, "release people from a shooting day",
        "Only the UPM, the 1st AD or a producer releases people from a shooting day.");
    ShootingDay day = schedule.day(productionId, dayId);
    if (duty == null) {
      throw new InvalidInputException("duty", "Required", "duty names a crew role, e.g. ARMORER");
    }
    Member person = member(productionId, personId);
    store.lockPerson(personId);
    boolean onIt = Assignment.standing(store.rosterOf(productionId, dayId)).stream()
        .anyMatch(a -> a.personId().equals(personId) && a.duty() == duty);
    if (!onIt) {
      throw new ConflictException("duty", "OnDuty", person.displayName() + " is not on duty as " + duty.label()
          + " on " + day.date());
    }
    Instant now = clock.instant();
    store.append(new RosterEntry(UUID.randomUUID(), productionId, dayId, day.date(), personId, duty, false,
        caller.id(), now));
    events.publishEvent(new DutyReleased(UUID.randomUUID(), caller.id(), now, productionId, dayId, day.date(),
        personId, duty.name()));
    raiseFlags(productionId, day.date(), caller.id());
    return day(productionId, dayId);
  }

  /** Whether the person is the production's dedicated armorer on that date; for the issue gate. */
  boolean dedicatedArmorerOn(UUID productionId, LocalDate date, UUID personId) {
    return Assignment.standing(store.rosterOfPerson(personId, date)).stream()
        .anyMatch(a -> a.productionId().equals(productionId) && a.dedicatedArmorer());
  }

  // ---- hours ----

  /**
   * Records the hours a person worked on a date, on and off in the production's time (an off time before the on
   * time is after midnight; no off time while still at work). By the person, or by the UPM or 1st AD. A second
   * entry for the same date corrects the first, and says why.
   */
  @Transactional
  public ShiftView recordHours(UUID productionId, UUID personId, LocalDate workDate, LocalTime on, LocalTime off,
      String reason) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    Production production = access.require(productionId, Permission.VIEW);
    UUID who = personId == null ? caller.id() : personId;
    if (!who.equals(caller.id()) && !holds(productionId, caller, TIMEKEEPERS)) {
      refuse(caller, "record hours for " + who,
          reason(productionId, caller, "Only the person, the UPM or the 1st AD records hours worked."));
    }
    member(productionId, who);
    if (workDate == null || workDate.isBefore(Schedule.EARLIEST) || workDate.isAfter(Schedule.LATEST)) {
      throw new InvalidInputException("date", "Range", "date must be between " + Schedule.EARLIEST + " and "
          + Schedule.LATEST);
    }
    if (on == null) {
      throw new InvalidInputException("on", "Required", "on is required (HH:MM)");
    }
    if (off != null && off.equals(on)) {
      throw new InvalidInputException("off", "AfterOn", "off comes after on (an earlier time is after midnight)");
    }
    ZoneId zone = production.timeZone();
    Instant onAt = workDate.atTime(on).atZone(zone).toInstant();
    Instant offAt = off == null ? null
        : (off.isBefore(on) ? workDate.plusDays(1) : workDate).atTime(off).atZone(zone).toInstant();
    store.lockPerson(who);
    boolean correction = Shift.inForce(store.shiftsOf(who, workDate, workDate)).stream()
        .anyMatch(s -> s.productionId().equals(productionId));
    String why = Text.optional("reason", reason, MAX_REASON);
    if (correction && why == null) {
      throw new InvalidInputException("reason", "Required", "hours for " + workDate + " are already recorded; a "
          + "correction says why (the earlier entry stays on record)");
    }
    Instant now = clock.instant();
    Shift shift = new Shift(UUID.randomUUID(), productionId, who, workDate, onAt, offAt, why, caller.id(), now);
    store.append(shift);
    events.publishEvent(new HoursRecorded(UUID.randomUUID(), caller.id(), now, productionId, who, workDate, onAt,
        offAt, correction, why));
    // Rest before the next day and the week's hours of the following days change: raise their flags, on every
    // production the person is on.
    for (Production p : crew.productionsOf(who)) {
      for (int d = 0; d <= 7; d++) {
        raiseFlags(p.id(), workDate.plusDays(d), caller.id());
      }
    }
    return ShiftView.of(shift);
  }

  /** The signed-in person's own hours on the production, every entry, newest first. */
  public MyHours myHours(UUID productionId) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    access.require(productionId, Permission.VIEW);
    LocalDate today = schedule.today(crew.production(productionId));
    List<ShiftView> entries = store.shiftsOf(caller.id(), today.minusDays(60), today.plusDays(1)).stream()
        .filter(s -> s.productionId().equals(productionId))
        .sorted(Comparator.comparing(Shift::workDate).thenComparing(Shift::recordedAt).reversed())
        .map(ShiftView::of).toList();
    return new MyHours(productionId, caller.id(), caller.displayName(), entries);
  }

  // ---- the production's limits ----

  public Rules rules(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return store.rules(productionId).map(r -> view(r.rules(), false)).orElse(view(defaults, true));
  }

  /** A producer or UPM sets the production's minimum rest and weekly hours limit, in whole hours. */
  @Transactional
  public Rules setRules(UUID productionId, Integer minRestHours, Integer weeklyHoursLimit) {
    SignedInUser caller = requireRole(productionId, DECIDERS, "set the staffing rules",
        "Only a producer or the UPM sets the production's rest and hours limits.");
    if (minRestHours == null || minRestHours < 1 || minRestHours > StaffingRules.MAX_REST_HOURS) {
      throw new InvalidInputException("minRestHours", "Range", "minRestHours must be between 1 and "
          + StaffingRules.MAX_REST_HOURS);
    }
    if (weeklyHoursLimit == null || weeklyHoursLimit < 1 || weeklyHoursLimit > StaffingRules.MAX_WEEKLY_HOURS) {
      throw new InvalidInputException("weeklyHoursLimit", "Range", "weeklyHoursLimit must be between 1 and "
          + StaffingRules.MAX_WEEKLY_HOURS);
    }
    StaffingRules rules = new StaffingRules(Duration.ofHours(minRestHours), Duration.ofHours(weeklyHoursLimit));
    Instant now = clock.instant();
    store.appendRules(UUID.randomUUID(), productionId, rules, caller.id(), now);
    events.publishEvent(new RulesSet(UUID.randomUUID(), caller.id(), now, productionId, minRestHours * 60,
        weeklyHoursLimit * 60));
    for (ShootingDay day : schedule.days(productionId)) {
      raiseFlags(productionId, day.date(), caller.id());
    }
    return view(rules, false);
  }

  // ---- flags and decisions ----

  /**
   * A producer or UPM records what they did about a flag on a firearms scene (a relief armorer brought in, hours
   * cut, the scene moved): the flag then no longer holds the firearm back.
   */
  @Transactional
  public Flag decide(UUID productionId, UUID sceneId, UUID personId, String flagKind, String decision) {
    SignedInUser caller = requireRole(productionId, DECIDERS, "decide on a staffing flag",
        "Only a producer or the UPM records a decision on a rest or hours flag.");
    FlagKind kind = flagKind(flagKind);
    if (sceneId == null) {
      throw new InvalidInputException("sceneId", "Required", "sceneId names the flagged scene");
    }
    if (personId == null) {
      throw new InvalidInputException("personId", "Required", "personId names the person flagged");
    }
    String what = Text.required("decision", decision, MAX_DECISION);
    Scene scene = schedule.scene(productionId, sceneId);
    if (scene.shootingDayId() == null) {
      throw new ConflictException("sceneId", "Scheduled", "scene " + scene.number() + " is not on a shooting day");
    }
    ShootingDay day = schedule.day(productionId, scene.shootingDayId());
    raiseFlags(productionId, day.date(), caller.id());
    Flag flag = flagsOn(productionId, day).stream()
        .filter(f -> f.sceneId().equals(sceneId) && f.personId().equals(personId) && f.kind() == kind)
        .findFirst().orElseThrow(() -> new ConflictException("kind", "Flagged", "scene " + scene.number()
            + " has no such flag now; nothing to decide"));
    Set<CrewRole> roles = access.rolesHeld(productionId);
    String role = roles.contains(CrewRole.PRODUCER) || roles.isEmpty() ? CrewRole.PRODUCER.name() : CrewRole.UPM.name();
    Instant now = clock.instant();
    store.append(new Decision(UUID.randomUUID(), productionId, sceneId, day.date(), personId, kind, what, caller.id(),
        role, now));
    events.publishEvent(new FlagDecided(UUID.randomUUID(), caller.id(), now, productionId, sceneId, day.date(),
        personId, kind.code(), what, role));
    return flagsOn(productionId, day).stream()
        .filter(f -> f.sceneId().equals(sceneId) && f.personId().equals(personId) && f.kind() == kind)
        .findFirst().orElse(flag);
  }

  private static FlagKind flagKind(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("kind", "Required", "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED");
    }
    try {
      return FlagKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "Known", "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED");
    }
  }

  // ---- reading ----

  /** The day's staffing: its roster, the people watched on a firearms day with their hours and rest, the flags. */
  public DayStaffing day(UUID productionId, UUID dayId) {
    access.require(productionId, Permission.VIEW);
    ShootingDay day = schedule.day(productionId, dayId);
    Production production = crew.production(productionId);
    List<Member> members = crew.members(productionId);
    Map<UUID, String> names = names(members);
    List<Scene> firearms = firearmsScenes(productionId, dayId);
    List<Assignment> standing = Assignment.standing(store.rosterOf(productionId, dayId));
    Map<UUID, List<CrewRole>> duties = new LinkedHashMap<>();
    standing.forEach(a -> duties.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a.duty()));
    List<RosterLine> roster = duties.entrySet().stream()
        .map(e -> new RosterLine(e.getKey(), names.getOrDefault(e.getKey(), "former member"),
            e.getValue().stream().sorted().toList()))
        .sorted(Comparator.comparing((RosterLine l) -> !l.dedicatedArmorer()).thenComparing(RosterLine::name))
        .toList();
    StaffingRules rules = rulesOf(productionId);
    Instant callAt = day.at(day.callTime(), production.timeZone());
    Map<UUID, String> watched = new LinkedHashMap<>();
    if (!firearms.isEmpty()) {
      for (Scene scene : firearms) {
        watched.putAll(watchedOn(scene, members, standing));
      }
    }
    roster.forEach(line -> watched.putIfAbsent(line.personId(), "on the roster"));
    List<PersonDay> people = new ArrayList<>();
    for (Map.Entry<UUID, String> person : watched.entrySet()) {
      List<Shift> shifts = shiftsBefore(person.getKey(), day.date());
      Optional<Shift> thatDay = shifts.stream().filter(s -> s.workDate().equals(day.date())
          && s.productionId().equals(productionId)).findFirst();
      Instant start = thatDay.map(Shift::on).orElse(callAt);
      Long rest = shifts.stream().filter(s -> s.workDate().isBefore(day.date()) && s.off() != null).map(Shift::off)
          .max(Comparator.naturalOrder()).map(end -> Duration.between(end, start).toMinutes()).orElse(null);
      long week = shifts.stream().filter(s -> !s.workDate().isBefore(day.date().minusDays(6)))
          .map(Shift::worked).reduce(Duration.ZERO, Duration::plus).toMinutes();
      people.add(new PersonDay(person.getKey(), names.getOrDefault(person.getKey(), "former member"),
          person.getValue(), thatDay.map(ShiftView::of).orElse(null), rest, week));
    }
    return new DayStaffing(productionId, day, !firearms.isEmpty(), firearms.stream().map(Scene::number).toList(),
        roster, people, flagsOn(productionId, day), view(rules, store.rules(productionId).isEmpty()));
  }

  /** The scene's flags on that date that no producer or UPM has decided on; for the issue gate. */
  List<Flag> undecidedFlags(Scene scene, LocalDate date) {
    return flagsOf(scene, date).stream().filter(f -> !f.decided()).toList();
  }

  /**
   * The scene's flags on that date, each with its decision if one was recorded: none unless it is a firearms scene
   * shot that day. Reads the scene as the caller loaded it and checks no one's access: for custody's issue gate,
   * whose caller custody checked, and for the scene's items on the day's agenda.
   */
  List<Flag> flagsOf(Scene scene, LocalDate date) {
    if (!scene.hasFirearms() || scene.shootingDayId() == null) {
      return List.of();
    }
    // Read once for a decision: the staffing gate and the meeting's items on the scene ask the same.
    return DecisionReads.kept(List.of(Staffing.class, "flags", scene, date), () -> readFlagsOf(scene, date));
  }

  private List<Flag> readFlagsOf(Scene scene, LocalDate date) {
    UUID productionId = scene.productionId();
    return schedule.dayOf(scene).filter(day -> day.date().equals(date))
        .map(day -> flagsOn(crew.production(productionId), crew.members(productionId), day, List.of(scene)))
        .orElse(List.of());
  }

  /** Every shooting day of the production with its firearms scenes, dedicated armorers and flags. */
  List<DayStaffing> days(UUID productionId) {
    return schedule.days(productionId).stream().map(d -> day(productionId, d.id())).toList();
  }

  Optional<DayStaffing> dayOn(UUID productionId, LocalDate date) {
    return schedule.dayOn(productionId, date).map(d -> day(productionId, d.id()));
  }

  /** The flags on the day's firearms scenes now, each with its decision if one was recorded. */
  private List<Flag> flagsOn(UUID productionId, ShootingDay day) {
    List<Scene> firearms = firearmsScenes(productionId, day.id());
    if (firearms.isEmpty()) {
      return List.of();
    }
    return flagsOn(crew.production(productionId), crew.members(productionId), day, firearms);
  }

  /** The flags on these firearms scenes of the day: the people watched on each, against the rest and hours rules. */
  private List<Flag> flagsOn(Production production, List<Member> members, ShootingDay day, List<Scene> firearms) {
    UUID productionId = production.id();
    Map<UUID, String> names = names(members);
    List<Assignment> standing = Assignment.standing(store.rosterOf(productionId, day.id()));
    StaffingRules rules = rulesOf(productionId);
    Instant callAt = day.at(day.callTime(), production.timeZone());
    List<Decision> decisions = store.decisions(productionId);
    List<Flag> flags = new ArrayList<>();
    Map<UUID, List<Finding>> findingsByPerson = new LinkedHashMap<>();
    Set<UUID> watchedPeople = new LinkedHashSet<>();
    firearms.forEach(scene -> watchedPeople.addAll(watchedOn(scene, members, standing).keySet()));
    Map<UUID, List<Shift>> shifts = shiftsBefore(watchedPeople, day.date());
    for (Scene scene : firearms) {
      for (Map.Entry<UUID, String> person : watchedOn(scene, members, standing).entrySet()) {
        String name = names.getOrDefault(person.getKey(), "former member");
        List<Finding> findings = findingsByPerson.computeIfAbsent(person.getKey(),
            id -> restAndHours.check(name, day.date(), callAt, shifts.getOrDefault(id, List.of()), rules));
        for (Finding finding : findings) {
          DecisionView decision = decisions.stream()
              .filter(d -> d.sceneId().equals(scene.id()) && d.date().equals(day.date())
                  && d.personId().equals(person.getKey()) && d.kind() == finding.kind())
              .reduce((first, second) -> second)
              .map(d -> new DecisionView(d.decision(), d.decidedBy(), names.getOrDefault(d.decidedBy(), "former member"),
                  d.deciderRole(), d.decidedAt()))
              .orElse(null);
          flags.add(new Flag(scene.id(), scene.number(), day.date(), person.getKey(), name, person.getValue(),
              finding.kind(), finding.kind().code(), finding.detail(), decision));
        }
      }
    }
    return flags;
  }

  /**
   * Records, once each, the flags standing now on the production's firearms scenes of that date. Reads as the
   * system: hours recorded on one production raise flags on another the person is on.
   */
  private void raiseFlags(UUID productionId, LocalDate date, UUID actor) {
    List<Flag> flags = schedule.dayOn(productionId, date).map(day -> flagsOn(productionId, day)).orElse(List.of());
    for (Flag flag : flags) {
      Instant now = clock.instant();
      RaisedFlag raised = new RaisedFlag(UUID.randomUUID(), productionId, flag.sceneId(), flag.date(),
          flag.personId(), flag.kind(), flag.detail(), now);
      if (store.raiseOnce(raised)) {
        events.publishEvent(flag.kind() == FlagKind.REST_SHORT
            ? new RestShort(UUID.randomUUID(), actor, now, productionId, flag.sceneId(), flag.date(), flag.personId(),
                flag.detail())
            : new WeeklyHoursExceeded(UUID.randomUUID(), actor, now, productionId, flag.sceneId(), flag.date(),
                flag.personId(), flag.detail()));
      }
    }
  }

  /**
   * Raises the flags standing now on the scene's day, when the schedule changed under the staffing; {@code actor}
   * is who changed it.
   */
  void raiseFlagsForScene(UUID productionId, UUID sceneId, UUID actor) {
    Scene scene = schedule.scene(productionId, sceneId);
    if (scene.shootingDayId() != null) {
      raiseFlags(productionId, schedule.day(productionId, scene.shootingDayId()).date(), actor);
    }
  }

  /** Who is watched on a firearms scene: its day's dedicated armorers, the 1st AD, the camera crew, its camera head. */
  private static Map<UUID, String> watchedOn(Scene scene, List<Member> members, List<Assignment> standing) {
    Map<UUID, String> watched = new LinkedHashMap<>();
    standing.stream().filter(Assignment::dedicatedArmorer).forEach(a -> watched.put(a.personId(), "dedicated armorer"));
    members.stream().filter(m -> m.holds(CrewRole.FIRST_AD)).forEach(m -> watched.putIfAbsent(m.userId(), "1st AD"));
    members.stream().filter(m -> m.holds(CrewRole.CAMERA)).forEach(m -> watched.putIfAbsent(m.userId(), "camera crew"));
    if (scene.cameraHeadId() != null) {
      watched.putIfAbsent(scene.cameraHeadId(), "camera head");
    }
    return watched;
  }

  private List<Scene> firearmsScenes(UUID productionId, UUID dayId) {
    return schedule.scenesOn(productionId, dayId).stream().filter(Scene::hasFirearms).toList();
  }

  /** The person's shifts in force, on any production, in the fortnight up to and including the date. */
  private List<Shift> shiftsBefore(UUID personId, LocalDate date) {
    return Shift.inForce(store.shiftsOf(personId, date.minusDays(14), date));
  }

  /** {@link #shiftsBefore} for each of these people, read in one statement. */
  private Map<UUID, List<Shift>> shiftsBefore(Collection<UUID> people, LocalDate date) {
    Map<UUID, List<Shift>> entries = new LinkedHashMap<>();
    if (people.isEmpty()) {
      return entries;
    }
    for (Shift shift : store.shiftsOfEach(people, date.minusDays(14), date)) {
      entries.computeIfAbsent(shift.personId(), k -> new ArrayList<>()).add(shift);
    }
    entries.replaceAll((person, inOrder) -> Shift.inForce(inOrder));
    return entries;
  }

  private StaffingRules rulesOf(UUID productionId) {
    return store.rules(productionId).map(StaffingStore.StoredRules::rules).orElse(defaults);
  }

  private static Rules view(StaffingRules rules, boolean defaults) {
    return new Rules((int) rules.minRest().toHours(), (int) rules.weeklyLimit().toHours(), defaults);
  }

  private static Map<UUID, String> names(List<Member> members) {
    Map<UUID, String> names = new LinkedHashMap<>();
    members.forEach(m -> names.put(m.userId(), m.displayName()));
    return names;
  }

  String nameOf(UUID userId) {
    return accounts.findById(userId).map(a -> a.displayName()).orElse("someone no longer on record");
  }

  // ---- access ----

  /** Whether the signed-in person may schedule people onto the production's days; for showing forms. */
  public boolean maySchedule(UUID productionId) {
    return SignedInUser.current().map(u -> holds(productionId, u, SCHEDULERS)).orElse(false);
  }

  /** Whether the signed-in person may decide on flags and set the limits; for showing forms. */
  public boolean mayDecide(UUID productionId) {
    return SignedInUser.current().map(u -> holds(productionId, u, DECIDERS)).orElse(false);
  }

  /** Whether the signed-in person may record anyone's hours; for showing forms. */
  public boolean mayKeepTime(UUID productionId) {
    return SignedInUser.current().map(u -> holds(productionId, u, TIMEKEEPERS)).orElse(false);
  }

  private Member member(UUID productionId, UUID personId) {
    if (personId == null) {
      throw new InvalidInputException("personId", "Required", "personId names a member of this production");
    }
    return crew.members(productionId).stream().filter(m -> m.userId().equals(personId)).findFirst()
        .orElseThrow(() -> new InvalidInputException("personId", "Member", personId + " is not on this production"));
  }

  private SignedInUser requireRole(UUID productionId, Set<CrewRole> allowed, String what, String message) {
    SignedInUser caller = SignedInUser.current().orElseThrow(() -> new AccessRefusedException("sign in first"));
    access.require(productionId, Permission.VIEW);
    if (!holds(productionId, caller, allowed)) {
      refuse(caller, what, reason(productionId, caller, message));
    }
    return caller;
  }

  private boolean holds(UUID productionId, SignedInUser caller, Set<CrewRole> allowed) {
    // Administrators keep the roster and hours only in a crew role of their own, like everyone else.
    return caller.isSystem()
        || access.rolesHeld(productionId).stream().anyMatch(allowed::contains);
  }

  /** An administrator off the crew is told why administrators do not keep a production's roster and hours. */
  private String reason(UUID productionId, SignedInUser caller, String message) {
    return caller.isAdministrator() && access.rolesHeld(productionId).isEmpty()
        ? ProductionAccess.ADMINISTRATORS_DO_NOT_RECORD : message;
  }

  private static void refuse(SignedInUser caller, String what, String message) {
    SecurityAudit.accessRefused(caller.getUsername(), what, "role does not allow it");
    throw new AccessRefusedException(message);
  }
}
