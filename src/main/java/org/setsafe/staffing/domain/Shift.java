package org.setsafe.staffing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Hours a person worked on a production on a work date, as recorded: on and off (off may fall after midnight; null
 * while still at work). A later entry for the same person, production and date corrects it and says why; the
 * earlier stays on record.
 */
public record Shift(UUID id, UUID productionId, UUID personId, LocalDate workDate, Instant on, Instant off,
    String reason, UUID recordedBy, Instant recordedAt) {

  /** A shift longer than this is a typing mistake, not a day's work. */
  public static final Duration LONGEST = Duration.ofHours(24);

  public Shift {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(workDate, "workDate");
    Objects.requireNonNull(on, "on");
    if (off != null && !off.isAfter(on)) {
      throw new IllegalArgumentException("off comes after on");
    }
    if (off != null && Duration.between(on, off).compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("a shift lasts at most 24 hours");
    }
  }

  /** Hours worked; zero while the shift is still open. */
  public Duration worked() {
    return off == null ? Duration.ZERO : Duration.between(on, off);
  }

  /** The shifts in force after these entries (oldest first): the latest per person, production and date. */
  public static List<Shift> inForce(List<Shift> entriesInOrder) {
    Map<List<Object>, Shift> latest = new LinkedHashMap<>();
    for (Shift shift : entriesInOrder) {
      latest.put(List.of(shift.productionId(), shift.personId(), shift.workDate()), shift);
    }
    return new ArrayList<>(latest.values());
  }
}
