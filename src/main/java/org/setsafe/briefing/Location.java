package org.setsafe.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A place the production shoots, named as the schedule names it, with its nearest hospital (null until someone
 * enters it) and the shooting days there.
 */
public record Location(String name, Hospital hospital, List<LocalDate> days, UUID enteredBy, Instant enteredAt) {

  public Location {
    days = List.copyOf(days);
  }

  public boolean hasHospital() {
    return hospital != null;
  }
}
