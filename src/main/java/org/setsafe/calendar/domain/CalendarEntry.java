package org.setsafe.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One event of a person's calendar: at an instant (a call, a safety meeting; {@code end} null when nothing says
 * when it ends) or a whole day ({@code day}: a certificate's expiry date). {@code uid} stays the same for the same
 * thing from one reading of the feed to the next, so a calendar moves the event instead of adding another.
 */
public record CalendarEntry(String uid, String summary, String description, String location, Instant start,
    Instant end, LocalDate day) {

  public CalendarEntry {
    Objects.requireNonNull(uid, "uid");
    Objects.requireNonNull(summary, "summary");
    if ((start == null) == (day == null)) {
      throw new IllegalArgumentException("an entry is at an instant or on a whole day, not both or neither");
    }
    if (end != null && (start == null || end.isBefore(start))) {
      throw new IllegalArgumentException("an entry's end is at or after its start");
    }
  }

  public static CalendarEntry at(String uid, String summary, String description, String location, Instant start,
      Instant end) {
    return new CalendarEntry(uid, summary, description, location, start, end, null);
  }

  public static CalendarEntry allDay(String uid, String summary, String description, LocalDate day) {
    return new CalendarEntry(uid, summary, description, null, null, null, day);
  }
}
