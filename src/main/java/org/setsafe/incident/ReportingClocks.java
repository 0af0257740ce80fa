package org.setsafe.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.escalation.EscalationLadders;
import org.setsafe.escalation.EscalationLadders.Rung;
import org.setsafe.identity.SignedInUser;
import org.setsafe.incident.AftermathEvents.ReportMadeToRegulator;
import org.setsafe.incident.AftermathEvents.ReportingClockEscalated;
import org.setsafe.incident.AftermathEvents.ReportingClockStarted;
import org.setsafe.incident.domain.AftermathStore;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.ReportMade;
import org.setsafe.incident.domain.ReportingClock;
import org.setsafe.incident.domain.ReportingDeadlines;
import org.setsafe.notify.Notice;
import org.setsafe.notify.Notifications;
import org.setsafe.notify.Notifications.Sent;
import org.setsafe.notify.Recipient;
import org.setsafe.notify.Words;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.Dated;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.SecurityAudit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulators' clocks (29 CFR 1904.39; 8 CCR 342): recording a reportable outcome starts one per regulator that
 * must hear of it; each climbs the production's critical escalation ladder on persisted timers
 * ({@link ReportingClockTimers}), is told again an hour before it runs out and when it has, until someone records
 * the report made. A late report is recorded as late. The safety advisor, the UPM and the producer, who answer for
 * the report, record and read the clocks; everyone else is refused and the refusal logged.
 */
@Service
public class ReportingClocks {

  /** Who answers for the report to the regulator. */
  public static final Set<CrewRole> RESPONSIBLE = EnumSet.of(CrewRole.SAFETY_ADVISOR, CrewRole.UPM,
      CrewRole.PRODUCER);
  /** Told again this long before the clock runs out. */
  static final Duration DUE_SOON = Duration.ofHours(1);
  /** Once late, told again this often, this many times. */
  static final Duration LATE_AGAIN = Duration.ofHours(2);
  static final int LATE_REMINDERS = 3;
  /** How many places on the ladder the notices' bundle has a word for ({@code notices.escalation.told.<n>}). */
  private static final int TOLD_IN_WORDS = 10;

  /** An outcome as recorded: which, in which US state it happened, and when the production learned of it. */
  public record OutcomeInput(String outcome, String state, Instant learnedAt) {}

  /** The report made: when, to whom (OSHA or CAL_OSHA), the reference the regulator gave. */
  public record ReportMadeInput(Instant madeAt, String regulator, String reference) {}

  /**
   * A clock as the dashboard and the API show it, times also on the production's clock: {@code timeLeft} in words
   * ("5 hours 12 minutes left", "late by 40 minutes", "reported 2 hours early").
   */
  public record ClockView(UUID id, UUID incidentId, ReportableOutcome outcome, String outcomeLabel, String state,
      Regulator regulator, String regulatorLabel, Instant startedAt, Instant dueAt, String dueAtOnSet,
      boolean answered, boolean late, String timeLeft, Instant madeAt, String madeAtOnSet, String reference,
      String recordedBy, List<String> escalated, @JsonIgnore Said timeLeftSaid, @JsonIgnore Dated due) {}

  private final AftermathStore store;
  private final IncidentStore incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final EscalationLadders ladders;
  private final Notifications notifications;
  private final ObjectProvider<SchedulerClient> scheduler;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final CareAfterIncidents care;

  ReportingClocks(AftermathStore store, IncidentStore incidents, IncidentDesk desk, CrewList crew,
      EscalationLadders ladders, Notifications notifications, ObjectProvider<SchedulerClient> scheduler,
      ApplicationEventPublisher events, Clock clock, CareAfterIncidents care) {
    this.store = store;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.ladders = ladders;
    this.notifications = notifications;
    this.scheduler = scheduler;
    this.events = events;
    this.clock = clock;
    this.care = care;
  }

