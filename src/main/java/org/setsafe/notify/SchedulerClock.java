package org.setsafe.notify;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * db-scheduler reads "now" from its own clock when it decides which jobs are due. It is handed SetSafe's injected
 * {@link Clock}, so that every timer (escalation steps, deadlines, delivery retries) follows the same time as the
 * rest of SetSafe, and tests move it with a test clock instead of sleeping.
 *
 * <p>One adaptation: db-scheduler also times its own polling waits with this clock, and would wait for ever on a
 * clock that stands still (a test clock between two moves). So while the injected clock shows the same instant,
 * the scheduler sees it tick on by the real time elapsed since; the moment the injected clock moves, the scheduler
 * follows it exactly. A clock that always moves (the system clock) is passed through unchanged.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerClock {

  @Bean
  com.github.kagkarlsson.scheduler.Clock dbSchedulerClock(Clock clock) {
    return new Ticking(clock);
  }

  static final class Ticking implements com.github.kagkarlsson.scheduler.Clock {
    private final Clock clock;
    private Instant lastSeen;
    private long lastSeenAtNanos;

    Ticking(Clock clock) {
      this.clock = clock;
    }

    @Override
    public synchronized Instant now() {
      Instant now = clock.instant();
      long nanos = System.nanoTime();
      if (!now.equals(lastSeen)) {
        lastSeen = now;
        lastSeenAtNanos = nanos;
        return now;
      }
      return now.plusNanos(nanos - lastSeenAtNanos);
    }
  }
}
