package org.setsafe.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.calendar.domain.CalendarEntry;
import org.setsafe.calendar.domain.ICalendarText;

/** The iCalendar text as RFC 5545 wants it, read back by a parser: escaped, folded, UTC times, plain dates. */
class ICalendarTextTest {

  private static final Instant CALL = Instant.parse("2026-12-10T13:30:00Z");
  private static final Instant STAMP = Instant.parse("2026-12-07T05:00:00Z");

  @Test
  void commasSemicolonsBackslashesAndLineBreaksComeBackAsWritten() {
    String location = "Vasquez Rocks, north lot; gate \\ B\nask for Rosa";
    String text = ICalendarText.write("SetSafe: Zoë Ångström", List.of(
        CalendarEntry.at("day-1@setsafe", "Dust Devil Creek: shooting day, call 06:30 MST", "Bring; layers, water",
            location, CALL, CALL.plusSeconds(12 * 3600))), STAMP);

    assertThat(text).contains("LOCATION:Vasquez Rocks\\, north lot\\; gate \\\\ B\\nask for Rosa");
    VEvent event = parse(text).getEvents().get(0);
    assertThat(event.getLocation().getValue()).isEqualTo(location);
    assertThat(event.getDescription().getValue()).isEqualTo("Bring; layers, water");
    assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(CALL);
    assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(CALL.plusSeconds(12 * 3600));
    assertThat(text).contains("DTSTART:20261210T133000Z").contains("DTSTAMP:20261207T050000Z");
  }

  @Test
  void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
    String summary = "Ελένη Παπαδοπούλου, Анна Иванова, 王小明 and José Núñez: shooting day, call 06:30 MST ".repeat(3);
    String text = ICalendarText.write("SetSafe", List.of(
        CalendarEntry.at("day-2@setsafe", summary.strip(), null, null, CALL, null)), STAMP);

    for (String line : text.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(text).contains("\r\n ");
    assertThat(parse(text).getEvents().get(0).getSummary().getValue()).isEqualTo(summary.strip());
  }

  @Test
  void foldingNeverSplitsACharacterOfFourOctets() {
    String line = "SUMMARY:" + "𠀋".repeat(40);
    String folded = ICalendarText.fold(line + "\r\n");
    for (String part : folded.split("\r\n")) {
      assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
      assertThat(part.codePoints().allMatch(cp -> cp != 0xFFFD)).isTrue();
    }
    assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
  }

  @Test
  void anExpiryIsAWholeDayWithNoZoneEndingTheNextDay() {
    String text = ICalendarText.write("SetSafe", List.of(
        CalendarEntry.allDay("expiry-1@setsafe", "Your Armorer permit expires", null, LocalDate.of(2027, 1, 31))),
        STAMP);

    assertThat(text).contains("DTSTART;VALUE=DATE:20270131").contains("DTEND;VALUE=DATE:20270201")
        .contains("TRANSP:TRANSPARENT");
    VEvent event = parse(text).getEvents().get(0);
    assertThat(event.getDateStart().getValue().hasTime()).isFalse();
  }

  @Test
  void theSameEntriesAndStampGiveTheSameText() {
    List<CalendarEntry> entries = List.of(CalendarEntry.at("a@setsafe", "Call", null, null, CALL, null));
    assertThat(ICalendarText.write("SetSafe", entries, STAMP)).isEqualTo(ICalendarText.write("SetSafe", entries, STAMP));
    assertThat(ICalendarText.write("SetSafe", entries, STAMP)).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        .contains("PRODID:" + ICalendarText.PRODUCT_ID).endsWith("END:VCALENDAR\r\n");
  }

  static ICalendar parse(String text) {
    List<ICalendar> calendars = Biweekly.parse(text).all();
    assertThat(calendars).hasSize(1);
    return calendars.get(0);
  }
}
