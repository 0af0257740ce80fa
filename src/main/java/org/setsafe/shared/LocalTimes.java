package org.setsafe.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a moment reads for a person: on the clock of the production it happened on, with that zone's short name
 * ("MST", "MDT", "CET"), so a crew member far from home knows whose clock it is. Pages, PDFs and notices all
 * format moments here; only the JSON API and the ledger keep machine times.
 *
 * <p>A person reads the day and month names in their language ("lun 7 dic 2026 11:49 MST"): whatever a person
 * reads passes their {@link Locale}. The overloads without one write English, for what is kept as evidence (the
 * ledger's and the signed report's sentences, the API, CSV); {@code DatesInTheReadersLanguageTest} lists who may
 * call them.
 */
public final class LocalTimes {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_THIS_SHOOT = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter YEAR_DAY_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm zzz", Locale.ENGLISH);

  private LocalTimes() {}

  /**
   * As the crew says it on set: "22:07 MST" today, "Sat 5 Dec 22:07 MST" another day this year,
   * "Sat 5 Dec 2025 22:07 MST" another year. Today is today on the production's clock.
   */
  public static String at(Instant at, ZoneId zone, Clock clock) {
    return at(at, zone, LocalDate.now(clock.withZone(zone)));
  }

  /** As {@link #at(Instant, ZoneId, Clock)}, with the production's today given. */
  public static String at(Instant at, ZoneId zone, LocalDate today) {
    return at(at, zone, today, Locale.ENGLISH);
  }

  /**
   * As {@link #at(Instant, ZoneId, Clock)} in the reader's language: the day and month names are theirs ("sáb 5 dic
   * 22:07 MST"); the clock stays the production's and the 24-hour time the crew's.
   */
  public static String at(Instant at, ZoneId zone, Clock clock, Locale language) {
    return at(at, zone, LocalDate.now(clock.withZone(zone)), language);
  }

  /** As {@link #at(Instant, ZoneId, LocalDate)} in the reader's language. */
  public static String at(Instant at, ZoneId zone, LocalDate today, Locale language) {
    if (at == null) {
      return "";
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    return day.equals(today) ? in(TIME, language).format(local)
        : day.getYear() == today.getYear() ? in(DAY_TIME, language).format(local)
        : in(YEAR_DAY_TIME, language).format(local);
  }

  /** As {@link #dated(Instant, ZoneId)} in the reader's language. */
  public static String dated(Instant at, ZoneId zone, Locale language) {
    return at == null ? "" : in(YEAR_DAY_TIME, language).format(at.atZone(zone));
  }

  /** As {@link #time(Instant, ZoneId)} for a reader: the zone's short name as their language writes it. */
  public static String time(Instant at, ZoneId zone, Locale language) {
    return at == null ? "" : in(TIME, language).format(at.atZone(zone));
  }

  /** A day with its year, as the reader's language writes it short: "Sat 5 Dec 2026", "sáb 5 dic 2026". */
  public static String day(LocalDate day, Locale language) {
    return day == null ? "" : in(DAY, language).format(day);
  }

  /** A day of this shoot, short and without its year: "Sat 5 Dec", "sáb 5 dic". */
  public static String dayThisShoot(LocalDate day, Locale language) {
    return day == null ? "" : in(DAY_THIS_SHOOT, language).format(day);
  }

  /** The pattern in the language SetSafe speaks nearest the reader's: "dic" for es-MX too, as the bundles say it. */
  private static DateTimeFormatter in(DateTimeFormatter format, Locale language) {
    Locale spoken = Languages.nearest(language);
    return Locale.ENGLISH.equals(spoken) ? format : format.withLocale(spoken);
  }

  /**
   * Always with the date and year, for what is read on another day (a PDF, a notice, a record kept for
   * investigators): "Sat 5 Dec 2026 22:07 MST".
   */
  public static String dated(Instant at, ZoneId zone) {
    return at == null ? "" : YEAR_DAY_TIME.format(at.atZone(zone));
  }

  /** The time of day alone, for a line whose day is said next to it: "22:07 MST". */
  public static String time(Instant at, ZoneId zone) {
    return at == null ? "" : TIME.format(at.atZone(zone));
  }
}
