package org.setsafe.staffing;

import java.util.List;
import java.util.UUID;
import org.setsafe.production.ShootingDay;

/** Everything the day's staffing page shows: the roster, the people watched on a firearms day, the flags. */
public record DayStaffing(UUID productionId, ShootingDay day, boolean firearmsDay, List<String> firearmsScenes,
    List<RosterLine> roster, List<PersonDay> watched, List<Flag> flags, Rules rules) {

  public boolean hasDedicatedArmorer() {
    return roster.stream().anyMatch(RosterLine::dedicatedArmorer);
  }
}
