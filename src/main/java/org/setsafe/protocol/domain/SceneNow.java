package org.setsafe.protocol.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.setsafe.production.Hazard;
import org.setsafe.shared.Refusal.Said;

/** A scene as it stands now: its number, its shooting day and that day's location (null when unscheduled), its hazards. */
public record SceneNow(String number, LocalDate shootingDate, String location, Set<Hazard> hazards) {

  public SceneNow {
    hazards = Set.copyOf(hazards);
  }

  /** Whether a sign-off made on this day at this location still stands. */
  public boolean sameDayAndLocation(RiskSignOff signOff) {
    return Objects.equals(shootingDate, signOff.shootingDate()) && Objects.equals(location, signOff.location());
  }

  public String where() {
    return where(shootingDate, location);
  }

  public static String where(LocalDate date, String location) {
    return date == null ? "unscheduled" : date + " at " + location;
  }

  /** {@link #where(LocalDate, String)} as bundle words. */
  public static Said whereSaid(LocalDate date, String location) {
    return SaidParts.dayAtLocation(date, location, "reason.protocol.unscheduled");
  }
}
