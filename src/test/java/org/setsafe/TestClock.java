package org.setsafe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, so that time-dependent rules are tested without sleeping. */
public final class TestClock extends Clock {

  private volatile Instant now;

  public TestClock(Instant start) {
    this.now = start;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    TestClock self = this;
    return new Clock() {
      @Override public ZoneId getZone() { return zone; }
      @Override public Clock withZone(ZoneId other) { return self.withZone(other); }
      @Override public Instant instant() { return self.instant(); }
    };
  }

  /**
   * A clock at 07:00 on today's date where the demo western shoots (America/Denver), whatever the hour the tests start:
   * tests move it on by hours in all, and the set's "today" stays one day for a whole run instead of turning over
   * when a run that started late in the afternoon passes midnight on set.
   */
  public static TestClock atTheSetsMorning() {
    ZoneId set = ZoneId.of("America/Denver");
    return new TestClock(LocalDate.now(set).atTime(LocalTime.of(7, 0)).atZone(set).toInstant());
  }
}
