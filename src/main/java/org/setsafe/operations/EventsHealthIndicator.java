package org.setsafe.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.setsafe.operations.domain.PendingPublication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code events}: DOWN while any safety fact has waited past the set time for a listener. It is
 * in the overall health and in its own group, {@code /actuator/health/safety-records}, not in liveness or readiness: a
 * restart or a load balancer taking the instance away would not make the listener succeed, and would stop crews
 * recording custody steps and reports.
 */
@Component
class EventsHealthIndicator implements HealthIndicator {

  private final EventBacklog backlog;
  private final Clock clock;

  EventsHealthIndicator(EventBacklog backlog, Clock clock) {
    this.backlog = backlog;
    this.clock = clock;
  }

  @Override
  public Health health() {
    List<PendingPublication> stuck = backlog.stuck();
    if (stuck.isEmpty()) {
      return Health.up().withDetail("stuck", 0).build();
    }
    Instant now = clock.instant();
    return Health.down()
        .withDetail("stuck", stuck.size())
        .withDetail("stuckAfter", backlog.stuckAfter().toString())
        .withDetail("oldestSince", stuck.get(0).publishedAt().toString())
        .withDetail("publications", stuck.stream().limit(20).map(p -> p.listener() + " since " + p.publishedAt()
            + " (" + p.age(now).toMinutes() + " min, " + p.retries() + " retries)").toList())
        .build();
  }
}
