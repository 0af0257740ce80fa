package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.custody.SecondRoles;
import org.setsafe.custody.SecondRoles.DoubledRoleHeld;
import org.setsafe.production.CrewList;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pre-production check lists each coming firearms day on which a safety advisor holds another role, or a 1st
 * AD is also safety advisor or armorer, without a producer's override for that day: on such a day custody holds
 * every firearm back. Reads without checking access again: the check itself let the caller in.
 */
@Component
@Order(31)
class SafetyRolesReadiness implements ReadinessCheck {

  private static final String AREA = "Roles";

  private final StaffingReads reads;
  private final SecondRoles secondRoles;
  private final ShootingSchedule schedule;
  private final CrewList crew;

  SafetyRolesReadiness(StaffingReads reads, SecondRoles secondRoles, ShootingSchedule schedule, CrewList crew) {
    this.reads = reads;
    this.secondRoles = secondRoles;
    this.schedule = schedule;
    this.crew = crew;
  }

  @Override
  public Area area() {
    return new Area(AREA, "No safety advisor, 1st AD or armorer holds a second role on a coming firearms day.")
        .saying(Said.of("gap.staffing.area.roles"), Said.of("gap.staffing.area.roles.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    LocalDate today = schedule.today(crew.production(productionId));
    List<Gap> gaps = new ArrayList<>();
    for (ShootingDay day : reads.firearmsDays(productionId)) {
      if (day.date().isBefore(today)) {
        continue;
      }
      for (DoubledRoleHeld held : secondRoles.doubledRolesOn(productionId, day.date())) {
        gaps.add(new Gap(AREA, held.reason(), "Give the role to someone else on the crew page, or a producer "
            + "records an override for " + held.name() + " as " + held.secondRole().label() + " on "
            + day.date() + ", in writing", "/productions/" + productionId + "/custody/second-roles")
            .saying(held.said(), Said.of("gap.staffing.second-role.fix", held.name(),
                Said.of("crew.role." + held.secondRole().name()), day.date())));
      }
    }
    return gaps;
  }
}
