package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.setsafe.staffing.StaffingRoles.Caller;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.stereotype.Service;

/**
 * Staffing as the pages and the API read it, by anyone who may see the production: a shooting day's roster, hours,
 * rest and flags; one's own hours; the limits in force. Each read is checked once, at its door.
 */
@Service
public class StaffingBoard {

  private final StaffingRoles roles;
  private final StaffingReads reads;
  private final LimitsInForce limits;
  private final StaffingStore store;

  StaffingBoard(StaffingRoles roles, StaffingReads reads, LimitsInForce limits, StaffingStore store) {
    this.roles = roles;
    this.reads = reads;
    this.limits = limits;
    this.store = store;
  }

  /** The day's staffing: its roster, the people watched on a firearms day with their hours and rest, the flags. */
  public DayStaffing day(UUID productionId, UUID dayId) {
    roles.onSet(productionId);
    return reads.day(productionId, dayId);
  }

  /** The signed-in person's own hours on the production, every entry, newest first. */
  public MyHours myHours(UUID productionId) {
    Caller caller = roles.onSet(productionId);
    LocalDate today = caller.onSet().today();
    List<ShiftView> entries = store.shiftsOf(caller.id(), today.minusDays(60), today.plusDays(1)).stream()
        .filter(s -> s.productionId().equals(productionId))
        .sorted(Comparator.comparing(Shift::workDate).thenComparing(Shift::recordedAt).reversed())
        .map(ShiftView::of).toList();
    return new MyHours(productionId, caller.id(), caller.user().displayName(), entries);
  }

  /** The production's minimum rest and weekly hours limit in force. */
  public Rules rules(UUID productionId) {
    roles.onSet(productionId);
    return limits.shown(productionId);
  }
}
