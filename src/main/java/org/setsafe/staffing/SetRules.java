package org.setsafe.staffing;

import java.time.Duration;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.staffing.domain.StaffingRules;

/** A production's minimum rest between days and weekly hours limit, in whole hours, as a producer or UPM sets them. */
public record SetRules(Integer minRestHours, Integer weeklyHoursLimit) {

  /** The limits, refused when either is missing or out of range. */
  StaffingRules rules() {
    if (minRestHours == null || minRestHours < 1 || minRestHours > StaffingRules.MAX_REST_HOURS) {
      throw new InvalidInputException("minRestHours", "Range", "minRestHours must be between 1 and "
          + StaffingRules.MAX_REST_HOURS).saying("input.staffing.limits.min-rest-range",
          String.valueOf(StaffingRules.MAX_REST_HOURS));
    }
    if (weeklyHoursLimit == null || weeklyHoursLimit < 1 || weeklyHoursLimit > StaffingRules.MAX_WEEKLY_HOURS) {
      throw new InvalidInputException("weeklyHoursLimit", "Range", "weeklyHoursLimit must be between 1 and "
          + StaffingRules.MAX_WEEKLY_HOURS).saying("input.staffing.limits.weekly-hours-range",
          String.valueOf(StaffingRules.MAX_WEEKLY_HOURS));
    }
    return new StaffingRules(Duration.ofHours(minRestHours), Duration.ofHours(weeklyHoursLimit));
  }
}
