package org.setsafe.production;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A scene from the script breakdown; {@code shootingDayId} is null until it is scheduled. Its cast are the
 * performers in it (a weapon goes only to one of them) and its camera head, if named, witnesses show-clears.
 * Its hazards are those the script breakdown marks on it.
 */
public record Scene(UUID id, UUID productionId, String number, String description, UUID shootingDayId,
    Set<UUID> cast, UUID cameraHeadId, Set<Hazard> hazards) {

  public Scene {
    cast = cast == null ? Set.of() : Set.copyOf(cast);
    hazards = hazards == null || hazards.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(hazards));
  }

  public Scene(UUID id, UUID productionId, String number, String description, UUID shootingDayId) {
    this(id, productionId, number, description, shootingDayId, Set.of(), null, Set.of());
  }

  /** Marked with any hazard: it needs a risk assessment of its own. */
  public boolean highRisk() {
    return !hazards.isEmpty();
  }

  public boolean hasFirearms() {
    return hazards.contains(Hazard.FIREARMS);
  }
}
