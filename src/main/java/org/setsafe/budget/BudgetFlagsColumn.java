package org.setsafe.budget;

import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.budget.domain.BudgetStore;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.budget.domain.ScheduleNeed;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.studio.StudioColumn;
import org.springframework.stereotype.Component;

/**
 * The studio's "budget flags" column: per production with a safety budget, the lines planned below what the
 * schedule needs as it stands now (as the production's own budget page shows them: a firearms day scheduled after
 * the armorer was budgeted counts at once), and the lines whose last change was a flagged cut. Two queries for every
 * production together, however many: the lines in force, then the schedules of the productions that have any.
 */
@Component
class BudgetFlagsColumn implements StudioColumn {

  private final BudgetStore store;
  private final SchedulesNeeds needs;

  BudgetFlagsColumn(BudgetStore store, SchedulesNeeds needs) {
    this.store = store;
    this.needs = needs;
  }

  @Override
  public String key() {
    return "budget-flags";
  }

  @Override
  public String heading() {
    return "Budget flags";
  }

  @Override
  public int order() {
    return 110;
  }

  @Override
  public Map<UUID, StudioCell> cells(Collection<UUID> productionIds, Instant now) {
    Map<UUID, StudioCell> cells = new HashMap<>();
    Map<UUID, List<LineVersion>> latest = store.latest(productionIds);
    if (latest.isEmpty()) {
      return cells;
    }
    Map<UUID, ScheduleNeed> needNow = needs.of(latest.keySet());
    latest.forEach((productionId, lines) -> cell(productionId, lines, needNow.get(productionId))
        .ifPresent(cell -> cells.put(productionId, cell)));
    return cells;
  }

  private static Optional<StudioCell> cell(UUID productionId, List<LineVersion> lines, ScheduleNeed need) {
    long below = lines.stream().filter(line -> line.plannedUnits().compareTo(need.units(line.kind())) < 0).count();
    long cuts = lines.stream().filter(LineVersion::flagged).count();
    return cell(productionId, below, cuts);
  }

  /** One production's cell: how many lines are planned below need, how many were cut with a flag; none if neither. */
  static Optional<StudioCell> cell(UUID productionId, long below, long cuts) {
    if (below == 0 && cuts == 0) {
      return Optional.empty();
    }
    String words = (below == 0 ? "" : below + (below == 1 ? " line" : " lines") + " below need")
        + (below > 0 && cuts > 0 ? ", " : "") + (cuts == 0 ? "" : cuts + (cuts == 1 ? " cut" : " cuts") + " flagged");
    List<Said> said = new ArrayList<>();
    if (below > 0) {
      said.add(Said.of(below == 1 ? "budget.studio.below-need.one" : "budget.studio.below-need.many", below));
    }
    if (cuts > 0) {
      said.add(Said.of(cuts == 1 ? "budget.studio.cuts-flagged.one" : "budget.studio.cuts-flagged.many", cuts));
    }
    return Optional.of(new StudioCell(below + cuts, below > 0 ? Concern.ACT : Concern.WATCH, words,
        Said.joined("budget.studio.list", said), "/productions/" + productionId + "/budget"));
  }
}
