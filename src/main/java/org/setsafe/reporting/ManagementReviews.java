package org.setsafe.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.ReportEvents.ManagementReviewAnswered;
import org.setsafe.reporting.ReportEvents.ManagementReviewOpened;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.RepeatedReportsPolicy;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management reviews: when a department keeps reporting, or someone resigns citing safety, a producer must
 * answer in writing, and the review stays on the dashboard until they have. Before the "Rust" shooting the
 * camera crew complained in writing and resigned; nobody in management had to answer.
 */
@Service
public class ManagementReviews {

  private final ReportStore store;
  private final ReportingDesk desk;
  private final ApplicationEventPublisher events;
  private final RepeatedReportsPolicy policy;
  private final ReportingRefusals refusals;
  private final Clock clock;

  ManagementReviews(ReportStore store, ReportingDesk desk, ApplicationEventPublisher events,
      RepeatedReportsPolicy policy, ReportingRefusals refusals, Clock clock) {
    this.store = store;
    this.desk = desk;
    this.events = events;
    this.policy = policy;
    this.refusals = refusals;
    this.clock = clock;
  }

  /** Called as a report is filed, in its transaction: opens a review when one is due. */
  void consider(HazardReport report, Instant now) {
    Optional<ManagementReview> due = Optional.empty();
    if (report.resignation()) {
      due = Optional.of(ManagementReview.resignation(UUID.randomUUID(), report.productionId(), report.department(),
          report.id(), report.title(), now));
    } else if (report.department() != null && !store.openReviewFor(report.productionId(), report.department())) {
      List<Instant> times = store.departmentReportTimes(report.productionId(), report.department(),
          now.minus(policy.window()));
      OptionalLong reports = policy.reviewDue(report.department(), times, now);
      if (reports.isPresent()) {
        due = Optional.of(ManagementReview.repeatedReports(UUID.randomUUID(), report.productionId(),
            report.department(), report.id(), reports.getAsLong(), policy.windowDays(), now));
      }
    }
    due.ifPresent(review -> {
      store.insertReview(review);
      events.publishEvent(new ManagementReviewOpened(UUID.randomUUID(), review.productionId(), null, now, review.id(),
          review.reportId(), review.trigger().name(), review.department(), review.why()));
    });
  }

  /**
   * Opens a review because a safety line of the production's budget was cut below what the schedule needs, or by
   * more than the allowed share: the same review a producer answers in writing and studio safety sees as for
   * repeated reports, so a cut is never silent. {@code cut} says what the cut did to which line in English, and
   * {@code cutSaid} the same in the budget's words; {@code reasonGiven} is what the producer typed, kept as typed.
   * Runs in the caller's transaction (the cut and its review are recorded together or not at all); the caller has
   * checked who is asking. Returns the review's id.
   */
  public UUID openForSafetyBudgetCut(UUID productionId, UUID actorId, String cut, Said cutSaid, String reasonGiven) {
    Instant now = now();
    ManagementReview review = ManagementReview.safetyBudgetCut(UUID.randomUUID(), productionId, cut, cutSaid,
        reasonGiven, now);
    store.insertReview(review);
    events.publishEvent(new ManagementReviewOpened(UUID.randomUUID(), productionId, actorId, now, review.id(), null,
        review.trigger().name(), review.department(), review.why()));
    return review.id();
  }

  /** A producer answers a review in writing; only once, and only a producer. */
  @Transactional
  public ManagementReview answer(UUID productionId, AnswerReview command) {
    OnSet caller = desk.caller(productionId);
    UUID reviewId = command.reviewId();
    if (!caller.holds(CrewRole.PRODUCER)) {
      throw refusals.refuse(productionId, caller.userId(), "review:" + reviewId, "answer a management review",
          "Only a producer answers a management review.", "reason.reporting.role.answer-review");
    }
    String text = command.text();
    ManagementReview review = store.lockReview(productionId, reviewId)
        .orElseThrow(() -> new NotFoundException("no management review " + reviewId + " on this production")
            .saying("input.reporting.not-found.management-review", reviewId));
    if (review.answered()) {
      throw new ConflictException("reviewId", "AnsweredOnce", "this review was answered already")
          .saying("input.reporting.review.answered-once");
    }
    Instant now = now();
    store.insertAnswer(reviewId, caller.userId(), text, now);
    events.publishEvent(new ManagementReviewAnswered(UUID.randomUUID(), productionId, caller.userId(), now, reviewId,
        text));
    return store.lockReview(productionId, reviewId).orElseThrow();
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