  /** Records an outcome that must be reported and starts its clocks; a death also offers the crew support. */
  @Transactional
  public List<ClockView> recordOutcome(UUID productionId, UUID incidentId, OutcomeInput input) {
    OnSet caller = responsible(productionId, "record a reportable outcome",
        "input.incident.not-allowed.reporting-clocks.record-outcome");
    Incident incident = incident(productionId, incidentId);
    if (input == null) {
      throw new InvalidInputException("outcome", "Required", "outcome is required")
          .saying("input.incident.required", "outcome");
    }
    ReportableOutcome outcome = Choices.oneOf(ReportableOutcome.class, "outcome", input.outcome());
    String state = ReportingDeadlines.state(input.state());
    Instant now = now();
    Instant started = input.learnedAt() == null ? now : input.learnedAt().truncatedTo(ChronoUnit.MILLIS);
    if (started.isAfter(now)) {
      throw new InvalidInputException("learnedAt", "NotInTheFuture", "learnedAt must not be after now")
          .saying("input.incident.not-after-now", "learnedAt");
    }
    if (started.isBefore(incident.happenedAt())) {
      throw new InvalidInputException("learnedAt", "AfterTheIncident",
          "learnedAt must not be before the incident happened").saying("input.incident.clock.learned-before");
    }
    List<ClockView> started_ = new ArrayList<>();
    for (ReportingDeadlines.Deadline deadline : ReportingDeadlines.of(outcome, state)) {
      ReportingClock c = new ReportingClock(UUID.randomUUID(), productionId, incidentId, outcome, state,
          deadline.regulator(), started, started.plus(deadline.within()), caller.userId());
      if (!store.insertClock(c)) {
        throw new InvalidInputException("outcome", "Once", outcome.label() + " is already on a "
            + deadline.regulator().label() + " clock for this incident").saying("input.incident.clock.once",
            Said.of("incident.outcome." + outcome.name()), deadline.regulator().label());
      }
      events.publishEvent(new ReportingClockStarted(UUID.randomUUID(), productionId, caller.userId(), now,
          incidentId, c.id(), outcome, state, c.regulator(), c.startedAt(), c.dueAt()));
      schedule(c);
      started_.add(view(c, caller.production().timeZone()));
    }
    if (outcome == ReportableOutcome.DEATH) {
      care.offer(incident);
    }
    return started_;
  }

  @Transactional(readOnly = true)
  public List<ClockView> clocks(UUID productionId, UUID incidentId) {
    OnSet reader = responsible(productionId, "read the reporting clocks",
        "input.incident.not-allowed.reporting-clocks.read");
    incident(productionId, incidentId);
    return store.clocks(productionId, incidentId).stream().map(c -> view(c, reader.production().timeZone()))
        .toList();
  }

  /** Records that the report was made; the clock stops escalating. Late is recorded as late. */
  @Transactional
  public ClockView reportMade(UUID productionId, UUID incidentId, UUID clockId, ReportMadeInput input) {
    OnSet caller = responsible(productionId, "record a report made to the regulator",
        "input.incident.not-allowed.reporting-clocks.report-made");
    store.clock(productionId, clockId).filter(c -> c.incidentId().equals(incidentId))
        .orElseThrow(() -> new NotFoundException("no reporting clock " + clockId + " on this incident")
            .saying("input.incident.not-found.reporting-clock", clockId));
    ReportingClock c = store.lockClock(clockId).orElseThrow();
    if (input == null) {
      throw new InvalidInputException("reference", "Required", "madeAt, regulator and reference are required")
          .saying("input.incident.clock.report-required");
    }
    Regulator regulator = Choices.oneOf(Regulator.class, "regulator", input.regulator());
    Instant now = now();
    ReportMade made = new ReportMade(clockId, input.madeAt() == null ? null
        : input.madeAt().truncatedTo(ChronoUnit.MILLIS), regulator, input.reference(), caller.userId(), now);
    made.answers(c);
    if (store.reportMade(clockId).isPresent()) {
      throw new InvalidInputException("clockId", "Once", "the report on this clock was already recorded")
          .saying("input.incident.clock.reported-already");
    }
    store.insertReportMade(made);
    events.publishEvent(new ReportMadeToRegulator(UUID.randomUUID(), productionId, caller.userId(), now, incidentId,
        clockId, regulator, made.madeAt(), made.reference(), c.dueAt(), c.lateAt(made.madeAt())));
    return view(c, caller.production().timeZone());
  }

  /** The production's clocks nobody answered, soonest first, for someone who answers for them (else none). */
  @Transactional(readOnly = true)
  public List<ClockView> waitingFor(UUID productionId, UUID userId) {
    Set<CrewRole> roles = crew.rolesOf(productionId, userId).orElse(Set.of());
    if (roles.stream().noneMatch(RESPONSIBLE::contains)) {
      return List.of();
    }
    ZoneId zone = crew.production(productionId).timeZone();
    return store.unanswered(productionId).stream().map(c -> view(c, zone)).toList();
  }

