package org.setsafe;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;

/**
 * A scene on today's call sheet naming its cast (Eli and June) and camera head (Marcus), for the tests that issue
 * a weapon: a weapon goes only to the cast of a scene shot today. The demo seeds one; it is made when the test
 * clock has moved to a day without one.
 */
public final class TodaysScene {

  private TodaysScene() {}

  public static UUID of(Schedule schedule, Crew crew, Production western) {
    return SystemActor.call(() -> {
      LocalDate today = schedule.today(western);
      ShootingDay day = schedule.dayOn(western.id(), today)
          .orElseGet(() -> schedule.scheduleDay(western.id(), today, LocalTime.of(6, 30), "Rancho de las Golondrinas"));
      List<Scene> scenes = schedule.scenesOn(western.id(), day.id());
      Scene scene = scenes.isEmpty()
          ? schedule.addScene(western.id(), "T" + today.getDayOfYear(), "Gunfight rehearsal", day.id())
          : scenes.get(0);
      if (scene.cast().isEmpty()) {
        scene = schedule.nameCast(western.id(), scene.id(), Set.of(crew.id("eli.actor"), crew.id("june.actor")),
            crew.id("marcus.camera"));
      }
      return scene.id();
    });
  }
}
