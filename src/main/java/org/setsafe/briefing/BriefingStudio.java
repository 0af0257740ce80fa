package org.setsafe.briefing;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.setsafe.production.ShootingSchedule;
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
    schedule.spans(productionIds).forEach((id, span) -> {
      String production = "/productions/" + id;
      if (span.next() == null) {
        cells.put(id, new StudioCell(-1, Concern.NONE, "Wrapped " + DAY.format(span.last()), production));
      } else if (span.shootingToday()) {
        cells.put(id, new StudioCell(0, Concern.WATCH, span.first().equals(span.today()) ? "First shooting day today"
            : "Shooting today", production));
      } else if (span.today().isBefore(span.first())) {
        long days = ChronoUnit.DAYS.between(span.today(), span.first());
        cells.put(id, new StudioCell(days, days <= PREPARING ? Concern.WATCH : Concern.NONE,
            "First shoot in " + days + (days == 1 ? " day" : " days") + " (" + DAY.format(span.first()) + ")",
            production + "/pre-production"));
      } else {
        long days = ChronoUnit.DAYS.between(span.today(), span.next());
        cells.put(id, new StudioCell(days, Concern.NONE, "Next shoot in " + days + (days == 1 ? " day" : " days")
            + " (" + DAY.format(span.next()) + ")", production + "/schedule"));
      }
    });
    return cells;
  }
}
