package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.Severity;

/**
 * A hazard report as filed, with every step taken on it since. {@code injury}: the reporter said someone was hurt. Its state is folded from the steps, never
 * stored, so the steps are the whole truth. An anonymous report names no reporter and its time is coarse.
 */
public record HazardReport(UUID id, UUID productionId, Hazard category, Severity severity, String title,
    String description, UUID sceneId, String location, String department, boolean resignation, boolean anonymous,
    UUID reporterId, String source, Instant reportedAt, List<ReportStep> steps, boolean injury) {

  public HazardReport {
    steps = List.copyOf(steps);
  }

  /** A report that says nothing about anyone hurt. */
  public HazardReport(UUID id, UUID productionId, Hazard category, Severity severity, String title,
      String description, UUID sceneId, String location, String department, boolean resignation, boolean anonymous,
      UUID reporterId, String source, Instant reportedAt, List<ReportStep> steps) {
    this(id, productionId, category, severity, title, description, sceneId, location, department, resignation,
        anonymous, reporterId, source, reportedAt, steps, false);
  }

  public ReportState state() {
    ReportState state = ReportState.REPORTED;
    for (ReportStep step : steps) {
      state = step.kind().leadsTo().orElse(state);
    }
    return state;
  }

  public boolean isOpen() {
    return state().isOpen();
  }

  public int lastStepNo() {
    return steps.isEmpty() ? 0 : steps.get(steps.size() - 1).stepNo();
  }

  /** When the report last left the open states, or empty when it is open. */
  public Optional<Instant> resolvedAt() {
    return isOpen() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).occurredAt());
  }

  /** Filed by the system from another module's fact (a misfire, a live round), not by a person. */
  public boolean automatic() {
    return source != null;
  }

  public HazardReport withSteps(List<ReportStep> newSteps) {
    return new HazardReport(id, productionId, category, severity, title, description, sceneId, location, department,
        resignation, anonymous, reporterId, source, reportedAt, newSteps, injury);
  }
}
