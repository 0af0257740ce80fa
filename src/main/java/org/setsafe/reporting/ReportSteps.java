package org.setsafe.reporting;

import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.ReportCommand.AcknowledgeReport;
import org.setsafe.reporting.ReportCommand.AddReportPhoto;
import org.setsafe.reporting.ReportCommand.CommentOnReport;
import org.setsafe.reporting.ReportCommand.ReopenReport;
import org.setsafe.reporting.ReportCommand.ResolveReport;
import org.setsafe.reporting.ReportCommand.StartMitigation;
import org.setsafe.reporting.ReportEvents.MitigationStarted;
import org.setsafe.reporting.ReportEvents.ReportAcknowledged;
import org.setsafe.reporting.ReportEvents.ReportCommented;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.StepKind;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The crew acting on a report: acknowledged, mitigated and resolved, with who and when on every step, and re-opened
 * when the hazard is back. The caller is checked once, at the start of each step: anyone on the crew comments, adds a
 * photo and re-opens; taking a report on and mitigating it need a role; resolving it is its reporter's or the safety
 * advisor's. Each answers with the report as it stands after the step.
 */
@Service
public class ReportSteps {

  private final ReportingDesk desk;
  private final LifecycleSteps steps;
  private final ReportPhotos photos;
  private final ReportViews views;
  private final ApplicationEventPublisher events;
  private final ReportingRefusals refusals;

  ReportSteps(ReportingDesk desk, LifecycleSteps steps, ReportPhotos photos, ReportViews views,
      ApplicationEventPublisher events, ReportingRefusals refusals) {
    this.desk = desk;
    this.steps = steps;
    this.photos = photos;
    this.views = views;
    this.events = events;
    this.refusals = refusals;
  }

  /** Someone who can act takes the report on: its escalation stops. */
  @Transactional
  public ReportView acknowledge(UUID productionId, AcknowledgeReport command) {
    OnSet caller = actor(productionId, command.reportId(), "acknowledge reports", "acknowledge");
    return take(caller, command, StepKind.ACKNOWLEDGED, command.text(),
        (actor, at) -> new ReportAcknowledged(UUID.randomUUID(), productionId, actor, at, command.reportId()));
  }

  /** Work on the hazard begins, saying what is being done. */
  @Transactional
  public ReportView startMitigation(UUID productionId, StartMitigation command) {
    OnSet caller = actor(productionId, command.reportId(), "start mitigation", "start-mitigation");
    String text = command.text();
    return take(caller, command, StepKind.MITIGATION_STARTED, text,
        (actor, at) -> new MitigationStarted(UUID.randomUUID(), productionId, actor, at, command.reportId(), text));
  }

  /** Anyone on the crew adds to a report; it stays where it is. */
  @Transactional
  public ReportView comment(UUID productionId, CommentOnReport command) {
    OnSet caller = desk.caller(productionId);
    String text = command.text();
    return take(caller, command, StepKind.COMMENTED, text, (actor, at) -> new ReportCommented(UUID.randomUUID(),
        productionId, actor, at, command.reportId(), false, text));
  }

  /**
   * Resolves a report: the safety advisor signs it off with a reason, or the person who reported it by name
   * confirms it is fixed. Nobody else may close someone's concern.
   */
  @Transactional
  public ReportView resolve(UUID productionId, ResolveReport command) {
    OnSet caller = desk.caller(productionId);
    UUID reportId = command.reportId();
    HazardReport report = steps.lock(productionId, reportId);
    boolean advisor = caller.holds(CrewRole.SAFETY_ADVISOR);
    boolean reporter = caller.userId().equals(report.reporterId());
    if (!advisor && !reporter) {
      throw refusals.refuse(productionId, caller.userId(), "report:" + reportId, "resolve",
          "A report is resolved only when the person who reported it confirms it, "
          + "or the safety advisor signs it off with a reason.", "reason.reporting.role.resolve");
    }
    String text = command.text(advisor && !reporter);
    String recorded = text != null ? text : LifecycleSteps.CONFIRMED_BY_REPORTER;
    steps.append(report, StepKind.RESOLVED, caller.userId(), reporter, recorded, steps.now());
    events.publishEvent(new ReportResolved(UUID.randomUUID(), productionId, caller.userId(), steps.now(),
        reportId, (reporter ? "reporter confirmed: " : "safety advisor signed off: ") + recorded));
    return views.view(productionId, reportId);
  }

  /** Anyone on the crew re-opens a resolved report, saying why: the hazard is back or was never fixed. */
  @Transactional
  public ReportView reopen(UUID productionId, ReopenReport command) {
    OnSet caller = desk.caller(productionId);
    String text = command.text();
    return take(caller, command, StepKind.REOPENED, text,
        (actor, at) -> new ReportReopened(UUID.randomUUID(), productionId, actor, at, command.reportId(), text));
  }

  /** Adds a photo to a report (anyone on the crew). */
  @Transactional
  public ReportView addPhoto(UUID productionId, AddReportPhoto command) {
    OnSet caller = desk.caller(productionId);
    HazardReport report = steps.lock(productionId, command.reportId());
    if (command.photo() == null) {
      throw new InvalidInputException("photo", "Required", "photo is required")
          .saying("input.reporting.photo.required");
    }
    photos.add(report, caller.userId(), steps.now(), photos.checked(command.photo()));
    return views.view(productionId, command.reportId());
  }

  /**
   * The caller, if they hold a role that acts on reports; otherwise the refusal, recorded. {@code step} names the
   * words of the refusal, {@code reason.reporting.role.<step>}.
   */
  private OnSet actor(UUID productionId, UUID reportId, String what, String step) {
    OnSet caller = desk.caller(productionId);
    if (!caller.holdsAny(ReportingDesk.ACTS_ON_REPORTS)) {
      throw refusals.refuse(productionId, caller.userId(), "report:" + reportId, what,
          "Only the safety advisor, the 1st AD, the UPM or a producer may " + what
          + "; anyone may comment, and anyone may call stop-work.", "reason.reporting.role." + step);
    }
    return caller;
  }

  /** Appends the step the caller takes, publishes the fact that records it, and answers with the report after. */
  private ReportView take(OnSet caller, ReportCommand command, StepKind kind, String note,
      BiFunction<UUID, Instant, Object> fact) {
    steps.append(steps.lock(caller.productionId(), command.reportId()), kind, caller.userId(), false, note,
        steps.now());
    events.publishEvent(fact.apply(caller.userId(), steps.now()));
    return views.view(caller.productionId(), command.reportId());
  }
}
