package org.setsafe.notify;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.ObjectProvider;
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
 *
 * <p>And one safeguard: db-scheduler waits between polls until its clock reaches "then + polling interval", so a
 * clock set back (a test putting its clock back, a server's clock stepped back) would hold that wait for as long
 * as the clock went back. When the clock goes back, the scheduler is woken to poll again at once.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerClock {

  @Bean
  Ticking dbSchedulerClock(Clock clock, ObjectProvider<Scheduler> scheduler) {
    // Woken on another thread: the clock is read by the scheduler's own threads, some inside its waits.
    return new Ticking(clock, () -> CompletableFuture.runAsync(() -> scheduler.ifAvailable(
        Scheduler::triggerCheckForDueExecutions)));
  }

  static final class Ticking implements com.github.kagkarlsson.scheduler.Clock {
    private final Clock clock;
    private final Runnable setBack;
    private Instant lastSeen;
    private long lastSeenAtNanos;

    Ticking(Clock clock, Runnable setBack) {
      this.clock = clock;
      this.setBack = setBack;
    }

    @Override
    public synchronized Instant now() {
      Instant now = clock.instant();
      long nanos = System.nanoTime();
      if (!now.equals(lastSeen)) {
        if (lastSeen != null && now.isBefore(lastSeen)) {
          setBack.run();
        }
        lastSeen = now;
        lastSeenAtNanos = nanos;
        return now;
      }
      return now.plusNanos(nanos - lastSeenAtNanos);
    }
  }
}
