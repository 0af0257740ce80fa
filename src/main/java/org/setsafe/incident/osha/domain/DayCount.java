package org.setsafe.incident.osha.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days away from work and days of restricted work as 29 CFR 1904.7(b)(3) and (b)(4) count them: calendar days,
 * whether or not the person was scheduled to work (weekends, holidays, days the unit was not shooting all count),
 * never the day of the injury itself, and no more than 180 (1904.7(b)(3)(vii): the employer may stop counting there).
 */
public final class DayCount {

  /** 1904.7(b)(3)(vii) and (b)(4)(x)'s cap. */
  public static final int CAP = 180;

  private DayCount() {}

  /**
   * The calendar days from {@code from} until the day before {@code backOn} (the first day back), never counting
   * the day of the injury or any day before it; while the person is not back yet ({@code backOn} null), through
   * {@code today}. Capped at {@link #CAP}.
   */
  public static int days(LocalDate injuredOn, LocalDate from, LocalDate backOn, LocalDate today) {
    if (from == null) {
      return 0;
    }
    LocalDate first = from.isAfter(injuredOn) ? from : injuredOn.plusDays(1);
    LocalDate endExclusive = backOn != null ? backOn : today.plusDays(1);
    long days = ChronoUnit.DAYS.between(first, endExclusive);
    return (int) Math.max(0, Math.min(CAP, days));
  }
}
