package org.setsafe.incident;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.LocalTimes;
import org.springframework.stereotype.Component;

/** The investigation report's timeline: every line with its ledger index and the proof it verifies with. */
@Component
class TimelineSection implements ReportSection {

  private final Timeline timeline;

  TimelineSection(Timeline timeline) {
    this.timeline = timeline;
  }

  @Override
  public int position() {
    return 20;
  }

  @Override
  public String heading() {
    return "Timeline";
  }

  @Override
  public List<List<String>> rows(UUID incidentId) {
    Timeline.TimelineView view = timeline.forReport(incidentId);
    if (view.lines().isEmpty()) {
      return List.of();
    }
    ZoneId zone = ZoneId.of(view.timeZone());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("When", "Kind", "Who", "What", "Ledger entry", "Proof"));
    for (Timeline.Line line : view.lines()) {
      if (line.ledgerKind() != null && InvestigationEvents.ABOUT_THE_REPORT.contains(line.ledgerKind())) {
        continue;
      }
      rows.add(List.of(LocalTimes.dated(line.occurredAt(), zone), line.kind() + (line.addedLater()
              ? " (added later, " + LocalTimes.dated(line.addedAt(), zone) + ")" : ""),
          line.who() == null ? "" : line.who(), line.what(), line.index() == null ? "" : "#" + line.index(),
          proof(line)));
    }
    return rows;
  }

  /**
   * The proof as the signed report cites it: the pinned checkpoint and the leaf's hash where the pin covers the line,
   * else the entry alone, which the checkpoints signed since prove (the timeline's API gives those proofs). A
   * checkpoint signed later, or naming the latest one, would change the report between two readers, and the
   * signatures with it.
   */
  private static String proof(Timeline.Line line) {
    if (line.index() == null) {
      return "added later, not in the ledger";
    }
    if (line.proof() == null || !line.proof().pinned()) {
      return "entry " + line.index();
    }
    return "entry " + line.index() + " in the pinned checkpoint of " + line.proof().treeSize() + ", leaf "
        + line.proof().leafHash();
  }
}
