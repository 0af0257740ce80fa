package org.setsafe.staffing.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/** A person on a duty on a production's shooting day now: what the roster entries, read in order, leave standing. */
public record Assignment(UUID productionId, UUID shootingDayId, LocalDate date, UUID personId, CrewRole duty) {

  public boolean dedicatedArmorer() {
    return duty == CrewRole.ARMORER;
  }

  /** The duties standing after these entries (oldest first): the latest entry per person, day and duty decides. */
  public static List<Assignment> standing(List<RosterEntry> entriesInOrder) {
    Map<List<Object>, RosterEntry> latest = new LinkedHashMap<>();
    for (RosterEntry entry : entriesInOrder) {
      List<Object> key = List.of(entry.productionId(), entry.shootingDayId(), entry.personId(), entry.duty());
      latest.remove(key);
      latest.put(key, entry);
    }
    List<Assignment> standing = new ArrayList<>();
    for (RosterEntry entry : latest.values()) {
      if (entry.onDuty()) {
        standing.add(new Assignment(entry.productionId(), entry.shootingDayId(), entry.date(), entry.personId(),
            entry.duty()));
      }
    }
    return standing;
  }

  public boolean sameDayAndProductionAs(UUID otherProductionId, UUID otherDayId) {
    return Objects.equals(productionId, otherProductionId) && Objects.equals(shootingDayId, otherDayId);
  }
}
