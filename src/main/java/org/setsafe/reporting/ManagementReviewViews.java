package org.setsafe.reporting;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.ManagementReview.Trigger;
import org.setsafe.reporting.domain.RepeatedReportsPolicy;
import org.setsafe.reporting.domain.ReportStore;
import org.springframework.stereotype.Service;

/** The production's management reviews, their answers and the reports behind each, for anyone on the production. */
@Service
public class ManagementReviewViews {

  private final ReportStore store;
  private final ReportingDesk desk;
  private final RepeatedReportsPolicy policy;

  ManagementReviewViews(ReportStore store, ReportingDesk desk, RepeatedReportsPolicy policy) {
    this.store = store;
    this.desk = desk;
    this.policy = policy;
  }

  /** A report behind a management review, as the review's page links it. */
  public record ReportBehind(UUID reportId, String title, Instant reportedAt) {}

  public List<ManagementReview> reviews(UUID productionId) {
    desk.viewer(productionId);
    return store.reviews(productionId);
  }

  public List<ManagementReview> awaitingAnswer(UUID productionId) {
    return reviews(productionId).stream().filter(r -> !r.answered()).toList();
  }

  /**
   * Per review, every report that opened it, oldest first: a resignation's own report; for repeated reports, each
   * report the department filed within the policy's window up to the moment the review opened (the same reports
   * the policy counted), so the producer reads them all before answering.
   */
  public Map<UUID, List<ReportBehind>> reportsBehind(UUID productionId) {
    desk.viewer(productionId);
    List<HazardReport> all = store.reports(productionId);
    Map<UUID, List<ReportBehind>> behind = new HashMap<>();
    for (ManagementReview review : store.reviews(productionId)) {
      Instant since = review.openedAt().minus(policy.window());
      behind.put(review.id(), all.stream()
          .filter(r -> r.id().equals(review.reportId()) || review.trigger() == Trigger.REPEATED_REPORTS
              && review.department() != null && review.department().equals(r.department()) && r.source() == null
              && !r.reportedAt().isBefore(since) && !r.reportedAt().isAfter(review.openedAt()))
          .sorted(Comparator.comparing(HazardReport::reportedAt))
          .map(r -> new ReportBehind(r.id(), r.title(), r.reportedAt())).toList());
    }
    return behind;
  }
}
