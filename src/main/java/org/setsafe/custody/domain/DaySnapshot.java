package org.setsafe.custody.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.production.CrewRole;

/**
 * What closing the day is decided on, read once with the production's lots locked: who is acting, with which roles,
 * the moment and the shooting day in the production's time zone, the lots on the register and the production's
 * custody events in the order recorded. {@link DayCloseProtocol} decides on it alone.
 */
public record DaySnapshot(UUID productionId, UUID personId, Set<CrewRole> roles, Instant now, ZoneId zone,
    LocalDate day, List<AmmunitionLot> lots, List<CustodyEvent> history) {

  public DaySnapshot {
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(day, "day");
    roles = roles == null ? Set.of() : Set.copyOf(roles);
    lots = lots == null ? List.of() : List.copyOf(lots);
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** The latest count of each lot taken on {@code day} in {@code zone}: the wrap count, whenever it was taken. */
  public static Map<UUID, RoundsCounted> countsOn(ZoneId zone, LocalDate day, List<? extends CustodyEvent> history) {
    Map<UUID, RoundsCounted> counts = new LinkedHashMap<>();
    for (CustodyEvent event : history) {
      if (event instanceof RoundsCounted count && count.occurredAt().atZone(zone).toLocalDate().equals(day)) {
        counts.put(count.lotId(), count);
      }
    }
    return counts;
  }
}
