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
   * Weapons out of lock-up now, show-clears waiting for the signed-in person to confirm or refuse, wrap round
   * counts that did not reconcile and are still open (rule 6), and weapons found unattended today (at the meal
   * break, at wrap, or out too long; rule 5).
   */
  record Glance(int weaponsOut, int showClearsAwaitingYou, int openCountMismatches, int unattendedToday) {}
}
