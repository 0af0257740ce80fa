package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reports, their steps, photos, stop-work calls and management reviews. Only inserts and reads: nothing
 * recorded here is ever changed, and on PostgreSQL the database refuses to.
 */
public interface ReportStore {

  /** The stored receipt of an anonymous report: which report, and the slow hash of its code. */
  record Receipt(UUID reportId, UUID productionId, String hash) {}

  /** A stored photo, served only to those who may see its report. */
  record Photo(UUID id, UUID reportId, String contentType, byte[] bytes) {}

  void insertReport(HazardReport report, String receiptLookup, String receiptHash, UUID sourceFactId);

  Optional<HazardReport> report(UUID productionId, UUID reportId);

  /** The report, locked against concurrent steps until the transaction ends. */
  Optional<HazardReport> lockReport(UUID productionId, UUID reportId);

  List<HazardReport> reports(UUID productionId);

  Optional<Receipt> receipt(String lookup);

  boolean reportedFrom(UUID sourceFactId);

  void insertStep(UUID productionId, ReportStep step);

  /** When this department's reports were filed, since then. */
  List<Instant> departmentReportTimes(UUID productionId, String department, Instant since);

  void insertPhoto(UUID productionId, Photo photo, Instant addedAt);

  Optional<Photo> photo(UUID productionId, UUID photoId);

  List<UUID> photosOf(UUID reportId);

  Optional<String> publicToken(UUID productionId);

  Optional<UUID> productionOfPublicToken(String token);

  /** Inserts the token unless the production has one already; returns the one in force. */
  String ensurePublicToken(UUID productionId, String candidate, Instant now);

  void insertStopWork(StopWorkCall call);

  void insertResumption(UUID stopWorkId, UUID resumedBy, String whySafe, Instant resumedAt);

  /** The stop-work call, locked against a second resumption until the transaction ends. */
  Optional<StopWorkCall> lockStopWork(UUID productionId, UUID stopWorkId);

  List<StopWorkCall> stopWorks(UUID productionId);

  void insertReview(ManagementReview review);

  void insertAnswer(UUID reviewId, UUID producerId, String answer, Instant answeredAt);

  Optional<ManagementReview> lockReview(UUID productionId, UUID reviewId);

  List<ManagementReview> reviews(UUID productionId);

  boolean openReviewFor(UUID productionId, String department);
}
