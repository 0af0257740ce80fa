package org.setsafe.briefing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.briefing.PreProductionGapCounts.Count;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The studio's column of pre-production gaps: how many the check found on each production still preparing or
 * shooting, and how long ago it looked.
 *
 * <p>Why the counts are made in the background: the check asks every module what it finds missing, one production at
 * a time (dozens of reads each), so 200 productions cannot be checked inside the studio's page request, which must
 * answer in under a second. A sweep counts every production that has not wrapped, one after the other, every
 * {@code setsafe.studio.gaps-every} (five minutes unless set); anyone opening a production's check renews its count at
 * once. The cell says how old its count is, so nobody reads a stale figure as today's.
 */
@Component
class PreProductionStudio implements StudioColumn {

  private static final Logger log = LoggerFactory.getLogger(PreProductionStudio.class);
  /** A first shooting day this close, with gaps still open, calls for action, as the days-to-shoot column warns. */
  private static final long PREPARING = 14;

  private final PreProductionCheck check;
  private final PreProductionGapCounts counts;
  private final CrewList productions;
  private final ShootingSchedule schedule;

  PreProductionStudio(PreProductionCheck check, PreProductionGapCounts counts, CrewList productions,
      ShootingSchedule schedule) {
    this.check = check;
    this.counts = counts;
    this.productions = productions;
    this.schedule = schedule;
  }

  @Override
  public String key() {
    return "pre-production-gaps";
  }

  @Override
  public String heading() {
    return "Pre-production gaps";
  }

  @Override
  public int order() {
    return 7;
  }

  @Override
  public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
    Map<UUID, ShootingSchedule.Span> spans = schedule.spans(productionIds);
    Map<UUID, StudioCell> cells = new HashMap<>();
    for (UUID id : productionIds) {
      ShootingSchedule.Span span = spans.get(id);
      if (span != null && span.next() == null) {
        continue; // wrapped: nothing is ahead of it any more
      }
      counts.of(id).ifPresent(count -> cells.put(id, cell(id, count, span, now)));
    }
    return cells;
  }

  static StudioCell cell(UUID id, Count count, ShootingSchedule.Span span, Instant now) {
    String link = "/productions/" + id + "/pre-production";
    Duration since = Duration.between(count.countedAt(), now);
    String age = " (counted " + ago(since) + ")";
    String many = count.gaps() == 1 ? ".one" : ".many";
    if (count.gaps() == 0) {
      return new StudioCell(0, Concern.NONE, "None found" + age, counted(Said.of("briefing.studio.gaps.none"), since),
          link);
    }
    String gaps = count.gaps() == 1 ? "1 gap" : count.gaps() + " gaps";
    if (count.shootingHasBegun()) {
      return new StudioCell(count.gaps(), Concern.ACT, gaps + " open while shooting" + age,
          counted(Said.of("briefing.studio.gaps.open-while-shooting" + many, count.gaps()), since), link);
    }
    // No shooting day yet (no span): the gaps are real but not yet pressing.
    boolean close = span != null && !span.today().isBefore(span.first().minusDays(PREPARING));
    return new StudioCell(count.gaps(), close ? Concern.ACT : Concern.WATCH, gaps + " to close" + age,
        counted(Said.of("briefing.studio.gaps.to-close" + many, count.gaps()), since), link);
  }

  private static Said counted(Said gaps, Duration since) {
    return Said.of("briefing.studio.counted", gaps, agoSaid(since));
  }

  private static String ago(Duration age) {
    long minutes = Math.max(0, age.toMinutes());
    if (minutes < 1) {
      return "just now";
    }
    if (minutes < 60) {
      return minutes == 1 ? "1 min ago" : minutes + " min ago";
    }
    long hours = minutes / 60;
    return hours == 1 ? "1 hour ago" : hours + " hours ago";
  }

  /** {@link #ago(Duration)} in words. */
  private static Said agoSaid(Duration age) {
    long minutes = Math.max(0, age.toMinutes());
    if (minutes < 1) {
      return Said.of("briefing.studio.ago.just-now");
    }
    if (minutes < 60) {
      return Said.of(minutes == 1 ? "briefing.studio.ago.minutes.one" : "briefing.studio.ago.minutes.many", minutes);
    }
    long hours = minutes / 60;
    return Said.of(hours == 1 ? "briefing.studio.ago.hours.one" : "briefing.studio.ago.hours.many", hours);
  }

  /**
   * Counts every production that has not wrapped. One production whose check fails is logged with the reason and
   * keeps its previous count (its age shows it is old); the sweep goes on with the others.
   */
  @Scheduled(fixedDelayString = "${setsafe.studio.gaps-every:5m}", initialDelayString = "${setsafe.studio.gaps-first:20s}")
  void sweep() {
    long started = System.nanoTime();
    Map<UUID, Production> all = new HashMap<>();
    productions.all().forEach(p -> all.put(p.id(), p));
    Map<UUID, ShootingSchedule.Span> spans = schedule.spans(all.keySet());
    Set<UUID> kept = new HashSet<>();
    int counted = 0;
    int failed = 0;
    for (Production production : all.values()) {
      ShootingSchedule.Span span = spans.get(production.id());
      if (span != null && span.next() == null) {
        continue;
      }
      kept.add(production.id());
      try {
        check.run(production);
        counted++;
      } catch (RuntimeException e) {
        failed++;
        log.error("pre-production gaps of production {} ({}) not counted; the studio's cell shows its last count: {}",
            production.id(), production.name(), e.toString(), e);
      }
    }
    counts.keepOnly(kept);
    // The studio benchmark reads this line: the sweep's cost is what the page no longer pays.
    log.info("pre-production gaps counted on {} productions in {} ms ({} not counted)", counted,
        (System.nanoTime() - started) / 1_000_000, failed);
  }
}
