package org.setsafe.production;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ProductionEvents.MealBreakCalled;
import org.setsafe.production.ProductionEvents.SceneAdded;
import org.setsafe.production.ProductionEvents.SceneCastNamed;
import org.setsafe.production.ProductionEvents.SceneHazardsMarked;
import org.setsafe.production.ProductionEvents.SceneScheduled;
import org.setsafe.production.ProductionEvents.ShootingDayPlanned;
import org.setsafe.production.ProductionEvents.ShootingDayScheduled;
import org.setsafe.production.ProductionEvents.WrapCalled;
import org.setsafe.production.domain.ProductionStore;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.production.domain.ScheduleStore.ZonedDay;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shooting days and the scenes shot on them: each day's planned meal break and wrap and the 1st AD's calls of
 * them, and who is in each scene (its cast and camera head), which the custody rules rely on.
 */
@Service
public class Schedule {

  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  public static final int MAX_LOCATION = 200;
  public static final int MAX_SCENE_NUMBER = 16;
  public static final int MAX_DESCRIPTION = 2000;

  private final ScheduleStore store;
  private final ProductionStore productions;
  private final ProductionAccess access;
  private final ShootingSchedule unchecked;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Schedule(ScheduleStore store, ProductionStore productions, ProductionAccess access, ShootingSchedule unchecked,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.productions = productions;
    this.access = access;
    this.unchecked = unchecked;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ShootingDay scheduleDay(UUID productionId, LocalDate date, LocalTime callTime, String location) {
    return scheduleDay(productionId, date, callTime, location, null, null);
  }

  /** Schedules a day with its planned meal break and wrap (either may be null: not planned yet). */
  @Transactional
  public ShootingDay scheduleDay(UUID productionId, LocalDate date, LocalTime callTime, String location,
      LocalTime mealBreak, LocalTime wrap) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    requireOnTheCalendar(date);
    if (callTime == null) {
      throw new InvalidInputException("callTime", "Required", "callTime is required (HH:MM)")
          .saying("input.production.call-time.required");
    }
    String place = Text.required("location", location, MAX_LOCATION);
    if (store.dayOn(productionId, date).isPresent()) {
      throw new ConflictException("date", "Unique", "a shooting day on " + date + " is already scheduled")
          .saying("input.production.day.unique", String.valueOf(date));
    }
    ShootingDay day = new ShootingDay(UUID.randomUUID(), productionId, date, callTime, place);
    checkPlan(day, mealBreak, wrap);
    store.insertDay(day);
    events.publishEvent(new ShootingDayScheduled(UUID.randomUUID(), actor(), clock.instant(), productionId, day.id(),
        date, callTime, place));
    if (mealBreak != null || wrap != null) {
      store.planDay(productionId, day.id(), mealBreak, wrap);
      events.publishEvent(new ShootingDayPlanned(UUID.randomUUID(), actor(), clock.instant(), productionId, day.id(),
          mealBreak, wrap));
    }
    return store.day(productionId, day.id()).orElseThrow();
  }

