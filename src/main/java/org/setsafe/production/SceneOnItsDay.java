package org.setsafe.production;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A scene with the shooting day it is scheduled on, read together: a firearm issue always needs both. The day is
 * empty while the scene is not scheduled, and when the schedule does not have the day the scene names.
 */
public record SceneOnItsDay(Scene scene, Optional<ShootingDay> day) {

  /**
   * The date the scene is shot on, null while it is not scheduled. A day the schedule does not have is not found,
   * said as {@link Schedule#day} says it.
   */
  public LocalDate shootingDate() {
    if (scene.shootingDayId() == null) {
      return null;
    }
    return day.orElseThrow(() -> NotOnTheSchedule.day(scene.shootingDayId())).date();
  }
}
