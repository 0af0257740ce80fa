package org.setsafe.staffing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * One line of a shooting day's roster as recorded: a person put on a duty ({@code onDuty}) or released from it.
 * The duty is a crew role; {@link CrewRole#ARMORER} is the day's dedicated armorer. Nothing recorded changes: a
 * release is a new entry, and the latest entry for a person and duty on a day counts.
 */
public record RosterEntry(UUID id, UUID productionId, UUID shootingDayId, LocalDate date, UUID personId,
    CrewRole duty, boolean onDuty, UUID recordedBy, Instant recordedAt) {

  public RosterEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(shootingDayId, "shootingDayId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(duty, "duty");
    Objects.requireNonNull(recordedAt, "recordedAt");
  }
}
