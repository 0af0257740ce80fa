package org.setsafe.staffing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.stereotype.Component;

/**
 * The hours each person worked on a production, as recorded (a correction in force, not the entry it corrected),
 * for the OSHA 300A's "total hours worked by all employees". Reads without an access check: the caller has checked.
 */
@Component
public class HoursWorked {

  /** One person's hours on one work date; zero while the shift is still open. */
  public record WorkedDay(UUID personId, LocalDate workDate, Duration worked) {}

  private final StaffingStore store;

  HoursWorked(StaffingStore store) {
    this.store = store;
  }

  /** The hours in force on the production for work dates from {@code from} to {@code until}, inclusive. */
  public List<WorkedDay> worked(UUID productionId, LocalDate from, LocalDate until) {
    return Shift.inForce(store.shiftsOfProduction(productionId, from, until)).stream()
        .map(s -> new WorkedDay(s.personId(), s.workDate(), s.worked())).toList();
  }
}