  /** A timer fell due: tells the step's people unless the clock was answered or the step already fired. */
  @Transactional
  public void fire(UUID clockId, String step, Instant dueAt) {
    ReportingClock c = store.lockClock(clockId).orElse(null);
    if (c == null || store.reportMade(clockId).isPresent()) {
      return;
    }
    Instant now = clock.instant();
    if (!store.insertClockStep(clockId, step, dueAt, now)) {
      return;
    }
    List<Rung> ladder = ladders.ladder(c.productionId(), Severity.CRITICAL);
    Set<Recipient> recipients = new LinkedHashSet<>();
    Words told;
    if (step.startsWith("L")) {
      Rung rung = ladder.get(Math.min(Integer.parseInt(step.substring(1)), ladder.size()) - 1);
      recipients.addAll(rung.recipients());
      told = told(rung);
    } else {
      // Running out, or run out: everyone on the ladder hears it, since whoever should have called has not.
      ladder.forEach(r -> recipients.addAll(r.recipients()));
      told = Words.of("notices.incident.clock.everyone");
    }
    ZoneId zone = crew.production(c.productionId()).timeZone();
    boolean late = !now.isBefore(c.dueAt()) || step.startsWith("late");
    // Each person reads it in their own language, the production's webhook in English; times on the production's
    // clock, the regulator and the rule that sets the clock as they are written.
    String regulator = c.regulator().label();
    Words.Moment due = new Words.Moment(c.dueAt(), zone);
    Words subject = Words.of(late ? "notices.incident.clock.subject.late" : "notices.incident.clock.subject",
        regulator, due, Words.of("notices.incident.outcome." + c.outcome().name()), told);
    Words text = Words.of(late ? "notices.incident.clock.text.late" : "notices.incident.clock.text", regulator, due,
        Words.of("incident.outcome." + c.outcome().name()), new Words.Moment(c.startedAt(), zone),
        c.regulator() == Regulator.CAL_OSHA ? "8 CCR 342" : "29 CFR 1904.39");
    Sent sent = notifications.send(new Notice(c.productionId(), "clock/" + clockId + "/" + step, subject, text,
        link(c)), List.copyOf(recipients));
    List<String> notified = new ArrayList<>(sent.inbox());
    sent.email().forEach(a -> notified.add("email:" + a));
    events.publishEvent(new ReportingClockEscalated(UUID.randomUUID(), c.productionId(), null, now, c.incidentId(),
        clockId, step, dueAt, notified));
  }

  /**
   * Every step of the clock, scheduled at once as persisted jobs: the ladder's rungs (counted from the start, none
   * after the clock runs out), an hour before it runs out, when it has, and every two hours after, three times. Each
   * does nothing once the report is recorded.
   */
  private void schedule(ReportingClock c) {
    List<Rung> ladder = ladders.ladder(c.productionId(), Severity.CRITICAL);
    Instant at = c.startedAt();
    for (Rung rung : ladder) {
      at = at.plus(rung.after());
      if (!at.isBefore(c.dueAt())) {
        break;
      }
      job(c, "L" + rung.number(), at);
    }
    Instant soon = c.dueAt().minus(DUE_SOON);
    if (soon.isAfter(c.startedAt())) {
      job(c, "due-soon", soon);
    }
    job(c, "late", c.dueAt());
    for (int n = 1; n <= LATE_REMINDERS; n++) {
      job(c, "late" + n, c.dueAt().plus(LATE_AGAIN.multipliedBy(n)));
    }
  }

  private void job(ReportingClock c, String step, Instant at) {
    Instant due = at.truncatedTo(ChronoUnit.MILLIS);
    scheduler.getObject().scheduleIfNotExists(ReportingClockTimers.job(c.id(), step, due), due);
  }

  private ClockView view(ReportingClock c, ZoneId zone) {
    Optional<ReportMade> made = store.reportMade(c.id());
    Instant now = clock.instant();
    boolean late = made.map(m -> c.lateAt(m.madeAt())).orElse(now.isAfter(c.dueAt()));
    Instant madeAt = made.map(ReportMade::madeAt).orElse(null);
    String left = timeLeft(c.dueAt(), madeAt, late, now);
    return new ClockView(c.id(), c.incidentId(), c.outcome(), c.outcome().label(), c.usState(), c.regulator(),
        c.regulator().label(), c.startedAt(), c.dueAt(), LocalTimes.dated(c.dueAt(), zone), made.isPresent(), late,
        left, made.map(ReportMade::madeAt).orElse(null),
        made.map(m -> LocalTimes.dated(m.madeAt(), zone)).orElse(null),
        made.map(ReportMade::reference).orElse(null),
        made.map(m -> crew.member(c.productionId(), m.recordedBy()).map(Member::displayName).orElse("?"))
            .orElse(null),
        store.clockSteps(c.id()), timeLeftSaid(c.dueAt(), madeAt, late, now), new Dated(c.dueAt(), zone));
  }

