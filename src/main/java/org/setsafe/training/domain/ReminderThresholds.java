package org.setsafe.training.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * When to remind a person that a certificate is running out: at each threshold (days before the expiry
 * date; 0 is the expiry date itself), once. When a sweep finds several thresholds passed at once (a
 * certificate recorded with 5 days left, or SetSafe was down), only the nearest one is due: one reminder
 * that says how it stands now, not a burst of stale ones.
 */
public final class ReminderThresholds {

  private final SortedSet<Integer> daysBefore;

  public ReminderThresholds(List<Integer> daysBefore) {
    if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d == null || d < 0 || d > 366)) {
      throw new IllegalArgumentException("reminder thresholds must be 0 to 366 days before expiry: " + daysBefore);
    }
    this.daysBefore = new TreeSet<>(daysBefore);
  }

  /** The threshold due today for a certificate expiring then, unless it (or a nearer one) was already sent. */
  public Optional<Integer> due(LocalDate expiresOn, LocalDate today, Set<Integer> alreadySent) {
    long left = ChronoUnit.DAYS.between(today, expiresOn);
    Optional<Integer> nearestPassed = daysBefore.stream().filter(d -> left <= d).findFirst();
    return nearestPassed.filter(d -> alreadySent.stream().noneMatch(sent -> sent <= d));
  }

  public SortedSet<Integer> daysBefore() {
    return daysBefore;
  }
}
