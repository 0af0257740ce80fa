package org.setsafe.notify;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
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
    private final LongSupplier nanoTime;
    private Instant lastSeen;
    private long lastSeenAtNanos;
    private Instant lastGiven;

    Ticking(Clock clock, Runnable setBack) {
      this(clock, setBack, System::nanoTime);
    }

    Ticking(Clock clock, Runnable setBack, LongSupplier nanoTime) {
      this.clock = clock;
      this.setBack = setBack;
      this.nanoTime = nanoTime;
    }

    /**
     * The injected clock, ticking on in real time while it stands still. "Set back" is judged against what the
     * scheduler was last given, not against the injected clock's last reading: a clock that stood still for
     * minutes (so the scheduler saw it tick on) and then moves by a millisecond has gone back for the scheduler,
     * whose next poll would otherwise wait those minutes.
     */
    @Override
    public synchronized Instant now() {
      Instant now = clock.instant();
      long nanos = nanoTime.getAsLong();
      Instant given;
      if (!now.equals(lastSeen)) {
        lastSeen = now;
        lastSeenAtNanos = nanos;
        given = now;
      } else {
        given = now.plusNanos(nanos - lastSeenAtNanos);
      }
      if (lastGiven != null && given.isBefore(lastGiven)) {
        setBack.run();
      }
      lastGiven = given;
      return given;
    }
  }
}
