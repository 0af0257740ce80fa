package org.setsafe.reporting.domain;

import java.util.Optional;

/** A step taken on a report, and the state it leads to (a comment leaves the state as it was). */
public enum StepKind {
  ACKNOWLEDGED(ReportState.ACKNOWLEDGED),
  MITIGATION_STARTED(ReportState.MITIGATING),
  COMMENTED(null),
  RESOLVED(ReportState.RESOLVED),
  REOPENED(ReportState.REPORTED);

  private final ReportState leadsTo;

  StepKind(ReportState leadsTo) {
    this.leadsTo = leadsTo;
  }

  /** The state after this step, or empty for a comment. */
  public Optional<ReportState> leadsTo() {
    return Optional.ofNullable(leadsTo);
  }
}
