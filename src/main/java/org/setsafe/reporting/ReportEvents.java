package org.setsafe.reporting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/**
 * What happens to hazard reports and stop-work calls, as facts for the ledger and for escalation. These
 * records are the contract between reporting and escalation: add new facts rather than changing these.
 *
 * <p>An anonymous report's facts carry no actor ({@code actorId} null) and a coarsened time; nothing in them
 * can lead back to the reporter.
 */
public final class ReportEvents {

  /** The rule a {@link ReportingRefused} names when the step is not the caller's role to take. */
  public static final String ROLE_RULE = "Role";

  private ReportEvents() {}

  /**
   * A hazard was reported: by a crew member, anonymously, or automatically from a custody fact
   * ({@code source} names it, e.g. {@code custody.misfire}; null for a person's report).
   */
  public record HazardReported(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      Hazard category, Severity severity, String title, boolean anonymous, String source)
      implements RecordedFact {
    @Override public String kind() { return "reporting.hazard-reported"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** Someone who can act took the report on: escalation of the unacknowledged report stops. */
  public record ReportAcknowledged(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId)
      implements RecordedFact {
    @Override public String kind() { return "reporting.report-acknowledged"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** Work on the hazard began, with what is being done. */
  public record MitigationStarted(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      String what) implements RecordedFact {
    @Override public String kind() { return "reporting.mitigation-started"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** The report was resolved: confirmed by the reporter, or signed off by the safety advisor with a reason. */
  public record ReportResolved(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      String how) implements RecordedFact {
    @Override public String kind() { return "reporting.report-resolved"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** A resolved report was re-opened, with why: escalation starts again. */
  public record ReportReopened(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      String why) implements RecordedFact {
    @Override public String kind() { return "reporting.report-reopened"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /**
   * Someone called stop-work on a scene, or on the whole production ({@code sceneId} null). {@code toNotify} is everyone who must hear at once: the scene's roster,
   * the 1st AD, the safety advisor and the producer.
   */
  public record StopWorkCalled(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID stopWorkId,
      UUID sceneId, String reason, Set<UUID> toNotify) implements RecordedFact {
    @Override public String kind() { return "reporting.stop-work-called"; }
    @Override public List<String> subjects() { return List.of("stop-work:" + stopWorkId); }
  }

  /** The safety advisor recorded why it is safe again; work on the scene resumes. */
  public record WorkResumed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID stopWorkId,
      String whySafe) implements RecordedFact {
    @Override public String kind() { return "reporting.work-resumed"; }
    @Override public List<String> subjects() { return List.of("stop-work:" + stopWorkId); }
  }
  // ---- added by reporting for its own steps; escalation need not listen to these ----

  /**
   * The reporter said someone was hurt: published beside {@link HazardReported} in the same transaction, and always
   * an incident (the incident module opens one, once). An anonymous report's carries no actor and a coarse time, as
   * its report does; {@code sceneId} and {@code location} are where, if the report says.
   */
  public record InjuryReported(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      Severity severity, String title, String description, UUID sceneId, String location, boolean anonymous)
      implements RecordedFact {
    @Override public String kind() { return "reporting.injury-reported"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /**
   * A stop-work was called because someone was hurt: published beside {@link StopWorkCalled} in the same
   * transaction, and always an incident. {@code sceneId} null for the whole production.
   */
  public record StopWorkCitedInjury(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID stopWorkId, UUID sceneId, String reason) implements RecordedFact {
    @Override public String kind() { return "reporting.stop-work-cited-injury"; }
    @Override public List<String> subjects() { return List.of("stop-work:" + stopWorkId); }
  }

  /** Someone added to a report: a comment from the crew, or a follow-up from the reporter (actor null if anonymous). */
  public record ReportCommented(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      boolean byReporter, String comment) implements RecordedFact {
    @Override public String kind() { return "reporting.report-commented"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** A photo was added to a report; {@code sha256} identifies the stored bytes. */
  public record ReportPhotoAdded(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      UUID photoId, String contentType, int size, String sha256) implements RecordedFact {
    @Override public String kind() { return "reporting.report-photo-added"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /**
   * A department's repeated reports, or a resignation citing safety, opened a management review that a producer
   * must answer in writing.
   */
  public record ManagementReviewOpened(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID reviewId, UUID reportId, String trigger, String department, String why) implements RecordedFact {
    @Override public String kind() { return "reporting.management-review-opened"; }
    @Override public List<String> subjects() {
      // A review opened by a budget cut has no report behind it.
      return reportId == null ? List.of("review:" + reviewId) : List.of("review:" + reviewId, "report:" + reportId);
    }
  }

  /** A producer answered a management review in writing. */
  public record ManagementReviewAnswered(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID reviewId, String answer) implements RecordedFact {
    @Override public String kind() { return "reporting.management-review-answered"; }
    @Override public List<String> subjects() { return List.of("review:" + reviewId); }
  }

  /**
   * A crew member tried a step their role does not allow (resolving someone else's concern, resuming work after
   * a stop-work without being the safety advisor), or one the report's state does not allow (acknowledging a
   * resolved report): the attempt is evidence too. {@code subject} is what it was about ({@code report:…},
   * {@code stop-work:…}, {@code review:…}); {@code rule} is {@value ReportEvents#ROLE_RULE} for the role, or the
   * lifecycle rule's code.
   */
  public record ReportingRefused(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, String subject,
      String attempted, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "reporting.refused"; }
    @Override public List<String> subjects() { return List.of(subject); }
  }
}
