package org.setsafe.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.setsafe.operations.domain.PendingPublication;
import org.springframework.stereotype.Component;

/**
 * The event backlog as Micrometer gauges (Prometheus at {@code /actuator/prometheus}):
 * {@code setsafe_events_backlog} (publications not completed), {@code setsafe_events_stuck} (of them, waiting past
 * the set time), {@code setsafe_events_backlog_oldest_age_seconds}, and per listener and event type
 * {@code setsafe_events_incomplete} and {@code setsafe_events_incomplete_oldest_age_seconds}. Refreshed by each
 * watch run; the ages are measured at scrape time.
 */
@Component
class EventMetrics {

  private record Snapshot(List<PendingPublication> incomplete, int stuck) {}

  private final Clock clock;
  private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(List.of(), 0));
  private final MultiGauge counts;
  private final MultiGauge ages;

  EventMetrics(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    Gauge.builder("setsafe.events.backlog", last, s -> s.get().incomplete().size())
        .description("Event publications a listener has not completed").register(registry);
    Gauge.builder("setsafe.events.stuck", last, s -> s.get().stuck())
        .description("Event publications waiting past setsafe.events.stuck-after").register(registry);
    Gauge.builder("setsafe.events.backlog.oldest.age", last, s -> seconds(s.get().incomplete()))
        .baseUnit("seconds").description("Age of the oldest event publication not completed").register(registry);
    counts = MultiGauge.builder("setsafe.events.incomplete")
        .description("Event publications not completed, per listener and event type").register(registry);
    ages = MultiGauge.builder("setsafe.events.incomplete.oldest.age").baseUnit("seconds")
        .description("Age of the oldest event publication not completed, per listener and event type")
        .register(registry);
  }

  void refresh(List<PendingPublication> incomplete, int stuck) {
    last.set(new Snapshot(List.copyOf(incomplete), stuck));
    Map<Tags, List<PendingPublication>> byListener = new LinkedHashMap<>();
    for (PendingPublication p : incomplete) {
      byListener.computeIfAbsent(Tags.of("listener", p.listener(), "event", p.event()), t -> new ArrayList<>()).add(p);
    }
    // Overwrite: a listener whose backlog cleared loses its row instead of reporting its last count for ever.
    counts.register(byListener.entrySet().stream()
        .map(e -> MultiGauge.Row.of(e.getKey(), e.getValue().size())).toList(), true);
    ages.register(byListener.entrySet().stream()
        .map(e -> MultiGauge.Row.of(e.getKey(), e.getValue(), this::seconds)).toList(), true);
  }

  private double seconds(List<PendingPublication> publications) {
    Instant now = clock.instant();
    return publications.stream().map(p -> p.age(now)).max(Duration::compareTo).orElse(Duration.ZERO).toMillis()
        / 1000.0;
  }
}
