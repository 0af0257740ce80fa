package org.setsafe.calendar.domain;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * A calendar as iCalendar text (RFC 5545), written by biweekly, which escapes commas, semicolons, backslashes and
 * line breaks; lines are folded here at 75 octets. Times are in UTC (the "Z" form), which every calendar shows in its
 * own zone; the descriptions say the time on the production's clock. Whole days (an expiry date) are dates with
 * no zone, as the certificate states them. The same entries and stamp give the same text.
 */
public final class ICalendarText {

  public static final String PRODUCT_ID = "-//SetSafe//Personal calendar//EN";
  static final int MAX_OCTETS = 75;

  private ICalendarText() {}

  public static String write(String name, List<CalendarEntry> entries, Instant stamp) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId(PRODUCT_ID);
    calendar.setName(name);
    // Apple and Google read the name from here; NAME (RFC 7986) is newer than they are.
    calendar.setExperimentalProperty("X-WR-CALNAME", name);
    for (CalendarEntry entry : entries) {
      VEvent event = new VEvent();
      event.setUid(entry.uid());
      event.setDateTimeStamp(Date.from(stamp));
      event.setSummary(entry.summary());
      if (entry.description() != null) {
        event.setDescription(entry.description());
      }
      if (entry.location() != null) {
        event.setLocation(entry.location());
      }
      if (entry.day() != null) {
        event.setDateStart(new DateStart(date(entry.day())));
        event.setDateEnd(new DateEnd(date(entry.day().plusDays(1))));
        // A reminder of an expiry blocks no time in the person's day.
        event.setTransparency(true);
      } else {
        event.setDateStart(Date.from(entry.start()), true);
        if (entry.end() != null) {
          event.setDateEnd(Date.from(entry.end()), true);
        }
      }
      calendar.addEvent(event);
    }
    StringWriter text = new StringWriter();
    try (ICalWriter writer = new ICalWriter(text, ICalVersion.V2_0)) {
      // biweekly folds at 75 characters; RFC 5545 counts octets, and a Greek or Chinese name is two or three
      // octets a character. So it writes whole lines, and they are folded here.
      writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
      writer.write(calendar);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fold(text.toString());
  }

  /**
   * Folds each line so that no line is longer than 75 octets of UTF-8 (RFC 5545 §3.1): a line break and a space
   * go before the character that would pass it, never inside a character (a surrogate pair stays whole).
   */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length() + text.length() / 60 * 3);
    for (String line : text.split("\r\n", -1)) {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (octets + size > MAX_OCTETS) {
          folded.append("\r\n ");
          octets = 1;
        }
        folded.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      folded.append("\r\n");
    }
    // The text ended with a line break: split left an empty last line, now an extra break.
    folded.setLength(folded.length() - 2);
    return folded.toString();
  }

  /** A date with no zone: written as the date itself, whatever the server's zone. */
  private static ICalDate date(LocalDate day) {
    DateTimeComponents components = new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    return new ICalDate(components.toDate(), components, false);
  }
}
