package org.setsafe.reporting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  /** Why a review is due, given the times the department's reports were filed (this one included). */
  public Optional<String> reviewDue(String department, List<Instant> reportedAt, Instant now) {
    if (department == null) {
      return Optional.empty();
    }
    Instant since = now.minus(window);
    long recent = reportedAt.stream().filter(t -> !t.isBefore(since)).count();
    return recent >= threshold
        ? Optional.of(department + " has filed " + recent + " safety reports in the last " + window.toDays() + " days")
        : Optional.empty();
  }
}
