package org.setsafe.staffing;

import org.setsafe.staffing.domain.StaffingRules;

/** The production's limits in force, in whole hours, and whether they are the installation's defaults. */
public record Rules(int minRestHours, int weeklyHoursLimit, boolean defaults) {

  static Rules of(StaffingRules rules, boolean defaults) {
    return new Rules((int) rules.minRest().toHours(), (int) rules.weeklyLimit().toHours(), defaults);
  }
}
