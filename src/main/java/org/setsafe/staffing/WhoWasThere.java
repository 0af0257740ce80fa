package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.stereotype.Component;

/**
 * Who was on a production on a date, as staffing knows it: the people on that shooting day's roster and those who
 * recorded hours for that date. Reads without an access check, for the module that looks after the crew after an
 * incident (its caller decided whom to tell).
 */
@Component
public class WhoWasThere {

  private final StaffingStore store;
  private final ShootingSchedule schedule;
  private final CrewList crew;

  WhoWasThere(StaffingStore store, ShootingSchedule schedule, CrewList crew) {
    this.store = store;
    this.crew = crew;
    this.schedule = schedule;
  }

  /** Everyone rostered or with hours recorded on the production that date; empty when staffing knows nobody. */
  public Set<UUID> on(UUID productionId, LocalDate date) {
    Set<UUID> people = new LinkedHashSet<>();
    schedule.dayOn(productionId, date).ifPresent(day -> Assignment.standing(store.rosterOf(productionId, day.id()))
        .forEach(a -> people.add(a.personId())));
    store.shiftsOfEach(crew.members(productionId).stream().map(Member::userId).toList(), date, date.plusDays(1))
        .stream().filter(s -> s.productionId().equals(productionId) && s.workDate().equals(date))
        .forEach(s -> people.add(s.personId()));
    return people;
  }
}
