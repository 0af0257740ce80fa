package org.setsafe.production.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.production.Scene;
import org.setsafe.production.SceneOnItsDay;
import org.setsafe.production.ShootingDay;

/** Shooting days and scenes. Every read is scoped to one production. */
public interface ScheduleStore {

  void insertDay(ShootingDay day);

  void updateDay(ShootingDay day);

  List<ShootingDay> days(UUID productionId);

  /**
   * For several productions in one read: each one's zone, first and last shooting day, and the first shooting day
   * on or after each of {@code dates} (in that order; null when none). A production with no day is left out.
   */
  java.util.Map<UUID, SpanRow> spansOf(java.util.Collection<UUID> productionIds, List<java.time.LocalDate> dates);

  /**
   * For several productions in one read: each one's shooting days, each with the hazards of the scenes on it
   * together (empty for a day without hazards). A production with no day is left out.
   */
  java.util.Map<UUID, java.util.Map<LocalDate, Set<Hazard>>> hazardsByDayOf(java.util.Collection<UUID> productionIds);

  /** See {@link #spansOf}. */
  record SpanRow(java.time.ZoneId zone, java.time.LocalDate first, java.time.LocalDate last,
      List<java.time.LocalDate> nextOnOrAfter) {}

  Optional<ShootingDay> day(UUID productionId, UUID dayId);

  Optional<ShootingDay> dayOn(UUID productionId, LocalDate date);

  void insertScene(Scene scene);

  void scheduleScene(UUID productionId, UUID sceneId, UUID dayId);

  List<Scene> scenes(UUID productionId);

  Optional<Scene> scene(UUID productionId, UUID sceneId);

  /** The scene with its cast and the shooting day it is scheduled on (of the same production), in one read. */
  Optional<SceneOnItsDay> sceneOnItsDay(UUID productionId, UUID sceneId);

  boolean sceneNumberTaken(UUID productionId, String number);

  /** A day with its production's time zone, for work that spans productions (the custody sweep). */
  record ZonedDay(ShootingDay day, ZoneId zone) {}

  void planDay(UUID productionId, UUID dayId, LocalTime mealBreak, LocalTime wrap);

  void mealBreakCalled(UUID productionId, UUID dayId, Instant at);

  void wrapCalled(UUID productionId, UUID dayId, Instant at);

  /** Every production's days dated from {@code from} to {@code to}, inclusive. */
  List<ZonedDay> daysBetween(LocalDate from, LocalDate to);

  /** Replaces the hazards marked on the scene. */
  void markHazards(UUID productionId, UUID sceneId, Set<Hazard> hazards);

  /** Replaces the scene's cast and camera head. */
  void nameCast(UUID productionId, UUID sceneId, Set<UUID> cast, UUID cameraHeadId);
}
