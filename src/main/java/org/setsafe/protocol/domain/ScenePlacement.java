package org.setsafe.protocol.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.Refusal.Said;

/**
 * Where and when a scene is shot: its shooting day, that day's date and location; all null while it is not
 * scheduled. A sign-off keeps the placement it was given on, so a scene moved since is a changed scene.
 */
public record ScenePlacement(UUID shootingDayId, LocalDate date, String location) {

  public static final ScenePlacement UNSCHEDULED = new ScenePlacement(null, null, null);

  public boolean sameAs(ScenePlacement other) {
    return Objects.equals(shootingDayId, other.shootingDayId) && Objects.equals(date, other.date)
        && Objects.equals(location, other.location);
  }

  /** "2026-11-25 at Rancho de las Golondrinas", or "no shooting day". */
  public String describe() {
    return shootingDayId == null ? "no shooting day" : date + " at " + location;
  }

  /** {@link #describe} as bundle words. */
  public Said said() {
    return SaidParts.dayAtLocation(shootingDayId == null ? null : date, location, "reason.protocol.no-shooting-day");
  }
}