  /** How the clock stands: "5 hours 12 minutes left", "late by 40 minutes", "reported 2 hours before it was due". */
  static String timeLeft(Instant dueAt, Instant madeAt, boolean late, Instant now) {
    if (madeAt != null) {
      return late ? "reported late by " + words(Duration.between(dueAt, madeAt))
          : "reported " + words(Duration.between(madeAt, dueAt)) + " before it was due";
    }
    return late ? "late by " + words(Duration.between(dueAt, now)) : words(Duration.between(now, dueAt)) + " left";
  }

  /** {@link #timeLeft} in words, for a page in the reader's language. */
  static Said timeLeftSaid(Instant dueAt, Instant madeAt, boolean late, Instant now) {
    if (madeAt != null) {
      return late ? Said.of("incident.needs-you.reported-late", wordsSaid(Duration.between(dueAt, madeAt)))
          : Said.of("incident.needs-you.reported-early", wordsSaid(Duration.between(madeAt, dueAt)));
    }
    return late ? Said.of("incident.needs-you.late-by", wordsSaid(Duration.between(dueAt, now)))
        : Said.of("incident.needs-you.left", wordsSaid(Duration.between(now, dueAt)));
  }

  /** {@link #words} in words: each count is its own key, since a bundle places what it is given and counts nothing. */
  static Said wordsSaid(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes < 1) {
      return Said.of("incident.needs-you.under-a-minute");
    }
    long h = minutes / 60;
    long m = minutes % 60;
    Said hours = Said.of(h == 1 ? "incident.needs-you.hour.one" : "incident.needs-you.hour.many", h);
    Said mins = Said.of(m == 1 ? "incident.needs-you.minute.one" : "incident.needs-you.minute.many", m);
    return h == 0 ? mins : m == 0 ? hours : Said.of("incident.needs-you.hours-and-minutes", hours, mins);
  }

  /**
   * Who a rung tells, as the escalation's own notices say it ("Second told: UPM"): its place in the order in the
   * reader's language, the level's name as the production wrote it. The notices' bundle has a word for each of the
   * first {@value #TOLD_IN_WORDS} places and numbers the later ones.
   */
  private static Words told(Rung rung) {
    Words place = rung.number() <= TOLD_IN_WORDS ? Words.of("notices.escalation.told." + rung.number())
        : Words.of("notices.escalation.told.nth", String.valueOf(rung.number()));
    return Words.of("notices.incident.clock.rung", place, rung.name());
  }

  /** "5 hours 12 minutes", "40 minutes", "less than a minute". */
  static String words(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes < 1) {
      return "less than a minute";
    }
    long h = minutes / 60;
    long m = minutes % 60;
    String hours = h == 0 ? "" : h + (h == 1 ? " hour" : " hours");
    String mins = m == 0 ? "" : m + (m == 1 ? " minute" : " minutes");
    return (hours + " " + mins).strip();
  }

  static String link(ReportingClock c) {
    return "/productions/" + c.productionId() + "/incidents/" + c.incidentId() + "/clocks";
  }

  /** {@code whatKey} says {@code what} in the bundle, as the refusal places it. */
  private OnSet responsible(UUID productionId, String what, String whatKey) {
    OnSet onSet = desk.viewer(productionId);
    if (!onSet.holdsAny(RESPONSIBLE)) {
      SecurityAudit.accessRefused(SignedInUser.current().map(SignedInUser::getUsername).orElse("-"),
          what + " on production " + productionId, "not the safety advisor, UPM or producer");
      throw new AccessRefusedException("Only the safety advisor, the UPM or the producer, who answer for the report "
          + "to the regulator, may " + what + ".").saying("input.incident.not-allowed.reporting-clocks",
          Said.of(whatKey));
    }
    return onSet;
  }

  private Incident incident(UUID productionId, UUID incidentId) {
    return incidents.incident(productionId, incidentId)
        .orElseThrow(() -> new NotFoundException("no incident " + incidentId + " on this production")
            .saying("input.incident.not-found.incident", incidentId));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
