package org.setsafe.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.springframework.stereotype.Component;

/**
 * What a person's calendar holds, read from the schedule as it stands: each shooting day of every production they
 * are on (from the call to wrap, as called or planned), the daily safety meeting held at call, and the expiry date
 * of each of their certificates. Days more than {@link #PAST_DAYS} days gone are left out, so a long production's
 * feed does not grow without end. Reads without access checks: the caller has already named the person.
 */
@Component
class PersonalCalendar {

  static final int PAST_DAYS = 31;
  static final String DOMAIN = "@setsafe";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final CrewList crew;
  private final ShootingSchedule schedule;
  private final QualificationExpiries expiries;
  private final Clock clock;

  PersonalCalendar(CrewList crew, ShootingSchedule schedule, QualificationExpiries expiries, Clock clock) {
    this.crew = crew;
    this.schedule = schedule;
    this.expiries = expiries;
    this.clock = clock;
  }

  List<CalendarEntry> of(UUID userId) {
    List<CalendarEntry> entries = new ArrayList<>();
    List<Production> productions = new ArrayList<>(crew.productionsOf(userId));
    productions.sort(Comparator.comparing(Production::id));
    for (Production production : productions) {
      ZoneId zone = production.timeZone();
      LocalDate from = LocalDate.now(clock.withZone(zone)).minusDays(PAST_DAYS);
      for (ShootingDay day : schedule.days(production.id())) {
        if (!day.date().isBefore(from)) {
          entries.addAll(entriesOf(production, day));
        }
      }
    }
    for (QualificationExpiries.Expiry expiry : expiries.of(userId)) {
      entries.add(CalendarEntry.allDay("expiry-" + expiry.certificationId() + "-" + expiry.expiresOn() + DOMAIN,
          "Your " + expiry.label() + " expires",
          "Last day your " + expiry.label() + " counts on set: " + DAY.format(expiry.expiresOn())
              + ". Renew it and add the new certificate under My qualifications in SetSafe.",
          expiry.expiresOn()));
    }
    entries.sort(Comparator.comparing(PersonalCalendar::sortKey).thenComparing(CalendarEntry::uid));
    return entries;
  }

  private static List<CalendarEntry> entriesOf(Production production, ShootingDay day) {
    ZoneId zone = production.timeZone();
    Instant call = day.at(day.callTime(), zone);
    Instant wrap = day.wrapAt(zone);
    String callText = TIME.format(call.atZone(zone));
    String wrapText = wrap == null ? "wrap not planned yet" : "wrap " + TIME.format(wrap.atZone(zone));
    CalendarEntry shooting = CalendarEntry.at("day-" + day.id() + DOMAIN,
        production.name() + ": shooting day, call " + callText,
        DAY.format(day.date()) + ": call " + callText + " at " + day.location() + ", " + wrapText + ".",
        day.location(), call, wrap);
    CalendarEntry meeting = CalendarEntry.at("safety-meeting-" + day.id() + DOMAIN,
        production.name() + ": safety meeting at call",
        "The day's safety meeting, at call (" + callText + ") at " + day.location()
            + ". Acknowledge it in SetSafe on your phone.",
        day.location(), call, null);
    return List.of(shooting, meeting);
  }

  private static Instant sortKey(CalendarEntry entry) {
    return entry.start() != null ? entry.start() : entry.day().atStartOfDay(ZoneId.of("UTC")).toInstant();
  }
}
