package org.setsafe.production;

import java.util.UUID;
import org.setsafe.shared.NotFoundException;

/** A shooting day or a scene the production's schedule does not have, said the same way wherever it is looked up. */
final class NotOnTheSchedule {

  private NotOnTheSchedule() {}

  static NotFoundException day(UUID dayId) {
    return new NotFoundException("no shooting day " + dayId)
        .saying("input.production.not-found.shooting-day", String.valueOf(dayId));
  }

  static NotFoundException scene(UUID sceneId) {
    return new NotFoundException("no scene " + sceneId)
        .saying("input.production.not-found.scene", String.valueOf(sceneId));
  }
}
