package org.setsafe.production;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.domain.ScheduleStore;
import org.setsafe.shared.DecisionReads;
import org.springframework.stereotype.Component;

/**
 * A production's shooting days and scenes, read without any access check: for a module that already checked who
 * is asking ({@link ProductionAccess#onSet}), and for listeners and timers. Anyone else uses {@link Schedule},
 * which checks, and which alone changes the schedule.
 */
@Component
public class ShootingSchedule {

  private final ScheduleStore store;
  private final Clock clock;

  ShootingSchedule(ScheduleStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<ShootingDay> days(UUID productionId) {
    return store.days(productionId);
  }

  public ShootingDay day(UUID productionId, UUID dayId) {
    return storedDay(productionId, dayId).orElseThrow(() -> NotOnTheSchedule.day(dayId));
  }

  public Optional<ShootingDay> dayOn(UUID productionId, LocalDate date) {
    return DecisionReads.kept(List.of(ShootingSchedule.class, "dayOn", productionId, date),
        () -> store.dayOn(productionId, date));
  }

  public List<Scene> scenes(UUID productionId) {
    return DecisionReads.kept(List.of(ShootingSchedule.class, "scenes", productionId),
        () -> List.copyOf(store.scenes(productionId)));
  }

  public Scene scene(UUID productionId, UUID sceneId) {
    return store.scene(productionId, sceneId).orElseThrow(() -> NotOnTheSchedule.scene(sceneId));
  }

  /**
   * The scene with the day it is scheduled on, in one read. The day is kept for the rest of the decision as
   * {@link #dayOf} and {@link #day} keep it, so the gates asking about the scene's day read it no more.
   */
  public SceneOnItsDay sceneOnItsDay(UUID productionId, UUID sceneId) {
    SceneOnItsDay read = store.sceneOnItsDay(productionId, sceneId).orElseThrow(() -> NotOnTheSchedule.scene(sceneId));
    UUID dayId = read.scene().shootingDayId();
    return dayId == null ? read
        : new SceneOnItsDay(read.scene(), DecisionReads.kept(dayKey(productionId, dayId), read::day));
  }

  /** The shooting day a scene is scheduled on; empty for a scene not yet scheduled. */
  public Optional<ShootingDay> dayOf(Scene scene) {
    return scene.shootingDayId() == null ? Optional.empty() : storedDay(scene.productionId(), scene.shootingDayId());
  }

  /** A day read once for a decision (custody's issue), however many of its gates look at the scene's day. */
  private Optional<ShootingDay> storedDay(UUID productionId, UUID dayId) {
    return DecisionReads.kept(dayKey(productionId, dayId), () -> store.day(productionId, dayId));
  }

  private static List<Object> dayKey(UUID productionId, UUID dayId) {
    return List.of(ShootingSchedule.class, "day", productionId, dayId);
  }

  public List<Scene> scenesOn(UUID productionId, UUID shootingDayId) {
    return scenes(productionId).stream().filter(s -> shootingDayId.equals(s.shootingDayId())).toList();
  }

  /** Today on set, in the production's own time zone. */
  public LocalDate today(Production production) {
    return LocalDate.now(clock.withZone(production.timeZone()));
  }

  /**
   * Where several productions stand in their schedules today (each in its own zone), from one read: for the studio's
   * view of every production. A production with no shooting day is left out.
   */
  public java.util.Map<UUID, Span> spans(java.util.Collection<UUID> productionIds) {
    LocalDate utc = LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC));
    // Every zone's today is within a day of UTC's: ask for the next shooting day from each of the three.
    List<LocalDate> candidates = List.of(utc.minusDays(1), utc, utc.plusDays(1));
    java.util.Map<UUID, Span> spans = new java.util.HashMap<>();
    store.spansOf(productionIds, candidates).forEach((id, row) -> {
      LocalDate today = LocalDate.now(clock.withZone(row.zone()));
      int at = candidates.indexOf(today);
      spans.put(id, new Span(today, row.first(), row.last(), at < 0 ? null : row.nextOnOrAfter().get(at)));
    });
    return spans;
  }

  /**
   * Each production's shooting days with the hazards of the scenes on them together, from one read: what the
   * schedule asks of a production (the safety budget's need), for one production or the studio's every one. A
   * production with no shooting day is left out.
   */
  public java.util.Map<UUID, java.util.Map<LocalDate, java.util.Set<Hazard>>> hazardsByDay(
      java.util.Collection<UUID> productionIds) {
    return store.hazardsByDayOf(productionIds);
  }

  /** A production's today, first and last shooting day, and the next shooting day from today on (null when wrapped). */
  public record Span(LocalDate today, LocalDate first, LocalDate last, LocalDate next) {

    public boolean shootingToday() {
      return today.equals(next);
    }
  }
}
