package org.setsafe.custody;

import java.util.UUID;
import org.setsafe.shared.NotFoundException;

/**
 * A weapon or an ammunition lot the production does not have (or another production's, which looks the same),
 * said the same way by the register, the boards and the pages.
 */
public final class NotOnThisProduction {

  private NotOnThisProduction() {}

  public static NotFoundException weapon(UUID weaponId) {
    return new NotFoundException("no weapon " + weaponId + " on this production")
        .saying("input.custody.not-found.weapon", String.valueOf(weaponId));
  }

  public static NotFoundException lot(UUID lotId) {
    return new NotFoundException("no lot " + lotId + " on this production")
        .saying("input.custody.not-found.lot", String.valueOf(lotId));
  }
}
