package org.setsafe.production;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.ProductionEvents.SceneAdded;
import org.setsafe.production.ProductionEvents.SceneScheduled;
import org.setsafe.production.ProductionEvents.ShootingDayScheduled;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shooting days and the scenes shot on them. */
@Service
public class Schedule {

  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
  public static final int MAX_LOCATION = 200;
  public static final int MAX_SCENE_NUMBER = 16;
  public static final int MAX_DESCRIPTION = 2000;

  private final ScheduleStore store;
  private final ProductionAccess access;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Schedule(ScheduleStore store, ProductionAccess access, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.access = access;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public ShootingDay scheduleDay(UUID productionId, LocalDate date, LocalTime callTime, String location) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidInputException("date", "Range", "date must be between " + EARLIEST + " and " + LATEST);
    }
    if (callTime == null) {
      throw new InvalidInputException("callTime", "Required", "callTime is required (HH:MM)");
    }
    String place = Text.required("location", location, MAX_LOCATION);
    if (store.dayOn(productionId, date).isPresent()) {
      throw new ConflictException("date", "Unique", "a shooting day on " + date + " is already scheduled");
    }
    ShootingDay day = new ShootingDay(UUID.randomUUID(), productionId, date, callTime, place);
    store.insertDay(day);
    events.publishEvent(new ShootingDayScheduled(UUID.randomUUID(), actor(), clock.instant(), productionId, day.id(),
        date, callTime, place));
    return day;
  }

  public List<ShootingDay> days(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return store.days(productionId);
  }

  public ShootingDay day(UUID productionId, UUID dayId) {
    access.require(productionId, Permission.VIEW);
    return store.day(productionId, dayId).orElseThrow(() -> new NotFoundException("no shooting day " + dayId));
  }

  public Optional<ShootingDay> dayOn(UUID productionId, LocalDate date) {
    access.require(productionId, Permission.VIEW);
    return store.dayOn(productionId, date);
  }

  /** Today on set, in the production's own time zone. */
  public LocalDate today(Production production) {
    return LocalDate.now(clock.withZone(production.timeZone()));
  }

  @Transactional
  public Scene addScene(UUID productionId, String number, String description, UUID shootingDayId) {
    access.require(productionId, Permission.MANAGE_SCHEDULE);
    String no = number == null ? "" : number.strip();
    if (!no.matches("[0-9A-Za-z][0-9A-Za-z./ -]{0," + (MAX_SCENE_NUMBER - 1) + "}")) {
      throw new InvalidInputException("number", "Pattern",
          "number must be 1 to " + MAX_SCENE_NUMBER + " letters, digits, '.', '/', '-' or spaces, e.g. 12A");
    }
    String text = Text.required("description", description, MAX_DESCRIPTION);
    if (shootingDayId != null) {
      requireDay(productionId, shootingDayId);
    }
    if (store.sceneNumberTaken(productionId, no)) {
      throw new ConflictException("number", "Unique", "scene " + no + " already exists on this production");
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
    Scene scene = store.scene(productionId, sceneId).orElseThrow(() -> new NotFoundException("no scene " + sceneId));
    if (shootingDayId != null) {
      requireDay(productionId, shootingDayId);
    }
    store.scheduleScene(productionId, sceneId, shootingDayId);
    events.publishEvent(new SceneScheduled(UUID.randomUUID(), actor(), clock.instant(), productionId, sceneId,
        scene.shootingDayId(), shootingDayId));
    return store.scene(productionId, sceneId).orElseThrow();
  }

  public List<Scene> scenes(UUID productionId) {
    access.require(productionId, Permission.VIEW);
    return store.scenes(productionId);
  }

  public Scene scene(UUID productionId, UUID sceneId) {
    access.require(productionId, Permission.VIEW);
    return store.scene(productionId, sceneId).orElseThrow(() -> new NotFoundException("no scene " + sceneId));
  }

  public List<Scene> scenesOn(UUID productionId, UUID shootingDayId) {
    return scenes(productionId).stream().filter(s -> shootingDayId.equals(s.shootingDayId())).toList();
  }

  /** A day id from another production is treated as unknown, so ids cannot cross productions. */
  private void requireDay(UUID productionId, UUID dayId) {
    if (store.day(productionId, dayId).isEmpty()) {
      throw new InvalidInputException("shootingDayId", "Exists", "no shooting day " + dayId + " on this production");
    }
  }

  private static UUID actor() {
    return SignedInUser.current().map(SignedInUser::id).orElse(null);
  }
}
