package org.setsafe.production.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;

/** Shooting days and scenes. Every read is scoped to one production. */
public interface ScheduleStore {

  void insertDay(ShootingDay day);

  void updateDay(ShootingDay day);

  List<ShootingDay> days(UUID productionId);

  Optional<ShootingDay> day(UUID productionId, UUID dayId);

  Optional<ShootingDay> dayOn(UUID productionId, LocalDate date);

  void insertScene(Scene scene);

  void scheduleScene(UUID productionId, UUID sceneId, UUID dayId);

  List<Scene> scenes(UUID productionId);

  Optional<Scene> scene(UUID productionId, UUID sceneId);

  boolean sceneNumberTaken(UUID productionId, String number);
}
