package org.setsafe.escalation;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.escalation.EscalationEvents.EscalationRestarted;
import org.setsafe.escalation.EscalationEvents.EscalationStopped;
import org.setsafe.escalation.EscalationEvents.ReportEscalated;
import org.setsafe.escalation.EscalationEvents.ReportReescalated;
import org.setsafe.escalation.domain.DefaultPolicies;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationState;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.Level;
import org.setsafe.escalation.domain.Step;
import org.setsafe.notify.Notice;
import org.setsafe.production.Hazard;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Notifications.Sent;
import org.setsafe.notify.Words;
import org.setsafe.production.Productions;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.ReportAcknowledged;
import org.setsafe.reporting.ReportEvents.ReportReopened;
import org.setsafe.reporting.ReportEvents.ReportResolved;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves each report through its escalation policy. Reporting's facts start, stop, re-start and end it; persisted
 * timers ({@link EscalationTimers}) fire its steps. Every change happens under a lock on the report's escalation
 * row, and every fired step is inserted once, so a fact handed over again or a timer that fires twice (a revived
 * job, a second instance) changes nothing and tells nobody twice.
 */
@Service
class Escalations {

  private final EscalationStore store;
  private final Recipients recipients;
  private final Notifications notifications;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Productions productions;

  Escalations(EscalationStore store, Recipients recipients, Notifications notifications,
      ObjectProvider<SchedulerClient> scheduler, ApplicationEventPublisher events, Clock clock,
      Productions productions) {
    this.productions = productions;
    this.store = store;
    this.recipients = recipients;
    this.notifications = notifications;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public void reported(HazardReported fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    EscalationPolicy policy = store.policies(fact.productionId()).getOrDefault(fact.severity(),
        DefaultPolicies.of(fact.severity()));
    // Levels count from when the report was made (coarsened earlier for anonymous reports, never later).
    Instant start = fact.occurredAt().isAfter(clock.instant()) ? clock.instant() : fact.occurredAt();
    Escalation escalation = Escalation.reported(fact.reportId(), fact.productionId(), fact.category(),
        fact.severity(), fact.title(), policy, start);
    if (store.insert(escalation)) {
      schedule(Step.level(fact.reportId(), 1, 1, 0), start.plusSeconds(60L * policy.level(1).delayMinutes()));
    }
  }

  @Transactional
  public void acknowledged(ReportAcknowledged fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    Escalation escalation = known(fact.reportId());
    if (escalation.state() != EscalationState.ESCALATING) {
      return;
    }
    Instant now = clock.instant();
    Instant deadline = now.plus(escalation.policy().resolveWithin());
    Escalation stopped = escalation.acknowledged(fact.occurredAt(), deadline);
    store.update(stopped);
    schedule(Step.deadline(fact.reportId(), stopped.round()), deadline);
    events.publishEvent(new EscalationStopped(UUID.randomUUID(), fact.productionId(), null, now, fact.reportId(),
        stopped.round(), stopped.level(), "acknowledged", deadline));
  }

  @Transactional
  public void resolved(ReportResolved fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    Escalation escalation = known(fact.reportId());
    if (escalation.state() == EscalationState.RESOLVED) {
      return;
    }
    Escalation ended = escalation.resolved(fact.occurredAt());
    store.update(ended);
    // Dated as the resolution was: when an anonymous reporter confirms it, that time is kept to the hour.
    events.publishEvent(new EscalationStopped(UUID.randomUUID(), fact.productionId(), null, fact.occurredAt(),
        fact.reportId(), ended.round(), ended.level(), "resolved", null));
  }

  @Transactional
  public void reopened(ReportReopened fact) {
    if (!store.firstSight(fact.factId(), clock.instant())) {
      return;
    }
    Escalation escalation = known(fact.reportId());
    if (escalation.state() != EscalationState.RESOLVED) {
      return;
    }
    Instant now = clock.instant();
    Escalation again = escalation.reopened(now);
    store.update(again);
    schedule(Step.level(fact.reportId(), again.round(), 1, 0),
        now.plusSeconds(60L * again.policy().level(1).delayMinutes()));
    // Dated as the re-opening was, which for an anonymous reporter is kept to the hour.
    events.publishEvent(new EscalationRestarted(UUID.randomUUID(), fact.productionId(), null, fact.occurredAt(),
        fact.reportId(), again.round()));
  }

  /** Work another module promised by a date is overdue: it climbs the policy of its severity from its due time. */
  @Transactional
  public void overdue(OverdueWork.Overdue work, Instant dueAt) {
    EscalationPolicy policy = store.policies(work.productionId()).getOrDefault(work.severity(),
        DefaultPolicies.of(work.severity()));
    String title = work.title().length() > 500 ? work.title().substring(0, 499) + "…" : work.title();
    Escalation escalation = Escalation.reported(work.subjectId(), work.productionId(), Hazard.OTHER,
        work.severity(), title, policy, dueAt);
    if (store.insert(escalation)) {
      store.insertSubject(work.subjectId(), work.kind().name(), work.kind().label(), work.link());
      schedule(Step.level(work.subjectId(), 1, 1, 0), dueAt.plusSeconds(60L * policy.level(1).delayMinutes()));
    }
  }

  /** Overdue work was recorded done: its climb ends, as a resolved report's does. */
  @Transactional
  public void done(UUID subjectId, Instant at) {
    Escalation escalation = store.lock(subjectId).orElse(null);
    if (escalation == null || escalation.state() == EscalationState.RESOLVED) {
      return;
    }
    Escalation ended = escalation.resolved(at);
    store.update(ended);
    events.publishEvent(new EscalationStopped(UUID.randomUUID(), escalation.productionId(), null, at, subjectId,
        ended.round(), ended.level(), "done", null));
  }

  /** A timer fell due. Does nothing if the step belongs to an earlier round, already fired, or no longer applies. */
  @Transactional
  public void fire(Step step, Instant dueAt) {
    Escalation escalation = store.lock(step.reportId()).orElse(null);
    if (escalation == null || escalation.round() != step.round()) {
      return;
    }
    Instant now = clock.instant();
    if (step.deadline()) {
      if (escalation.state() != EscalationState.ACKNOWLEDGED || !store.insertStep(step, escalation.productionId(),
          dueAt, now)) {
        return;
      }
      int level = escalation.nextLevelAfterMissedDeadline();
      // The new round counts from the missed deadline, not from when its timer ran.
      Escalation again = escalation.reescalated(level, dueAt);
      store.update(again);
      events.publishEvent(new ReportReescalated(UUID.randomUUID(), again.productionId(), null, now, again.reportId(),
          again.round(), level, again.policy().level(level).name(), escalation.deadlineAt()));
      tell(again, Step.level(again.reportId(), again.round(), level, 0), dueAt, now, true);
      return;
    }
    if (escalation.state() != EscalationState.ESCALATING) {
      return;
    }
    tell(escalation, step, dueAt, now, false);
  }

  /**
   * Tells the step's level. {@code dueAt} is when the policy said it falls due, {@code now} when it fires: both are
   * recorded, and what follows counts from {@code dueAt}, so a late step (its instance died) does not push the
   * ladder later; a step whose time has already passed then fires at once.
   */
  private void tell(Escalation escalation, Step step, Instant dueAt, Instant now, boolean missedDeadline) {
    if (!store.insertStep(step, escalation.productionId(), dueAt, now)) {
      return;
    }
    EscalationPolicy policy = escalation.policy();
    Level level = policy.level(step.level());
    List<Step.Due> next = step.next(policy, dueAt);
    Sent sent = notifications.send(notice(escalation, step, next, missedDeadline), recipients.of(escalation.productionId(),
        level.targets()));
    store.update(escalation.reached(step.level()));
    List<String> notified = new ArrayList<>(sent.inbox());
    sent.email().forEach(address -> notified.add("email:" + address));
    if (sent.webhook()) {
      notified.add("webhook");
    }
    // Dated when the policy said the step falls due, counted from the report's own time: for an anonymous report
    // (kept to the hour) the step fired at once must not date the report to the second. When it really fired is
    // in the escalation's own step row and in the fact's firedAt.
    events.publishEvent(new ReportEscalated(UUID.randomUUID(), escalation.productionId(), null, dueAt,
        escalation.reportId(), step.round(), step.level(), level.name(), step.repeat(), dueAt, now, notified));
    next.forEach(due -> schedule(due.step(), due.at()));
  }

  /**
   * The step's notice in words each person reads in their own language. Level names are the production's own, and
   * the report's title the reporter's: they are said as written.
   */
  private Notice notice(Escalation escalation, Step step, List<Step.Due> next, boolean missedDeadline) {
    EscalationPolicy policy = escalation.policy();
    java.util.Optional<EscalationStore.Subject> work = store.subject(escalation.reportId());
    Words severity = Words.of("notices.severity." + escalation.severity().name());
    Object what = work.<Object>map(w -> Words.of("notices.work.what", kindOf(w), severity))
        .orElseGet(() -> escalation.category() == null || escalation.category() == Hazard.OTHER
            ? Words.of("notices.report.any", severity)
            : Words.of("notices.report.of", Words.of("hazard." + escalation.category().name()), severity));
    Words told = step.level() <= EscalationPolicy.ORDINALS
        ? Words.of("notices.escalation.told." + step.level()) : Words.of("notices.escalation.told.nth", String.valueOf(step.level()));
    Words subject = step.repeat() > 0
        ? Words.of("notices.escalation.subject.reminder", told, policy.level(step.level()).name(), what,
            escalation.title(), String.valueOf(step.repeat()))
        : Words.of("notices.escalation.subject", told, policy.level(step.level()).name(), what, escalation.title());
    // Read on a phone, on set or far from it: on the production's clock, with the date.
    ZoneId zone = productions.timeZoneOf(escalation.productionId());
    Words when = Words.of(work.isPresent() ? "notices.escalation.due" : "notices.escalation.reported",
        new Words.Moment(escalation.reportedAt(), zone));
    Words state = Words.of(work.isPresent() ? "notices.escalation.not-done"
        : missedDeadline ? "notices.escalation.missed-deadline" : "notices.escalation.unacknowledged");
    Words act = Words.of(work.isPresent() ? "notices.escalation.see-done" : "notices.escalation.acknowledge");
    java.util.Optional<Words> climbs = next.stream().filter(due -> due.step().level() > step.level()).findFirst()
        .map(due -> Words.of("notices.escalation.next", policy.level(due.step().level()).name(),
            new Words.Moment(due.at(), zone)));
    Words text = climbs.map(c -> Words.of("notices.escalation.text.climbs", what, escalation.title(), when, state, act,
        c)).orElseGet(() -> Words.of("notices.escalation.text", what, escalation.title(), when, state, act));
    String key = "report/" + escalation.reportId() + "/round/" + step.round() + "/level/" + step.level()
        + "/repeat/" + step.repeat();
    return new Notice(escalation.productionId(), key, subject, text, work.map(EscalationStore.Subject::link)
        .orElse("/productions/" + escalation.productionId() + "/reports/" + escalation.reportId()));
  }

  /** Overdue work in the reader's words when its kind is one SetSafe knows, else as it was stored. */
  private static Object kindOf(EscalationStore.Subject work) {
    return java.util.Arrays.stream(OverdueWork.Kind.values()).anyMatch(kind -> kind.name().equals(work.kind()))
        ? Words.of("notices.work." + work.kind()) : work.what();
  }

  private Escalation known(UUID reportId) {
    // Facts of one report may arrive out of order; failing keeps this one outstanding so it is handed over again.
    return store.lock(reportId).orElseThrow(() -> new IllegalStateException(
        "report " + reportId + " is not yet known to escalation; its report fact has not arrived"));
  }

  private void schedule(Step step, Instant at) {
    // Whole milliseconds, rounded down: a database that keeps microseconds would otherwise round up past "now".
    Instant due = at.truncatedTo(ChronoUnit.MILLIS);
    scheduler.getObject().scheduleIfNotExists(EscalationTimers.job(step, due), due);
  }
}
