package org.setsafe.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.setsafe.TestClock;

/** The scheduler's view of a clock that stands still between moves, with real time played by a counter. */
class SchedulerClockTest {

  private static final Instant START = Instant.parse("2026-11-25T06:30:00Z");

  private final TestClock clock = new TestClock(START);
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger wokenForSetBack = new AtomicInteger();
  private final SchedulerClock.Ticking ticking =
      new SchedulerClock.Ticking(clock, wokenForSetBack::incrementAndGet, nanos::get);

  @Test
  void whileTheClockStandsStillTheSchedulerSeesItTickOnInRealTime() {
    assertThat(ticking.now()).isEqualTo(START);
    nanos.addAndGet(Duration.ofSeconds(90).toNanos());
    assertThat(ticking.now()).isEqualTo(START.plusSeconds(90));
    clock.advance(Duration.ofMinutes(10));
    assertThat(ticking.now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    assertThat(wokenForSetBack).hasValue(0);
  }

  @Test
  void aClockMovedForwardByLessThanTheTimeItStoodStillHasGoneBackForTheSchedulerWhichIsWoken() {
    ticking.now();
    nanos.addAndGet(Duration.ofMinutes(3).toNanos());
    assertThat(ticking.now()).isEqualTo(START.plus(Duration.ofMinutes(3)));
    // A test moves its clock on by a millisecond: three minutes back for the scheduler, whose next poll would
    // otherwise wait until its clock reached those three minutes again.
    clock.advance(Duration.ofMillis(1));
    assertThat(ticking.now()).isEqualTo(START.plusMillis(1));
    assertThat(wokenForSetBack).hasValue(1);
  }

  @Test
  void aClockSetBackWakesTheScheduler() {
    clock.advance(Duration.ofHours(1));
    ticking.now();
    clock.set(START);
    assertThat(ticking.now()).isEqualTo(START);
    assertThat(wokenForSetBack).hasValue(1);
  }
}
