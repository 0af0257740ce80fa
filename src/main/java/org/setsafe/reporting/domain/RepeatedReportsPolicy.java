package org.setsafe.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * A department that keeps reporting is telling management something: when one department has filed
 * {@code threshold} reports within {@code window}, a producer must answer in a management review. The
 * camera crew on "Rust" complained in writing and resigned the day before; nothing changed.
 */
public record RepeatedReportsPolicy(int threshold, Duration window) {

  public RepeatedReportsPolicy {
    if (threshold < 1 || window == null || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a threshold of at least 1 and a positive window");
    }
  }

  /**
   * How many reports the department filed within the window, given the times they were filed (this one included),
   * when that many is due for a review; empty when it is not.
   */
  public OptionalLong reviewDue(String department, List<Instant> reportedAt, Instant now) {
    if (department == null) {
      return OptionalLong.empty();
    }
    Instant since = now.minus(window);
    long recent = reportedAt.stream().filter(t -> !t.isBefore(since)).count();
    return recent >= threshold ? OptionalLong.of(recent) : OptionalLong.empty();
  }

  /** The window in whole days, as a review's reason says it. */
  public long windowDays() {
    return window.toDays();
  }
}
