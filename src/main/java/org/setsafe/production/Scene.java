package org.setsafe.production;

import java.util.Set;
import java.util.UUID;

/**
 * A scene from the script breakdown; {@code shootingDayId} is null until it is scheduled. Its cast are the
 * performers in it (a weapon goes only to one of them) and its camera head, if named, witnesses show-clears.
 */
public record Scene(UUID id, UUID productionId, String number, String description, UUID shootingDayId,
    Set<UUID> cast, UUID cameraHeadId) {

  public Scene {
    cast = cast == null ? Set.of() : Set.copyOf(cast);
  }

  public Scene(UUID id, UUID productionId, String number, String description, UUID shootingDayId) {
    this(id, productionId, number, description, shootingDayId, Set.of(), null);
  }
}
