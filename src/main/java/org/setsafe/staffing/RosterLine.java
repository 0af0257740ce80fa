package org.setsafe.staffing;

import java.util.List;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/** One person on the day's roster, with every duty they hold that day. */
public record RosterLine(UUID personId, String name, List<CrewRole> duties) {

  public boolean dedicatedArmorer() {
    return duties.contains(CrewRole.ARMORER);
  }
}
