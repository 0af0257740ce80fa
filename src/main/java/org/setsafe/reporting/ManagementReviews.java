package org.setsafe.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.reporting.ReportEvents.ManagementReviewAnswered;
import org.setsafe.reporting.ReportEvents.ManagementReviewOpened;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.ManagementReview.Trigger;
import org.setsafe.reporting.domain.RepeatedReportsPolicy;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Text;
import org.springframework.beans.factory.annotation.Value;
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

  public static final int MAX_ANSWER = 4000;

  private final ReportStore store;
  private final ReportingDesk desk;
  private final ApplicationEventPublisher events;
  private final RepeatedReportsPolicy policy;
  private final ReportingRefusals refusals;
  private final Clock clock;

  ManagementReviews(ReportStore store, ReportingDesk desk, ApplicationEventPublisher events,
      ReportingRefusals refusals, Clock clock,
      @Value("${setsafe.reporting.review.repeated-reports:3}") int threshold,
      @Value("${setsafe.reporting.review.window:14d}") Duration window) {
    this.store = store;
    this.desk = desk;
    this.events = events;
    this.refusals = refusals;
    this.clock = clock;
    this.policy = new RepeatedReportsPolicy(threshold, window);
  }

  /** Called as a report is filed, in its transaction: opens a review when one is due. */
  void consider(HazardReport report, Instant now) {
    Optional<ManagementReview> due = Optional.empty();
    if (report.resignation()) {
      due = Optional.of(review(report, Trigger.RESIGNATION, "A resignation citing safety"
          + (report.department() == null ? "" : " in " + report.department()) + ": " + report.title(), now));
    } else if (report.department() != null && !store.openReviewFor(report.productionId(), report.department())) {
      List<Instant> times = store.departmentReportTimes(report.productionId(), report.department(),
          now.minus(policy.window()));
      due = policy.reviewDue(report.department(), times, now)
          .map(why -> review(report, Trigger.REPEATED_REPORTS, why, now));
    }
    due.ifPresent(review -> {
      store.insertReview(review);
      events.publishEvent(new ManagementReviewOpened(UUID.randomUUID(), review.productionId(), null, now, review.id(),
          review.reportId(), review.trigger().name(), review.department(), review.why()));
    });
  }

  /** A producer answers a review in writing; only once, and only a producer. */
  @Transactional
  public ManagementReview answer(UUID productionId, UUID reviewId, String answer) {
    OnSet caller = desk.caller(productionId);
    if (!caller.holds(CrewRole.PRODUCER)) {
      throw refusals.refuse(productionId, caller.userId(), "review:" + reviewId, "answer a management review",
          "Only a producer answers a management review.");
    }
    String text = Text.required("answer", answer, MAX_ANSWER);
    ManagementReview review = store.lockReview(productionId, reviewId)
        .orElseThrow(() -> new NotFoundException("no management review " + reviewId + " on this production"));
    if (review.answered()) {
      throw new ConflictException("reviewId", "AnsweredOnce", "this review was answered already");
    }
    Instant now = now();
    store.insertAnswer(reviewId, caller.userId(), text, now);
    events.publishEvent(new ManagementReviewAnswered(UUID.randomUUID(), productionId, caller.userId(), now, reviewId,
        text));
    return store.lockReview(productionId, reviewId).orElseThrow();
  }

  public List<ManagementReview> reviews(UUID productionId) {
    desk.viewer(productionId);
    return store.reviews(productionId);
  }

  /** A report behind a management review, as the review's page links it. */
  public record ReportBehind(UUID reportId, String title, Instant reportedAt) {}

  /**
   * Per review, every report that opened it, oldest first: a resignation's own report; for repeated reports, each
   * report the department filed within the policy's window up to the moment the review opened (the same reports
   * the policy counted), so the producer reads them all before answering.
   */
  public java.util.Map<UUID, List<ReportBehind>> reportsBehind(UUID productionId) {
    desk.viewer(productionId);
    List<HazardReport> all = store.reports(productionId);
    java.util.Map<UUID, List<ReportBehind>> behind = new java.util.HashMap<>();
    for (ManagementReview review : store.reviews(productionId)) {
      Instant since = review.openedAt().minus(policy.window());
      behind.put(review.id(), all.stream()
          .filter(r -> r.id().equals(review.reportId()) || review.trigger() == Trigger.REPEATED_REPORTS
              && review.department() != null && review.department().equals(r.department()) && r.source() == null
              && !r.reportedAt().isBefore(since) && !r.reportedAt().isAfter(review.openedAt()))
          .sorted(java.util.Comparator.comparing(HazardReport::reportedAt))
          .map(r -> new ReportBehind(r.id(), r.title(), r.reportedAt())).toList());
    }
    return behind;
  }

  public List<ManagementReview> awaitingAnswer(UUID productionId) {
    return reviews(productionId).stream().filter(r -> !r.answered()).toList();
  }

  private static ManagementReview review(HazardReport report, Trigger trigger, String why, Instant now) {
    return new ManagementReview(UUID.randomUUID(), report.productionId(), trigger, report.department(), report.id(),
        why.length() > 2000 ? why.substring(0, 1999) + "…" : why, now, null, null, null);
  }

  /** Now, to the millisecond: what the database keeps exactly, so a time read back equals the time written. */
  private Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }
}
