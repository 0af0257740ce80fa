package org.setsafe.reporting.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * The rules of a report's lifecycle, each answering with a refusal in plain words or nothing. Who may take a
 * step is decided by the caller's role (see {@code ReportSteps}); these rules are about the report's own state.
 */
public final class Lifecycle {

  private Lifecycle() {}

  /** A step must move the report along its allowed transitions; a comment fits any state. */
  public static Optional<Refusal> allows(HazardReport report, StepKind step) {
    ReportState now = report.state();
    return step.leadsTo()
        .filter(target -> !now.canMoveTo(target))
        .map(target -> new Refusal("Transition", "a report that is " + now.label().toLowerCase()
            + " cannot be " + verb(step) + (now == ReportState.RESOLVED ? "; re-open it first" : ""), "state")
            .saying("reason.Transition" + (now == ReportState.RESOLVED ? ".re-open-first" : ""),
                Said.of("reason.report-state." + now.name()), Said.of("reason.report-step." + step.name())));
  }

  private static String verb(StepKind step) {
    return switch (step) {
      case ACKNOWLEDGED -> "acknowledged";
      case MITIGATION_STARTED -> "moved to mitigation";
      case RESOLVED -> "resolved";
      case REOPENED -> "re-opened";
      case COMMENTED -> "commented";
    };
  }
}
