package org.setsafe.budget;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.budget.domain.ScheduleNeed;
import org.setsafe.production.ShootingSchedule;
import org.springframework.stereotype.Component;

/**
 * The production's schedule as the budget reads it: each shooting day with the hazards of the scenes on it, for
 * one production or for the studio's every production in one read. Reads without an access check; its callers
 * checked who is asking.
 */
@Component
class SchedulesNeeds {

  private final ShootingSchedule schedule;

  SchedulesNeeds(ShootingSchedule schedule) {
    this.schedule = schedule;
  }

  ScheduleNeed of(UUID productionId) {
    return of(List.of(productionId)).get(productionId);
  }

  /** Each production's need as its schedule stands now; a production with no shooting day needs nothing. */
  Map<UUID, ScheduleNeed> of(Collection<UUID> productionIds) {
    Map<UUID, ScheduleNeed> needs = new HashMap<>();
    var hazards = schedule.hazardsByDay(productionIds);
    for (UUID id : productionIds) {
      needs.put(id, ScheduleNeed.of(hazards.getOrDefault(id, Map.of())));
    }
    return needs;
  }
}
