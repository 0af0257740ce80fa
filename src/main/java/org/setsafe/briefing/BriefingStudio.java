package org.setsafe.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.springframework.stereotype.Component;

/**
 * Briefing's column of the studio's table: where each production stands against its schedule, on its own today.
 * Days to the first shooting day while preparing (when the pre-production check matters most, so the cell opens it),
 * shooting today, days to the next shooting day, or wrapped. One read for every production.
 */
@Component
class BriefingStudio implements StudioColumn {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  /** A first shooting day this close is when the pre-production check's gaps must be closed. */
  private static final long PREPARING = 14;

  private final ShootingSchedule schedule;

  BriefingStudio(ShootingSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public String key() {
    return "days-to-shoot";
  }

  @Override
  public String heading() {
    return "Shooting";
  }

  @Override
  public int order() {
    return 5;
  }

  @Override
  public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
    Map<UUID, StudioCell> cells = new HashMap<>();
    schedule.spans(productionIds).forEach((id, span) -> cells.put(id, cell(id, span)));
    return cells;
  }

  /** One production's cell: where it stands against its schedule, on its own today. */
  static StudioCell cell(UUID id, ShootingSchedule.Span span) {
    String production = "/productions/" + id;
    if (span.next() == null) {
      return new StudioCell(-1, Concern.NONE, "Wrapped " + DAY.format(span.last()),
          Said.of("briefing.studio.wrapped", day(span.last())), production);
    }
    if (span.shootingToday()) {
      boolean first = span.first().equals(span.today());
      return new StudioCell(0, Concern.WATCH, first ? "First shooting day today" : "Shooting today",
          Said.of(first ? "briefing.studio.first-day-today" : "briefing.studio.shooting-today"), production);
    }
    if (span.today().isBefore(span.first())) {
      long days = ChronoUnit.DAYS.between(span.today(), span.first());
      return new StudioCell(days, days <= PREPARING ? Concern.WATCH : Concern.NONE,
          "First shoot in " + days + (days == 1 ? " day" : " days") + " (" + DAY.format(span.first()) + ")",
          Said.of(days == 1 ? "briefing.studio.first-shoot.one" : "briefing.studio.first-shoot.many", days,
              day(span.first())), production + "/pre-production");
    }
    long days = ChronoUnit.DAYS.between(span.today(), span.next());
    return new StudioCell(days, Concern.NONE, "Next shoot in " + days + (days == 1 ? " day" : " days")
        + " (" + DAY.format(span.next()) + ")", Said.of(days == 1 ? "briefing.studio.next-shoot.one"
        : "briefing.studio.next-shoot.many", days, day(span.next())), production + "/schedule");
  }

  /** A day as {@link #DAY} writes it in English ("Mon 7 Dec"), its weekday and month in each language. */
  static Said day(LocalDate day) {
    return Said.of("briefing.studio.day", Said.of("briefing.studio.weekday." + day.getDayOfWeek().name()),
        day.getDayOfMonth(), Said.of("briefing.studio.month." + day.getMonth().name()));
  }

  /** The English of {@link #day(LocalDate)}, for the test that holds the two together. */
  static String dayWritten(LocalDate day) {
    return DAY.format(day);
  }
}
