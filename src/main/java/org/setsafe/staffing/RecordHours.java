package org.setsafe.staffing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;

/**
 * The hours a person worked on a date, on and off in the production's time: an off time before the on time is after
 * midnight, none while still at work. {@code personId} empty for one's own hours; {@code reason} says why a second
 * entry for the date corrects the first.
 */
public record RecordHours(UUID personId, LocalDate workDate, LocalTime on, LocalTime off, String reason) {

  /** Refuses a date outside the schedule's range, a missing on time, or an off time equal to it. */
  void checkTimes() {
    Schedule.requireOnTheCalendar(workDate);
    if (on == null) {
      throw new InvalidInputException("on", "Required", "on is required (HH:MM)")
          .saying("input.staffing.hours.on-required");
    }
    if (off != null && off.equals(on)) {
      throw new InvalidInputException("off", "AfterOn", "off comes after on (an earlier time is after midnight)")
          .saying("input.staffing.hours.off-after-on");
    }
  }

  Instant onAt(ZoneId zone) {
    return workDate.atTime(on).atZone(zone).toInstant();
  }

  /** The off time as a moment, the next day when it is earlier than the on time; null while still at work. */
  Instant offAt(ZoneId zone) {
    return off == null ? null
        : (off.isBefore(on) ? workDate.plusDays(1) : workDate).atTime(off).atZone(zone).toInstant();
  }
}
