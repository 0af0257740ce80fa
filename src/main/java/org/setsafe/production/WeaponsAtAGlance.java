package org.setsafe.production;

import java.util.UUID;

/**
 * What the production dashboard shows of the weapons, answered by the custody module: production must not
 * depend on custody (custody asks production who is on the crew), so custody implements this instead.
 */
public interface WeaponsAtAGlance {

  /** For the signed-in person on this production. */
  Glance of(UUID productionId);

  /**
   * Weapons out of lock-up now, show-clears waiting for the signed-in person to confirm or refuse, and weapons
   * found unattended today (at the meal break, at wrap, or out too long).
   */
  record Glance(int weaponsOut, int showClearsAwaitingYou, int unattendedToday) {}
}
