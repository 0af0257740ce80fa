package org.setsafe.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.incident.domain.ActionProgress;
import org.setsafe.incident.domain.ActionStep;
import org.setsafe.incident.domain.CorrectiveAction;
import org.setsafe.incident.domain.Investigation;
import org.setsafe.incident.domain.FindingStore;
import org.setsafe.incident.domain.RootCause;
import org.setsafe.production.CrewList;
import org.setsafe.production.Member;
import org.springframework.stereotype.Component;

/** The report's "Corrective actions": each with the cause it answers, its owner, due day, status and verifier. */
@Component
class CorrectiveActionSection implements ReportSection {

  private final FindingStore store;
  private final CrewList crew;

  CorrectiveActionSection(FindingStore store, CrewList crew) {
    this.store = store;
    this.crew = crew;
  }

  @Override
  public int position() {
    return 50;
  }

  @Override
  public String heading() {
    return "Corrective actions";
  }

  @Override
  public List<List<String>> rows(UUID incidentId) {
    List<CorrectiveAction> actions = store.actions(incidentId);
    if (actions.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> causes = new Investigation(store.rootCauses(incidentId), List.of()).rootCauses().stream()
        .collect(Collectors.toMap(RootCause::causeId, RootCause::summary));
    Map<UUID, String> names = crew.members(actions.get(0).productionId()).stream()
        .collect(Collectors.toMap(Member::userId, Member::displayName));
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Action", "Kind", "Answers", "Owner", "Due", "Status", "Verified by", "Rule changed"));
    for (CorrectiveAction a : actions) {
      ActionProgress progress = new ActionProgress(a, store.steps(a.id()));
      String verifiedBy = progress.step(ActionStep.Kind.EFFECTIVE).or(() -> progress.step(ActionStep.Kind.NOT_EFFECTIVE))
          .map(s -> names.getOrDefault(s.takenBy(), "?") + ", " + s.takenAt()).orElse("");
      String rule = progress.step(ActionStep.Kind.DONE).filter(s -> s.settingIndex() != null)
          .map(s -> "Ledger entry " + s.settingIndex() + " (" + s.settingKind() + ")").orElse("");
      rows.add(List.of(a.what(), a.kind().label(), causes.getOrDefault(a.causeId(), "?"),
          names.getOrDefault(a.ownerId(), "?"), a.dueOn() + (progress.wentOverdue() ? " (went overdue)" : ""),
          progress.status().label(), verifiedBy, rule));
    }
    return rows;
  }
}