  /**
   * Refuses a date the schedule does not hold (a year typed wrong), naming the field {@code date}: for a shooting
   * day, and for the hours worked on one.
   */
  public static void requireOnTheCalendar(LocalDate date) {
    if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidInputException("date", "Range", "date must be between " + EARLIEST + " and " + LATEST)
          .saying("input.production.date.range", String.valueOf(EARLIEST), String.valueOf(LATEST));
    }
  }

  /** Plans (or re-plans) the day's meal break and wrap; a null time is not planned. */
  @Transactional
  public ShootingDay planDay(UUID productionId, UUID dayId, LocalTime mealBreak, LocalTime wrap) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    ShootingDay day = store.day(productionId, dayId).orElseThrow(() -> NotOnTheSchedule.day(dayId));
    checkPlan(day, mealBreak, wrap);
    store.planDay(productionId, dayId, mealBreak, wrap);
    events.publishEvent(new ShootingDayPlanned(UUID.randomUUID(), actor(), clock.instant(), productionId, dayId,
        mealBreak, wrap));
    return store.day(productionId, dayId).orElseThrow();
  }

  /** The meal break comes after the call and before wrap; a time before the call time is after midnight. */
  private static void checkPlan(ShootingDay day, LocalTime mealBreak, LocalTime wrap) {
    ZoneId utc = ZoneId.of("UTC");
    if (mealBreak != null && mealBreak.equals(day.callTime())) {
      throw new InvalidInputException("mealBreak", "AfterCall", "the meal break comes after the call time")
          .saying("input.production.meal-break.after-call");
    }
    if (wrap != null && wrap.equals(day.callTime())) {
      throw new InvalidInputException("wrap", "AfterCall", "wrap comes after the call time")
          .saying("input.production.wrap.after-call");
    }
    if (mealBreak != null && wrap != null && !day.at(mealBreak, utc).isBefore(day.at(wrap, utc))) {
      throw new InvalidInputException("wrap", "AfterMealBreak", "wrap comes after the meal break")
          .saying("input.production.wrap.after-meal-break");
    }
  }

  /** The 1st AD calls the meal break now, on today's shooting day: every weapon must be back. */
  @Transactional
  public ShootingDay callMealBreak(UUID productionId) {
    Production production = access.require(productionId, Permission.MANAGE_SCHEDULE);
    ShootingDay day = todaysDay(production, "meal break");
    Instant now = clock.instant();
    if (day.mealBreakCalledAt() != null) {
      String at = time(day.mealBreakCalledAt(), production.timeZone());
      throw new ConflictException("mealBreak", "Unique", "the meal break was already called at " + at)
          .saying("input.production.meal-break.called", at);
    }
    if (day.wrapCalledAt() != null) {
      throw new ConflictException("mealBreak", "BeforeWrap", "the day has wrapped; there is no meal break after wrap")
          .saying("input.production.meal-break.after-wrap");
    }
    store.mealBreakCalled(productionId, day.id(), now);
    events.publishEvent(new MealBreakCalled(UUID.randomUUID(), actor(), now, productionId, day.id(), day.date()));
    return store.day(productionId, day.id()).orElseThrow();
  }

  /** The 1st AD calls wrap now, on today's shooting day: every weapon must be back. */
  @Transactional
  public ShootingDay callWrap(UUID productionId) {
    Production production = access.require(productionId, Permission.MANAGE_SCHEDULE);
    ShootingDay day = todaysDay(production, "wrap");
    Instant now = clock.instant();
    if (day.wrapCalledAt() != null) {
      String at = time(day.wrapCalledAt(), production.timeZone());
      throw new ConflictException("wrap", "Unique", "wrap was already called at " + at)
          .saying("input.production.wrap.called", at);
    }
    store.wrapCalled(productionId, day.id(), now);
    events.publishEvent(new WrapCalled(UUID.randomUUID(), actor(), now, productionId, day.id(), day.date()));
    return store.day(productionId, day.id()).orElseThrow();
  }

  /**
   * Every production's meal breaks and wraps (as called, or as planned while not called) falling in
   * {@code (from, to]}. For the custody sweep, which runs as the system, so it checks no one's access.
   */
  public List<DayCheckpoint> checkpointsBetween(Instant from, Instant to) {
    LocalDate first = from.atZone(ZoneId.of("UTC")).toLocalDate().minusDays(2);
    LocalDate last = to.atZone(ZoneId.of("UTC")).toLocalDate().plusDays(1);
    List<DayCheckpoint> due = new ArrayList<>();
    for (ZonedDay zoned : store.daysBetween(first, last)) {
      ShootingDay day = zoned.day();
      Instant mealBreak = day.mealBreakAt(zoned.zone());
      Instant wrap = day.wrapAt(zoned.zone());
      if (mealBreak != null && mealBreak.isAfter(from) && !mealBreak.isAfter(to)) {
        due.add(new DayCheckpoint(day.productionId(), day.id(), day.date(), DayCheckpoint.Kind.MEAL_BREAK, mealBreak,
            day.mealBreakCalledAt() != null));
      }
      if (wrap != null && wrap.isAfter(from) && !wrap.isAfter(to)) {
        due.add(new DayCheckpoint(day.productionId(), day.id(), day.date(), DayCheckpoint.Kind.WRAP, wrap,
            day.wrapCalledAt() != null));
      }
    }
    return due;
  }

  /** Today's shooting day, to call {@code what} on ("meal break", "wrap"): its words are keyed by it too. */
  private ShootingDay todaysDay(Production production, String what) {
    LocalDate today = today(production);
    return store.dayOn(production.id(), today).orElseThrow(() -> new ConflictException("date", "ShootingDay",
        "there is no shooting day today (" + today + ") to call " + what + " on")
        .saying("input.production.no-day-today." + what.replace(' ', '-'), String.valueOf(today)));
  }

  private static String time(Instant at, ZoneId zone) {
    return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(zone));
  }

  public List<ShootingDay> days(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.days(productionId);
  }

  public ShootingDay day(UUID productionId, UUID dayId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.day(productionId, dayId);
  }

  public Optional<ShootingDay> dayOn(UUID productionId, LocalDate date) {
    access.require(productionId, Permission.VIEW);
    return unchecked.dayOn(productionId, date);
  }

  /** Today on set, in the production's own time zone. */
  public LocalDate today(Production production) {
    return unchecked.today(production);
  }

  @Transactional
  public Scene addScene(UUID productionId, String number, String description, UUID shootingDayId) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    String no = number == null ? "" : number.strip();
    if (!no.matches("[0-9A-Za-z][0-9A-Za-z./ -]{0," + (MAX_SCENE_NUMBER - 1) + "}")) {
      throw new InvalidInputException("number", "Pattern",
          "number must be 1 to " + MAX_SCENE_NUMBER + " letters, digits, '.', '/', '-' or spaces, e.g. 12A")
          .saying("input.production.scene-number.pattern", String.valueOf(MAX_SCENE_NUMBER));
    }
    String text = Text.required("description", description, MAX_DESCRIPTION);
    if (shootingDayId != null) {
      requireDay(productionId, shootingDayId);
    }
    if (store.sceneNumberTaken(productionId, no)) {
      throw new ConflictException("number", "Unique", "scene " + no + " already exists on this production")
          .saying("input.production.scene.unique", no);
    }
    Scene scene = new Scene(UUID.randomUUID(), productionId, no, text, shootingDayId);
    store.insertScene(scene);
    events.publishEvent(new SceneAdded(UUID.randomUUID(), actor(), clock.instant(), productionId, scene.id(), no, text,
        shootingDayId));
    return scene;
  }

  @Transactional
  public Scene scheduleScene(UUID productionId, UUID sceneId, UUID shootingDayId) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    Scene scene = store.scene(productionId, sceneId).orElseThrow(() -> NotOnTheSchedule.scene(sceneId));
    if (shootingDayId != null) {
      requireDay(productionId, shootingDayId);
    }
    store.scheduleScene(productionId, sceneId, shootingDayId);
    events.publishEvent(new SceneScheduled(UUID.randomUUID(), actor(), clock.instant(), productionId, sceneId,
        scene.shootingDayId(), shootingDayId));
    return store.scene(productionId, sceneId).orElseThrow();
  }

  /**
   * Names who is in the scene: its cast (performers on this production; a weapon goes only to one of them) and
   * its camera head (a member of this production, or null for none), replacing what was named before.
   */
  @Transactional
  public Scene nameCast(UUID productionId, UUID sceneId, Set<UUID> cast, UUID cameraHeadId) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    Scene scene = store.scene(productionId, sceneId).orElseThrow(() -> NotOnTheSchedule.scene(sceneId));
    Set<UUID> named = new LinkedHashSet<>();
    for (UUID member : cast == null ? Set.<UUID>of() : cast) {
      if (member == null) {
        throw new InvalidInputException("cast", "NotNull", "cast names members by id")
            .saying("input.production.cast.not-null");
      }
      Set<CrewRole> roles = productions.rolesOf(productionId, member)
          .orElseThrow(() -> notOnThisProduction("cast", member));
      if (!roles.contains(CrewRole.PERFORMER)) {
        throw new InvalidInputException("cast", "Performer", "the cast are performers; " + member + " is not one")
            .saying("input.production.cast.performer", String.valueOf(member));
      }
      named.add(member);
    }
    if (cameraHeadId != null && productions.rolesOf(productionId, cameraHeadId).isEmpty()) {
      throw notOnThisProduction("cameraHeadId", cameraHeadId);
    }
    store.nameCast(productionId, sceneId, named, cameraHeadId);
    events.publishEvent(new SceneCastNamed(UUID.randomUUID(), actor(), clock.instant(), productionId, sceneId,
        scene.cast(), Set.copyOf(named), scene.cameraHeadId(), cameraHeadId));
    return store.scene(productionId, sceneId).orElseThrow();
  }

  /**
   * Marks the scene's hazards from the script breakdown, replacing those marked before. A change is a change of
   * the scene: the plans and assessments signed for it are read against it anew.
   */
  @Transactional
  public Scene markHazards(UUID productionId, UUID sceneId, Set<Hazard> hazards) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    Scene scene = store.scene(productionId, sceneId).orElseThrow(() -> NotOnTheSchedule.scene(sceneId));
    Set<Hazard> marked = hazards == null || hazards.isEmpty() ? EnumSet.noneOf(Hazard.class)
        : EnumSet.copyOf(hazards);
    for (Hazard hazard : marked) {
      if (!hazard.markableOnScene()) {
        throw new InvalidInputException("hazards", "OnScene", hazard.label() + " is reported, not marked on a scene: "
            + "a scene holds " + Hazard.onScenes()).saying("input.production.hazard.on-scene",
            Said.of("hazard." + hazard.name()), String.valueOf(Hazard.onScenes()));
      }
    }
    if (marked.equals(scene.hazards())) {
      return scene;
    }
    store.markHazards(productionId, sceneId, marked);
    events.publishEvent(new SceneHazardsMarked(UUID.randomUUID(), actor(), clock.instant(), productionId, sceneId,
        scene.hazards(), Set.copyOf(marked)));
    return store.scene(productionId, sceneId).orElseThrow();
  }

  public List<Scene> scenes(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.scenes(productionId);
  }

  public Scene scene(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.scene(productionId, sceneId);
  }

  /** The scene with the shooting day it is scheduled on, read together (see {@link ShootingSchedule#sceneOnItsDay}). */
  public SceneOnItsDay sceneOnItsDay(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.sceneOnItsDay(productionId, sceneId);
  }

  public List<Scene> scenesOn(UUID productionId, UUID shootingDayId) {
    access.require(productionId, Permission.VIEW);
    return unchecked.scenesOn(productionId, shootingDayId);
  }

  /** A day id from another production is treated as unknown, so ids cannot cross productions. */
  private void requireDay(UUID productionId, UUID dayId) {
    if (store.day(productionId, dayId).isEmpty()) {
      throw new InvalidInputException("shootingDayId", "Exists", "no shooting day " + dayId + " on this production")
          .saying("input.production.shooting-day.exists", String.valueOf(dayId));
    }
  }

  private static InvalidInputException notOnThisProduction(String field, UUID member) {
    return new InvalidInputException(field, "Member", member + " is not on this production")
        .saying("input.production.not-on-this-production", String.valueOf(member));
  }

  private static UUID actor() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
