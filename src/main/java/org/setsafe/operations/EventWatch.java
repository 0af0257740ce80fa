package org.setsafe.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.FailingTimers;
import org.setsafe.operations.domain.PendingPublication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks at the event backlog and the scheduler's failing timers every {@code setsafe.events.check-every}: refreshes
 * the metrics, raises the alarms.
 */
@Component
class EventWatch {

  private static final Logger LOG = LoggerFactory.getLogger(EventWatch.class);

  private final EventBacklog backlog;
  private final EventMetrics metrics;
  private final StuckEventAlarms alarms;
  private final FailingTimers timers;
  private final Clock clock;

  EventWatch(EventBacklog backlog, EventMetrics metrics, StuckEventAlarms alarms, FailingTimers timers, Clock clock) {
    this.backlog = backlog;
    this.metrics = metrics;
    this.alarms = alarms;
    this.timers = timers;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${setsafe.events.check-every:30s}", initialDelayString = "${setsafe.events.check-every:30s}")
  void check() {
    Instant now = clock.instant();
    List<PendingPublication> incomplete = backlog.incomplete();
    List<PendingPublication> stuck = incomplete.stream().filter(p -> p.stuck(now, backlog.stuckAfter())).toList();
    metrics.refresh(incomplete, stuck.size());
    for (PendingPublication publication : stuck) {
      try {
        alarms.raise(publication);
      } catch (RuntimeException e) {
        // The alarm's own failure must not hide the next one; the health check and the banner still show it.
        LOG.warn("Could not raise the alarm for stuck publication {}: {}", publication.id(), e.toString());
      }
    }
    for (FailingTimer timer : timers.failing()) {
      try {
        alarms.raise(timer);
      } catch (RuntimeException e) {
        LOG.warn("Could not raise the alarm for failing timer {} {}: {}", timer.task(), timer.instance(), e.toString());
      }
    }
  }
}
