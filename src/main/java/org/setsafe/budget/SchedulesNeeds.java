package org.setsafe.budget;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.budget.domain.ScheduleNeed;
import org.setsafe.production.Hazard;
import org.setsafe.production.Scene;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.springframework.stereotype.Component;

/**
 * The production's schedule as the budget reads it: each shooting day with the hazards of the scenes on it. Reads
 * without an access check; its callers checked who is asking.
 */
@Component
class SchedulesNeeds {

  private final ShootingSchedule schedule;

  SchedulesNeeds(ShootingSchedule schedule) {
    this.schedule = schedule;
  }

  ScheduleNeed of(UUID productionId) {
    Map<UUID, LocalDate> dates = new HashMap<>();
    Map<LocalDate, Set<Hazard>> hazards = new HashMap<>();
    for (ShootingDay day : schedule.days(productionId)) {
      dates.put(day.id(), day.date());
      hazards.put(day.date(), EnumSet.noneOf(Hazard.class));
    }
    for (Scene scene : schedule.scenes(productionId)) {
      LocalDate date = scene.shootingDayId() == null ? null : dates.get(scene.shootingDayId());
      if (date != null) {
        hazards.get(date).addAll(scene.hazards());
      }
    }
    return ScheduleNeed.of(hazards);
  }
}
