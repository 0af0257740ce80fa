package org.setsafe.production;

import java.time.LocalDate;
import java.util.List;
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
   * break, at wrap, or out too long; rule 5); what every firearm of the production is on hold for (a live round
   * found, an accidental discharge, a second misfire of the day: a stand-down until the safety advisor and a
   * producer clear it), and earlier shooting days not closed or not reconciled, which hold every load.
   */
  record Glance(int weaponsOut, int showClearsAwaitingYou, int openCountMismatches, int unattendedToday,
      List<String> firearmsHolds, List<LocalDate> daysNotSettled) {

    public Glance(int weaponsOut, int showClearsAwaitingYou, int openCountMismatches, int unattendedToday) {
      this(weaponsOut, showClearsAwaitingYou, openCountMismatches, unattendedToday, List.of(), List.of());
    }
  }
}
