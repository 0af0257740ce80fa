package org.setsafe.production;

import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A day on the call sheet: its date, call time and location, and the planned meal break and wrap (either may be
 * unplanned), with the moments the 1st AD called them, once called.
 */
public record ShootingDay(UUID id, UUID productionId, LocalDate date, LocalTime callTime, String location,
    LocalTime mealBreak, LocalTime wrap, Instant mealBreakCalledAt, Instant wrapCalledAt) {

  public ShootingDay(UUID id, UUID productionId, LocalDate date, LocalTime callTime, String location) {
    this(id, productionId, date, callTime, location, null, null, null, null);
  }

  /** When a time of this day falls in the production's zone; a time before the call is after midnight (night shoots). */
  public Instant at(LocalTime time, ZoneId zone) {
    LocalDate on = time.isBefore(callTime) ? date.plusDays(1) : date;
    return on.atTime(time).atZone(zone).toInstant();
  }

  /** The meal break as called, or as planned while it is not called; null when neither. */
  public Instant mealBreakAt(ZoneId zone) {
    return mealBreakCalledAt != null ? mealBreakCalledAt : mealBreak == null ? null : at(mealBreak, zone);
  }

  /** Wrap as called, or as planned while it is not called; null when neither. */
  public Instant wrapAt(ZoneId zone) {
    return wrapCalledAt != null ? wrapCalledAt : wrap == null ? null : at(wrap, zone);
  }
}
