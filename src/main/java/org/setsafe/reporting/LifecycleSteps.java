package org.setsafe.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.Lifecycle;
import org.setsafe.reporting.domain.ReportStep;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StepKind;
import org.setsafe.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * How any step lands on a report, whoever takes it (the crew by name, or the reporter by receipt): the report is
 * locked, {@link Lifecycle} says whether its state allows the step, and a refusal is recorded as evidence before it
 * is thrown; an anonymous reporter's refusal is answered and not recorded.
 */
@Component
class LifecycleSteps {

  /** What a resolution says when its reporter confirms it without a word. */
  static final String CONFIRMED_BY_REPORTER = "Confirmed fixed by the reporter";

  private final ReportStore store;
  private final ReportingRefusals refusals;
  private final Clock clock;

  LifecycleSteps(ReportStore store, ReportingRefusals refusals, Clock clock) {
    this.store = store;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** The report, locked until the step's transaction ends; 404 for one not on this production. */
  HazardReport lock(UUID productionId, UUID reportId) {
    return store.lockReport(productionId, reportId)
        .orElseThrow(() -> new NotFoundException("no report " + reportId + " on this production")
            .saying("input.reporting.not-found.report", reportId));
  }

  /** Appends the step if the report's state allows it; the report as it is after. */
  HazardReport append(HazardReport report, StepKind kind, UUID actorId, boolean byReporter, String note, Instant at) {
    Lifecycle.allows(report, kind).ifPresent(refusal -> {
      throw refusals.refuseStep(report.productionId(), actorId, "report:" + report.id(),
          kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), refusal);
    });
    ReportStep step = new ReportStep(report.id(), report.lastStepNo() + 1, kind, actorId, byReporter, note, at);
    store.insertStep(report.productionId(), step);
    List<ReportStep> steps = new ArrayList<>(report.steps());
    steps.add(step);
    return report.withSteps(steps);
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
