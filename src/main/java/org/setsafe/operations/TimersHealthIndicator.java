package org.setsafe.operations;

import java.util.List;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.FailingTimers;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code timers}: DOWN while any scheduled job's latest run failed (an escalation step that could
 * not be told, a notice that could not be sent). In the {@code safety-records} group with {@code events}, and for the
 * same reason not in readiness: taking the instance away would not make the job succeed.
 */
@Component
class TimersHealthIndicator implements HealthIndicator {

  private final FailingTimers timers;

  TimersHealthIndicator(FailingTimers timers) {
    this.timers = timers;
  }

  @Override
  public Health health() {
    List<FailingTimer> failing = timers.failing();
    if (failing.isEmpty()) {
      return Health.up().withDetail("failing", 0).build();
    }
    return Health.down()
        .withDetail("failing", failing.size())
        .withDetail("timers", failing.stream().limit(20).map(t -> t.task() + " " + t.instance() + ": " + t.failures()
            + " failed runs, last " + t.lastFailure() + ", next try " + t.nextTry()).toList())
        .build();
  }
}
