package org.setsafe.studio;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Figures week by week over all the productions asked about, contributed by the module that records them (reporting
 * its reports and how fast they were answered, staffing its crew-days, the ledger its refusals and misfires…). The
 * studio draws its trends from these series by name; a module never sees another's.
 *
 * <p>Like a {@link StudioColumn}, one query or a few for all productions and all weeks at once.
 */
public interface StudioWeekly {

  /**
   * Series by name, each with one value per week: index {@code i} covers {@code [weeks.start(i), weeks.start(i + 1))}.
   * A series that is a count sums the productions; a duration is the median over them.
   */
  Map<String, double[]> series(Collection<UUID> productionIds, StudioWeeks weeks);

  /** Weeks from Monday 00:00 UTC, oldest first, the last being the current one. */
  record StudioWeeks(Instant first, int count) {

    public static final long WEEK_SECONDS = 7L * 24 * 3600;

    public StudioWeeks {
      if (first == null || count < 1) {
        throw new IllegalArgumentException("weeks need a start and at least one week");
      }
    }

    public Instant start(int week) {
      return first.plusSeconds(WEEK_SECONDS * week);
    }

    public Instant end() {
      return start(count);
    }

    /** The first week's start as a timestamp column takes it: what a query's lower bound compares against. */
    public OffsetDateTime from() {
      return OffsetDateTime.ofInstant(first, ZoneOffset.UTC);
    }

    /** The end of the last week, exclusive, as a timestamp column takes it. */
    public OffsetDateTime to() {
      return OffsetDateTime.ofInstant(end(), ZoneOffset.UTC);
    }

    /** The week an instant falls in, or -1 outside them. */
    public int weekOf(Instant when) {
      if (when.isBefore(first) || !when.isBefore(end())) {
        return -1;
      }
      return (int) ((when.getEpochSecond() - first.getEpochSecond()) / WEEK_SECONDS);
    }
  }
}
