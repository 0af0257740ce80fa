package org.setsafe.staffing.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A production's limits on fatigue: the minimum rest between one worked day's end and the next day's start, and
 * the most hours in any 7 days (California Labor Code §9152: weeks over 60 hours need a risk assessment of their
 * own). Defaults come from the installation's settings until a producer or UPM sets the production's own.
 */
public record StaffingRules(Duration minRest, Duration weeklyLimit) {

  public static final int MAX_REST_HOURS = 24;
  public static final int MAX_WEEKLY_HOURS = 168;

  public StaffingRules {
    Objects.requireNonNull(minRest, "minRest");
    Objects.requireNonNull(weeklyLimit, "weeklyLimit");
    if (minRest.isNegative() || minRest.isZero() || minRest.compareTo(Duration.ofHours(MAX_REST_HOURS)) > 0) {
      throw new IllegalArgumentException("minimum rest is between 1 minute and " + MAX_REST_HOURS + " hours");
    }
    if (weeklyLimit.isNegative() || weeklyLimit.isZero()
        || weeklyLimit.compareTo(Duration.ofHours(MAX_WEEKLY_HOURS)) > 0) {
      throw new IllegalArgumentException("the weekly limit is between 1 minute and " + MAX_WEEKLY_HOURS + " hours");
    }
  }
}
