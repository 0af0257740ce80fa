package org.setsafe.staffing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.staffing.domain.Assignment;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.stereotype.Component;

/**
 * What was worked on a production, duty by duty: each person who stood on a duty on a shooting day's roster and
 * recorded hours for that date there. A day on the roster without hours was planned, not worked. Reads without an
 * access check, for the safety budget's actuals (its caller checked who is asking).
 */
@Component
public class DutiesWorked {

  /** One person-day worked on a duty, with the hours in force for that date. */
  public record DutyDay(LocalDate date, UUID personId, CrewRole duty, Duration hours) {}

  private final StaffingStore store;

  DutiesWorked(StaffingStore store) {
    this.store = store;
  }

  /** Every duty worked on the production, by date; a person on two duties that day counts on each. */
  public List<DutyDay> worked(UUID productionId) {
    List<Assignment> standing = Assignment.standing(store.rosterOf(productionId));
    if (standing.isEmpty()) {
      return List.of();
    }
    LocalDate from = standing.stream().map(Assignment::date).min(Comparator.naturalOrder()).orElseThrow();
    LocalDate until = standing.stream().map(Assignment::date).max(Comparator.naturalOrder()).orElseThrow();
    Map<List<Object>, Duration> hours = new HashMap<>();
    for (Shift shift : Shift.inForce(store.shiftsOfProduction(productionId, from, until))) {
      hours.put(List.of(shift.personId(), shift.workDate()), shift.worked());
    }
    List<DutyDay> worked = new ArrayList<>();
    for (Assignment a : standing) {
      Duration h = hours.get(List.of(a.personId(), a.date()));
      if (h != null && !h.isZero()) {
        worked.add(new DutyDay(a.date(), a.personId(), a.duty(), h));
      }
    }
    worked.sort(Comparator.comparing(DutyDay::date));
    return worked;
  }
}
