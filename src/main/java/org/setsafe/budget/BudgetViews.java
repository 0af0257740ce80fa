package org.setsafe.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.setsafe.budget.BudgetSheet.BudgetLine;
import org.setsafe.budget.BudgetSheet.BudgetLineVersion;
import org.setsafe.budget.BudgetSheet.BudgetTotals;
import org.setsafe.budget.BudgetSheet.BudgetWeek;
import org.setsafe.budget.domain.BudgetStore;
import org.setsafe.budget.domain.CutPolicy;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.budget.domain.Money;
import org.setsafe.budget.domain.SafetyLineKind;
import org.setsafe.budget.domain.ScheduleNeed;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.setsafe.production.Production;
import org.setsafe.staffing.DutiesWorked;
import org.setsafe.staffing.DutiesWorked.DutyDay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The safety budget as read by the UPM, a producer, the safety advisor and studio safety: each line against the
 * schedule's need and against what was worked (staffing's roster and hours) or spent (entered), by line and by week.
 */
@Service
public class BudgetViews {

  private final BudgetStore store;
  private final BudgetRoles roles;
  private final SchedulesNeeds needs;
  private final DutiesWorked worked;
  private final CrewList crew;
  private final CutPolicy policy;
  private final String defaultCurrency;

  BudgetViews(BudgetStore store, BudgetRoles roles, SchedulesNeeds needs, DutiesWorked worked, CrewList crew,
      CutPolicy policy, @Value("${setsafe.budget.currency:USD}") String defaultCurrency) {
    this.store = store;
    this.roles = roles;
    this.needs = needs;
    this.worked = worked;
    this.crew = crew;
    this.policy = policy;
    this.defaultCurrency = defaultCurrency;
  }

  /** The production's budget, for those who may read it; anyone else is refused and the refusal logged. */
  public BudgetSheet sheet(UUID productionId) {
    return sheetOf(roles.reader(productionId).production());
  }

  /** The budget's currency: that of its first line, or the installation's default before any line. */
  String currencyOf(List<LineVersion> versions) {
    return versions.isEmpty() ? defaultCurrency : versions.get(0).currency();
  }

  /** The sheet, read without an access check: for callers that checked (the change just made, the exports). */
  BudgetSheet sheetOf(Production production) {
    UUID productionId = production.id();
    List<LineVersion> versions = store.versions(productionId);
    ScheduleNeed need = needs.of(productionId);
    Map<SafetyLineKind, List<DutyDay>> workedBy = new EnumMap<>(SafetyLineKind.class);
    for (DutyDay day : worked.worked(productionId)) {
      for (SafetyLineKind kind : SafetyLineKind.values()) {
        if (kind.staffedBy() == day.duty()) {
          workedBy.computeIfAbsent(kind, k -> new ArrayList<>()).add(day);
        }
      }
    }
    Map<UUID, String> names = new HashMap<>();
    for (Member m : crew.members(productionId)) {
      names.put(m.userId(), m.displayName());
    }
    List<BudgetLine> lines = new ArrayList<>();
    Map<LocalDate, long[]> weeks = new TreeMap<>();
    List<LocalDate> uncovered = new ArrayList<>();
    long planned = 0;
    long committed = 0;
    long actual = 0;
    long needed = 0;
    int belowNeed = 0;
    for (SafetyLineKind kind : SafetyLineKind.values()) {
      List<LineVersion> history = versions.stream().filter(v -> v.kind() == kind)
          .sorted(Comparator.comparingInt(LineVersion::version).reversed()).toList();
      LineVersion now = history.isEmpty() ? null : history.get(0);
      BigDecimal units = now == null ? BigDecimal.ZERO : now.plannedUnits();
      long rate = now == null ? 0 : now.rateCents();
      List<DutyDay> days = workedBy.getOrDefault(kind, List.of());
      BigDecimal actualUnits = kind.staffed() ? BigDecimal.valueOf(days.size()) : null;
      long actualCents = kind.staffed() ? days.size() * rate : now == null ? 0 : now.actualCents();
      BigDecimal neededUnits = need.units(kind);
      long plannedCents = Money.times(units, rate);
      long neededCents = Money.times(neededUnits, rate);
      boolean below = units.compareTo(neededUnits) < 0;
      lines.add(new BudgetLine(kind.name(), kind.label(), kind.unit(), kind.staffed(), now == null ? 0 : now.version(),
          units, rate, plannedCents, now == null ? 0 : now.committedCents(), actualUnits, actualCents, neededUnits,
          neededCents, plannedCents - actualCents, below, now != null && now.flagged(),
          now == null ? null : now.reviewId(), history.stream().map(v -> version(v, names)).toList()));
      planned += plannedCents;
      committed += now == null ? 0 : now.committedCents();
      actual += actualCents;
      needed += neededCents;
      belowNeed += below ? 1 : 0;
      if ("day".equals(kind.unit())) {
        // Planned days cover the days that need them, in date order; the rest of those days are not covered.
        List<LocalDate> needDays = need.days(kind);
        int covered = Math.min(needDays.size(), units.setScale(0, RoundingMode.DOWN).intValueExact());
        for (int i = 0; i < needDays.size(); i++) {
          long[] week = weeks.computeIfAbsent(weekOf(needDays.get(i)), w -> new long[3]);
          week[0] += rate;
          if (i < covered) {
            week[1] += rate;
          } else if (kind == SafetyLineKind.ARMORER_DAYS) {
            uncovered.add(needDays.get(i));
          }
        }
        for (DutyDay day : days) {
          weeks.computeIfAbsent(weekOf(day.date()), w -> new long[3])[2] += rate;
        }
      }
    }
    List<BudgetWeek> byWeek = new ArrayList<>();
    weeks.forEach((week, sums) -> byWeek.add(new BudgetWeek(week, sums[0], sums[1], sums[2], sums[1] - sums[2])));
    return new BudgetSheet(productionId, production.name(), currencyOf(versions), policy.allowedSharePercent(), lines,
        byWeek, new BudgetTotals(planned, committed, actual, needed, planned - actual, belowNeed), uncovered);
  }

  private static BudgetLineVersion version(LineVersion v, Map<UUID, String> names) {
    return new BudgetLineVersion(v.version(), v.plannedUnits(), v.rateCents(), v.plannedCents(), v.committedCents(),
        v.actualCents(), v.neededUnits(), v.note(), v.reason(), v.cut(), v.reviewId(), v.changedBy(),
        names.getOrDefault(v.changedBy(), "SetSafe"), v.changedAt());
  }

  private static LocalDate weekOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
