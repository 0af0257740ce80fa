package org.setsafe.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.incident.domain.Investigation;
import org.setsafe.incident.domain.FindingStore;
import org.setsafe.incident.domain.RootCause;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.springframework.stereotype.Component;

/** The report's "Root causes": each at its latest version, its chain, and what shows it. */
@Component
class RootCauseSection implements ReportSection {

  private final FindingStore store;
  private final CrewList crew;

  RootCauseSection(FindingStore store, CrewList crew) {
    this.store = store;
    this.crew = crew;
  }

  @Override
  public int position() {
    return 40;
  }

  @Override
  public String heading() {
    return "Root causes";
  }

  @Override
  public List<List<String>> rows(UUID incidentId) {
    List<RootCause> causes = new Investigation(store.rootCauses(incidentId), store.investigationSteps(incidentId)).rootCauses();
    if (causes.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> names = crew.members(causes.get(0).productionId()).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Root cause", "Form", "Category", "Why → because", "Shown by", "Recorded"));
    for (RootCause c : causes) {
      String whys = c.whys().stream().map(w -> w.why() + " → " + w.because()).collect(Collectors.joining("\n"));
      String shownBy = c.evidence().isEmpty() ? "(no evidence linked)" : c.evidence().stream()
          .map(e -> e.ledgerIndex() != null ? "Ledger entry " + e.ledgerIndex() + " (" + e.ledgerKind() + ")"
              : "Statement " + e.statementId())
          .collect(Collectors.joining("\n"));
      rows.add(List.of(c.summary(), c.form().label(), c.category().label(), whys, shownBy,
          names.getOrDefault(c.recordedBy(), "?") + ", " + c.recordedAt() + (c.version() > 1
              ? " (version " + c.version() + ")" : "")));
    }
    return rows;
  }
}
