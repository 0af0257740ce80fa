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
   * The proof as the signed report cites it: the pinned checkpoint where it covers the line, else the leaf alone,
   * which any later checkpoint proves. Naming the latest checkpoint would change the report each time the ledger
   * signs a new one, and the signatures with it.
   */
  private static String proof(Timeline.Line line) {
    if (line.index() == null) {
      return "added later, not in the ledger";
    }
    if (line.proof() == null) {
      return "entry " + line.index();
    }
    return "entry " + line.index() + (line.proof().pinned() ? " in the pinned checkpoint of " + line.proof().treeSize()
        : "") + ", leaf " + line.proof().leafHash();
  }
}
