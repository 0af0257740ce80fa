package org.setsafe.custody.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a weapon is in its custody, and which moves are possible from there. Guards the order of custody:
 * a weapon goes to a performer only from the armorer's hands, comes back only to the armorer, and a weapon
 * on hold after a misfire never goes out until it has been reviewed.
 */
public enum WeaponState {
  /** On the register, not yet in the armorer's hands. */
  REGISTERED,
  /** With the armorer, out of lock-up. */
  WITH_ARMORER,
  /** With a performer for a scene. */
  ISSUED,
  /** Locked away. */
  LOCKED_UP,
  /** With the armorer but out of use: a misfire or accidental discharge awaits review (rule 8). */
  ON_HOLD,
  /** Returned to the rental house or otherwise gone from the production. */
  DISPOSED;

  public boolean canMoveTo(WeaponState next) {
    return next != null && allowedNext().contains(next);
  }

  private Set<WeaponState> allowedNext() {
    switch (this) {
      case REGISTERED:
        return EnumSet.of(WITH_ARMORER);
      case WITH_ARMORER:
        // Staying with the armorer covers a transfer from one armorer to another.
        return EnumSet.of(WITH_ARMORER, ISSUED, LOCKED_UP, ON_HOLD, DISPOSED);
      case ISSUED:
        // Staying issued covers a misfire in the performer's hands: the hold begins when the armorer collects.
        return EnumSet.of(ISSUED, WITH_ARMORER, ON_HOLD);
      case LOCKED_UP:
        return EnumSet.of(WITH_ARMORER, ON_HOLD);
      case ON_HOLD:
        return EnumSet.of(ON_HOLD, WITH_ARMORER, LOCKED_UP, DISPOSED);
      default:
        return EnumSet.noneOf(WeaponState.class);
    }
  }

  /**
   * Out of lock-up and still on the production: from preparation until it is locked away, which is the span
   * during which the armorer may have no other duties (California Labor Code §9153(a)(3)).
   */
  public boolean out() {
    return this == WITH_ARMORER || this == ISSUED || this == ON_HOLD;
  }
}
