package org.setsafe.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.domain.ReportState;
import org.setsafe.reporting.domain.StepKind;

/** A report as the pages and the API show it, with its age and how far escalation has taken it. */
public record ReportView(UUID id, UUID productionId, Hazard category, Severity severity, String title,
    String description, UUID sceneId, String scene, String location, String department, boolean resignation,
    boolean anonymous, String reportedBy, String source, Instant reportedAt, ReportState state, Duration age,
    String escalationLevel, List<StepView> steps, List<UUID> photoIds, boolean injury) {

  /** A report that says nothing about anyone hurt. */
  public ReportView(UUID id, UUID productionId, Hazard category, Severity severity, String title,
      String description, UUID sceneId, String scene, String location, String department, boolean resignation,
      boolean anonymous, String reportedBy, String source, Instant reportedAt, ReportState state, Duration age,
      String escalationLevel, List<StepView> steps, List<UUID> photoIds) {
    this(id, productionId, category, severity, title, description, sceneId, scene, location, department, resignation,
        anonymous, reportedBy, source, reportedAt, state, age, escalationLevel, steps, photoIds, false);
  }

  public boolean open() {
    return state.isOpen();
  }

  /** One step on a report, as the crew and the reporter see it. */
  public record StepView(int stepNo, StepKind kind, String who, String note, Instant at) {}
}
