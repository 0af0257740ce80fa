package org.setsafe.studio;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The studio's table as Prometheus gauges, one per column, labelled by production: {@code setsafe_studio_<key>}
 * (dashes as underscores) with {@code production} (its id) and {@code production_name}. Computed when scraped, from
 * the same batched columns as the page, at most once every {@link #FRESH_FOR} however often it is scraped; a
 * production added since appears from the scrape after. Series: columns × productions (2,000 with ten columns and
 * 200 productions), no more: no label takes a value a person types.
 */
@Component
class StudioMetrics {

  static final Duration FRESH_FOR = Duration.ofSeconds(30);
  private static final Logger log = LoggerFactory.getLogger(StudioMetrics.class);

  private final StudioTable table;
  private final MeterRegistry registry;
  private final Clock clock;
  private final Map<String, MultiGauge> gauges = new HashMap<>();
  /** The series each column has registered, by their labels: registered again only when that set changes. */
  private final Map<String, java.util.Set<Tags>> registered = new HashMap<>();
  private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of(), 0);

  /** Figures by column key, then by the row's tags; when it was taken. */
  private record Snapshot(Instant at, Map<String, Map<Tags, Long>> figures, int productions) {}

  StudioMetrics(StudioTable table, MeterRegistry registry, Clock clock) {
    this.table = table;
    this.registry = registry;
    this.clock = clock;
    Gauge.builder("setsafe.studio.productions", this, m -> m.fresh().productions())
        .description("Productions in the studio's view; reading it refreshes the per-production figures")
        .register(registry);
  }

  private synchronized Snapshot fresh() {
    Instant now = clock.instant();
    if (Duration.between(snapshot.at(), now).compareTo(FRESH_FOR) < 0 && !snapshot.at().isAfter(now)) {
      return snapshot;
    }
    try {
      StudioTable.Table all = table.everyProduction();
      Map<String, Map<Tags, Long>> figures = new HashMap<>();
      for (StudioTable.Heading h : all.columns()) {
        Map<Tags, Long> column = new HashMap<>();
        for (StudioTable.Row row : all.rows()) {
          column.put(Tags.of("production", row.productionId().toString(), "production_name", row.name()),
              row.cell(h.key()).figure());
        }
        figures.put(h.key(), column);
      }
      snapshot = new Snapshot(now, figures, all.rows().size());
      figures.forEach(this::register);
    } catch (RuntimeException e) {
      // The database away is reported by health; the gauges keep their last figures meanwhile.
      log.warn("studio metrics not refreshed: {}", e.toString());
    }
    return snapshot;
  }

  private void register(String key, Map<Tags, Long> column) {
    // The refresh runs inside a scrape (the gauges read it). Registering a series that is already there, as an
    // overwrite does, removes it and adds it again under the scrape's feet, and the scrape then holds the same
    // series twice and fails whole: only a change in the productions (or their names) registers anything.
    if (column.keySet().equals(registered.get(key))) {
      return;
    }
    registered.put(key, java.util.Set.copyOf(column.keySet()));
    MultiGauge gauge = gauges.computeIfAbsent(key, k -> MultiGauge.builder("setsafe.studio." + k.replace('-', '.'))
        .description("The studio view's column " + k + ", per production").register(registry));
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (Tags tags : column.keySet()) {
      rows.add(MultiGauge.Row.of(tags, this, m -> m.fresh().figures().getOrDefault(key, Map.of())
          .getOrDefault(tags, 0L)));
    }
    // A production that is gone loses its series instead of reporting its last figure for ever; the series that
    // stay keep their gauge, which reads the fresh figures anyway.
    gauge.register(rows, false);
  }
}
