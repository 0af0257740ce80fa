package org.setsafe.staffing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.staffing.StaffingEvents.HoursRecorded;
import org.setsafe.staffing.StaffingRoles.Caller;
import org.setsafe.staffing.domain.Shift;
import org.setsafe.staffing.domain.StaffingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hours each person works, recorded by the person or by the UPM or 1st AD. A second entry for the same date
 * corrects the first and says why; the earlier entry stays on record. Hours change the rest before the next days and
 * the week's hours, so the flags on every production the person is on are raised again.
 */
@Service
public class Timekeeping {

  public static final int MAX_REASON = 500;

  private final StaffingStore store;
  private final StaffingRoles roles;
  private final StaffingReads reads;
  private final FlagRaising flags;
  private final CrewList crew;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Timekeeping(StaffingStore store, StaffingRoles roles, StaffingReads reads, FlagRaising flags, CrewList crew,
      ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.roles = roles;
    this.reads = reads;
    this.flags = flags;
    this.crew = crew;
    this.events = events;
    this.clock = clock;
  }

  /** Records the hours, for the signed-in person when the command names no one. */
  @Transactional
  public ShiftView recordHours(UUID productionId, RecordHours hours) {
    Caller caller = roles.onSet(productionId);
    UUID who = hours.personId() == null ? caller.id() : hours.personId();
    if (!who.equals(caller.id())) {
      StaffingRoles.refuseUnless(caller, StaffingRoles.TIMEKEEPERS, "record hours for " + who,
          () -> new AccessRefusedException("Only the person, the UPM or the 1st AD records hours worked.")
              .saying("input.staffing.not-allowed.record-hours"));
    }
    reads.crewMember(productionId, who);
    hours.checkTimes();
    LocalDate workDate = hours.workDate();
    ZoneId zone = caller.onSet().production().timeZone();
    Instant onAt = hours.onAt(zone);
    Instant offAt = hours.offAt(zone);
    store.lockPerson(who);
    boolean correction = Shift.inForce(store.shiftsOf(who, workDate, workDate)).stream()
        .anyMatch(s -> s.productionId().equals(productionId));
    String why = Text.optional("reason", hours.reason(), MAX_REASON);
    if (correction && why == null) {
      throw new InvalidInputException("reason", "Required", "hours for " + workDate + " are already recorded; a "
          + "correction says why (the earlier entry stays on record)")
          .saying("input.staffing.hours.correction-says-why", String.valueOf(workDate));
    }
    Instant now = clock.instant();
    Shift shift = new Shift(UUID.randomUUID(), productionId, who, workDate, onAt, offAt, why, caller.id(), now);
    store.append(shift);
    events.publishEvent(new HoursRecorded(UUID.randomUUID(), caller.id(), now, productionId, who, workDate, onAt,
        offAt, correction, why));
    // Rest before the next day and the week's hours of the following days change: raise their flags, on every
    // production the person is on.
    for (Production p : crew.productionsOf(who)) {
      for (int d = 0; d <= 7; d++) {
        flags.raiseOn(p.id(), workDate.plusDays(d), caller.id());
      }
    }
    return ShiftView.of(shift);
  }
}
