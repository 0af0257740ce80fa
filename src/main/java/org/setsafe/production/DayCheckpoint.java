package org.setsafe.production;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A moment of a shooting day at which every weapon must be back (the meal break, wrap): as the 1st AD called it,
 * or as planned while it is not called. Custody checks the weapons at each one.
 */
public record DayCheckpoint(UUID productionId, UUID shootingDayId, LocalDate date, Kind kind, Instant at,
    boolean called) {

  public enum Kind { MEAL_BREAK, WRAP }
}
