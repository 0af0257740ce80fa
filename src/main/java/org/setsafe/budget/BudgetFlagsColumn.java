package org.setsafe.budget;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.budget.domain.BudgetStore;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.studio.StudioColumn;
import org.springframework.stereotype.Component;

/**
 * The studio's "budget flags" column: per production, the safety lines planned below what the schedule needed when
 * they were last changed, and the lines whose last change was a flagged cut. One query for every production; the
 * production's own budget page shows the need as the schedule stands now.
 */
@Component
class BudgetFlagsColumn implements StudioColumn {

  private final BudgetStore store;

  BudgetFlagsColumn(BudgetStore store) {
    this.store = store;
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
    store.latest(productionIds).forEach((productionId, lines) -> cell(productionId, lines)
        .ifPresent(cell -> cells.put(productionId, cell)));
    return cells;
  }

  private static java.util.Optional<StudioCell> cell(UUID productionId, List<LineVersion> lines) {
    long below = lines.stream().filter(LineVersion::belowNeedWhenChanged).count();
    long cuts = lines.stream().filter(LineVersion::flagged).count();
    if (below == 0 && cuts == 0) {
      return java.util.Optional.empty();
    }
    String words = (below == 0 ? "" : below + (below == 1 ? " line" : " lines") + " below need")
        + (below > 0 && cuts > 0 ? ", " : "") + (cuts == 0 ? "" : cuts + (cuts == 1 ? " cut" : " cuts") + " flagged");
    return java.util.Optional.of(new StudioCell(below + cuts, below > 0 ? Concern.ACT : Concern.WATCH, words,
        "/productions/" + productionId + "/budget"));
  }
}
