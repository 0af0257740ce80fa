package org.setsafe.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.calendar.domain.CalendarEntry;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.production.ShootingDay;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.training.QualificationExpiries;
import org.setsafe.training.QualificationType;
import org.setsafe.shared.LocalTimes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a person's calendar holds, read from the schedule as it stands: each shooting day of every production they
 * are on (from the call to wrap, as called or planned), the daily safety meeting held at call, and the expiry date
 * of each of their certificates. Days more than {@link #PAST_DAYS} days gone are left out, so a long production's
 * feed does not grow without end. Reads without access checks: the caller has already named the person.
 *
 * <p>A calendar reads the feed with no one signed in, so its events are written in the language its owner chose
 * (English when they chose none), never the one the calendar app asks for. Days and times are on the production's
 * clock, the day and month names in that language, the 24-hour time the crew's.
 */
@Component
class PersonalCalendar {

  static final int PAST_DAYS = 31;
  static final String DOMAIN = "@setsafe";

  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final QualificationExpiries expiries;
  private final MessageSource messages;
  private final Clock clock;

  PersonalCalendar(CrewList crew, ShootingSchedule schedule, QualificationExpiries expiries, MessageSource messages,
      Clock clock) {
    this.crew = crew;
    this.schedule = schedule;
    this.expiries = expiries;
    this.messages = messages;
    this.clock = clock;
  }

  /** The person's calendar, its events written in {@code language}. */
  List<CalendarEntry> of(UUID userId, Locale language) {
    List<CalendarEntry> entries = new ArrayList<>();
    List<Production> productions = new ArrayList<>(crew.productionsOf(userId));
    productions.sort(Comparator.comparing(Production::id));
    for (Production production : productions) {
      ZoneId zone = production.timeZone();
      LocalDate from = LocalDate.now(clock.withZone(zone)).minusDays(PAST_DAYS);
      for (ShootingDay day : schedule.days(production.id())) {
        if (!day.date().isBefore(from)) {
          entries.addAll(entriesOf(production, day, language));
        }
      }
    }
    for (QualificationExpiries.Expiry expiry : expiries.of(userId)) {
      String name = name(expiry, language);
      entries.add(CalendarEntry.allDay("expiry-" + expiry.certificationId() + "-" + expiry.expiresOn() + DOMAIN,
          say(language, "calendar.feed.expiry.summary", name),
          say(language, "calendar.feed.expiry.text", name, LocalTimes.day(expiry.expiresOn(), language)),
          expiry.expiresOn()));
    }
    entries.sort(Comparator.comparing(PersonalCalendar::sortKey).thenComparing(CalendarEntry::uid));
    return entries;
  }

  private List<CalendarEntry> entriesOf(Production production, ShootingDay day, Locale language) {
    ZoneId zone = production.timeZone();
    Instant call = day.at(day.callTime(), zone);
    Instant wrap = day.wrapAt(zone);
    String callText = LocalTimes.time(call, zone, language);
    String dayText = LocalTimes.day(day.date(), language);
    String text = wrap == null
        ? say(language, "calendar.feed.day.text.no-wrap", dayText, callText, day.location())
        : say(language, "calendar.feed.day.text", dayText, callText, day.location(), LocalTimes.time(wrap, zone, language));
    CalendarEntry shooting = CalendarEntry.at("day-" + day.id() + DOMAIN,
        say(language, "calendar.feed.day.summary", production.name(), callText), text, day.location(), call, wrap);
    CalendarEntry meeting = CalendarEntry.at("safety-meeting-" + day.id() + DOMAIN,
        say(language, "calendar.feed.meeting.summary", production.name()),
        say(language, "calendar.feed.meeting.text", callText, day.location()), day.location(), call, null);
    return List.of(shooting, meeting);
  }

  /** The calendar's own name, as the owner's phone lists it among their calendars, in the owner's language. */
  String name(String owner, Locale language) {
    return say(language, "calendar.feed.name", owner);
  }

  /**
   * A kind of certificate as its holder reads it: a built-in one in their language ({@code training.type.<code>}),
   * one an administrator added as they typed it.
   */
  private String name(QualificationExpiries.Expiry expiry, Locale language) {
    return new QualificationType(expiry.typeCode(), expiry.label()).builtIn()
        ? messages.getMessage("training.type." + expiry.typeCode(), null, expiry.label(), language)
        : expiry.label();
  }

  /** Words of the feed in its owner's language; the arguments are already written (names, places, times). */
  private String say(Locale language, String key, Object... args) {
    return messages.getMessage(key, args, language);
  }

  private static Instant sortKey(CalendarEntry entry) {
    return entry.start() != null ? entry.start() : entry.day().atStartOfDay(ZoneId.of("UTC")).toInstant();
  }
}
