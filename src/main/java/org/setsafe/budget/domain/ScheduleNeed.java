package org.setsafe.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.LocalDate;
import org.setsafe.production.Hazard;

/**
 * The least safety staffing a production's schedule needs, day by day, from the hazards its scenes are marked with:
 * a dedicated armorer every firearms day (California Labor Code §9153(a)(3)); the safety advisor every day with
 * firearms or stunts (§9151); the stunt coordinator on stunt days; fire safety on pyrotechnics days; a set medic on
 * every day with any hazard. Other kinds of spending have no minimum the schedule can name.
 */
public final class ScheduleNeed {

  private final Map<LocalDate, Set<SafetyLineKind>> byDay;

  private ScheduleNeed(Map<LocalDate, Set<SafetyLineKind>> byDay) {
    this.byDay = byDay;
  }

  /** The need of a schedule whose days carry these hazards (a day's scenes' hazards together). */
  public static ScheduleNeed of(Map<LocalDate, Set<Hazard>> hazardsByDay) {
    Map<LocalDate, Set<SafetyLineKind>> byDay = new TreeMap<>();
    hazardsByDay.forEach((date, hazards) -> {
      Set<SafetyLineKind> needed = EnumSet.noneOf(SafetyLineKind.class);
      if (hazards.contains(Hazard.FIREARMS)) {
        needed.add(SafetyLineKind.ARMORER_DAYS);
        needed.add(SafetyLineKind.SAFETY_ADVISOR_DAYS);
      }
      if (hazards.contains(Hazard.STUNTS)) {
        needed.add(SafetyLineKind.SAFETY_ADVISOR_DAYS);
        needed.add(SafetyLineKind.STUNT_COORDINATOR_DAYS);
      }
      if (hazards.contains(Hazard.PYROTECHNICS)) {
        needed.add(SafetyLineKind.FIRE_SAFETY);
      }
      if (hazards.stream().anyMatch(Hazard::markableOnScene)) {
        needed.add(SafetyLineKind.SET_MEDIC_DAYS);
      }
      if (!needed.isEmpty()) {
        byDay.put(date, Collections.unmodifiableSet(needed));
      }
    });
    return new ScheduleNeed(Collections.unmodifiableMap(byDay));
  }

  /** The days, oldest first, on which the schedule needs this kind. */
  public List<LocalDate> days(SafetyLineKind kind) {
    List<LocalDate> days = new ArrayList<>();
    byDay.forEach((date, kinds) -> {
      if (kinds.contains(kind)) {
        days.add(date);
      }
    });
    return days;
  }

  /** How many units (days) of this kind the schedule needs at least. */
  public BigDecimal units(SafetyLineKind kind) {
    return BigDecimal.valueOf(days(kind).size());
  }

  /** Whether the schedule names a minimum for this kind at all. */
  public boolean names(SafetyLineKind kind) {
    return !days(kind).isEmpty();
  }
}
