package org.setsafe.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.Severity;
import org.setsafe.reporting.domain.HazardReport;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.reporting.domain.ManagementReview.Parts;
import org.setsafe.reporting.domain.ReportStep;
import org.setsafe.reporting.domain.ReportStore;
import org.setsafe.reporting.domain.StepKind;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reports and everything said and done about them, in SQL; inserts and reads only. */
@Repository
class JdbcReportStore implements ReportStore {

  private static final String REPORT_COLUMNS = "id, production_id, category, severity, title, description, scene_id, "
      + "location, department, resignation, anonymous, reporter_id, source, reported_at, injury";
  private static final String STOP_WORK = "SELECT s.id, s.production_id, s.scene_id, s.called_by, s.reason, "
      + "s.called_at, r.resumed_by, r.why_safe, r.resumed_at, s.injury FROM stop_work s "
      + "LEFT JOIN work_resumption r ON r.stop_work_id = s.id ";
  private static final String REVIEW = "SELECT m.id, m.production_id, m.trigger_kind, m.department, m.report_id, "
      + "m.why, p.report_count, p.window_days, p.typed, p.cut_words, m.opened_at, a.producer_id, a.answer, "
      + "a.answered_at FROM management_review m LEFT JOIN management_review_parts p ON p.review_id = m.id "
      + "LEFT JOIN management_review_answer a ON a.review_id = m.id ";

  private final JdbcClient jdbc;

  JdbcReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertReport(HazardReport r, String receiptLookup, String receiptHash, UUID sourceFactId) {
    jdbc.sql("INSERT INTO hazard_report (" + REPORT_COLUMNS + ", receipt_lookup, receipt_hash, source_fact_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.id(), r.productionId(), r.category().name(), r.severity().name(), r.title(), r.description(),
            r.sceneId(), r.location(), r.department(), r.resignation(), r.anonymous(), r.reporterId(), r.source(),
            utc(r.reportedAt()), r.injury(), receiptLookup, receiptHash, sourceFactId)
        .update();
  }

  @Override
  public Optional<HazardReport> report(UUID productionId, UUID reportId) {
    return jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM hazard_report WHERE production_id = ? AND id = ?")
        .params(productionId, reportId).query(JdbcReportStore::report).optional()
        .map(report -> report.withSteps(steps(reportId)));
  }

  @Override
  public Optional<HazardReport> lockReport(UUID productionId, UUID reportId) {
    return jdbc.sql("SELECT id FROM hazard_report WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, reportId).query(UUID.class).optional()
        .flatMap(id -> report(productionId, id));
  }

  @Override
  public List<HazardReport> reports(UUID productionId) {
    Map<UUID, HazardReport> reports = new LinkedHashMap<>();
    jdbc.sql("SELECT " + REPORT_COLUMNS + " FROM hazard_report WHERE production_id = ? ORDER BY reported_at DESC, id")
        .param(productionId).query(JdbcReportStore::report).list()
        .forEach(report -> reports.put(report.id(), report));
    Map<UUID, List<ReportStep>> steps = new LinkedHashMap<>();
    jdbc.sql("SELECT report_id, step_no, step, actor_id, by_reporter, note, occurred_at FROM report_step "
            + "WHERE production_id = ? ORDER BY report_id, step_no")
        .param(productionId).query(JdbcReportStore::step).list()
        .forEach(step -> steps.computeIfAbsent(step.reportId(), id -> new ArrayList<>()).add(step));
    return reports.values().stream().map(r -> r.withSteps(steps.getOrDefault(r.id(), List.of()))).toList();
  }

  private List<ReportStep> steps(UUID reportId) {
    return jdbc.sql("SELECT report_id, step_no, step, actor_id, by_reporter, note, occurred_at FROM report_step "
            + "WHERE report_id = ? ORDER BY step_no")
        .param(reportId).query(JdbcReportStore::step).list();
  }

  @Override
  public Optional<Receipt> receipt(String lookup) {
    return jdbc.sql("SELECT id, production_id, receipt_hash FROM hazard_report WHERE receipt_lookup = ?")
        .param(lookup)
        .query((rs, n) -> new Receipt(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
            rs.getString("receipt_hash")))
        .optional();
  }

  @Override
  public boolean reportedFrom(UUID sourceFactId) {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE source_fact_id = ?").param(sourceFactId)
        .query(Long.class).single() > 0;
  }

  @Override
  public void insertStep(UUID productionId, ReportStep step) {
    jdbc.sql("INSERT INTO report_step (report_id, step_no, production_id, step, actor_id, by_reporter, note, "
            + "occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(step.reportId(), step.stepNo(), productionId, step.kind().name(), step.actorId(), step.byReporter(),
            step.note(), utc(step.occurredAt()))
        .update();
  }

  @Override
  public List<Instant> departmentReportTimes(UUID productionId, String department, Instant since) {
    return jdbc.sql("SELECT reported_at FROM hazard_report WHERE production_id = ? AND department = ? "
            + "AND reported_at >= ? AND source IS NULL")
        .params(productionId, department, utc(since))
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).list();
  }

  @Override
  public void insertPhoto(UUID productionId, Photo photo, Instant addedAt) {
    jdbc.sql("INSERT INTO report_photo (id, report_id, production_id, content_type, bytes, added_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(photo.id(), photo.reportId(), productionId, photo.contentType(), photo.bytes(), utc(addedAt))
        .update();
  }

  @Override
  public Optional<Photo> photo(UUID productionId, UUID photoId) {
    return jdbc.sql("SELECT id, report_id, content_type, bytes FROM report_photo WHERE production_id = ? AND id = ?")
        .params(productionId, photoId)
        .query((rs, n) -> new Photo(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
            rs.getString("content_type"), rs.getBytes("bytes")))
        .optional();
  }

  @Override
  public List<UUID> photosOf(UUID reportId) {
    return jdbc.sql("SELECT id FROM report_photo WHERE report_id = ? ORDER BY added_at, id").param(reportId)
        .query(UUID.class).list();
  }

  @Override
  public Optional<String> publicToken(UUID productionId) {
    return jdbc.sql("SELECT token FROM reporting_public_link WHERE production_id = ?").param(productionId)
        .query(String.class).optional();
  }

  @Override
  public Optional<UUID> productionOfPublicToken(String token) {
    return jdbc.sql("SELECT production_id FROM reporting_public_link WHERE token = ?").param(token)
        .query(UUID.class).optional();
  }

  @Override
  public String ensurePublicToken(UUID productionId, String candidate, Instant now) {
    Optional<String> existing = publicToken(productionId);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      jdbc.sql("INSERT INTO reporting_public_link (production_id, token, created_at) VALUES (?, ?, ?)")
          .params(productionId, candidate, utc(now)).update();
      return candidate;
    } catch (DuplicateKeyException raced) {
      return publicToken(productionId).orElseThrow(() -> raced);
    }
  }

  @Override
  public void insertStopWork(StopWorkCall call) {
    jdbc.sql("INSERT INTO stop_work (id, production_id, scene_id, called_by, reason, called_at, injury) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(call.id(), call.productionId(), call.sceneId(), call.calledBy(), call.reason(), utc(call.calledAt()),
            call.injury())
        .update();
  }

  @Override
  public void insertResumption(UUID stopWorkId, UUID resumedBy, String whySafe, Instant resumedAt) {
    jdbc.sql("INSERT INTO work_resumption (stop_work_id, resumed_by, why_safe, resumed_at) VALUES (?, ?, ?, ?)")
        .params(stopWorkId, resumedBy, whySafe, utc(resumedAt)).update();
  }

  @Override
  public Optional<StopWorkCall> lockStopWork(UUID productionId, UUID stopWorkId) {
    return jdbc.sql("SELECT id FROM stop_work WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, stopWorkId).query(UUID.class).optional()
        .flatMap(id -> jdbc.sql(STOP_WORK + "WHERE s.id = ?").param(id).query(JdbcReportStore::stopWork).optional());
  }

  @Override
  public List<StopWorkCall> stopWorks(UUID productionId) {
    return jdbc.sql(STOP_WORK + "WHERE s.production_id = ? ORDER BY s.called_at DESC, s.id").param(productionId)
        .query(JdbcReportStore::stopWork).list();
  }

  @Override
  public void insertReview(ManagementReview review) {
    jdbc.sql("INSERT INTO management_review (id, production_id, trigger_kind, department, report_id, why, opened_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(review.id(), review.productionId(), review.trigger().name(), review.department(), review.reportId(),
            review.why(), utc(review.openedAt()))
        .update();
    Parts parts = review.parts();
    if (parts != null) {
      jdbc.sql("INSERT INTO management_review_parts (review_id, report_count, window_days, typed, cut_words) "
              + "VALUES (?, ?, ?, ?, ?)")
          .params(review.id(), parts.reports(), parts.days(), parts.typed(), CutWordsJson.write(parts.cut()))
          .update();
    }
  }

  @Override
  public void insertAnswer(UUID reviewId, UUID producerId, String answer, Instant answeredAt) {
    jdbc.sql("INSERT INTO management_review_answer (review_id, producer_id, answer, answered_at) VALUES (?, ?, ?, ?)")
        .params(reviewId, producerId, answer, utc(answeredAt)).update();
  }

  @Override
  public Optional<ManagementReview> lockReview(UUID productionId, UUID reviewId) {
    return jdbc.sql("SELECT id FROM management_review WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, reviewId).query(UUID.class).optional()
        .flatMap(id -> jdbc.sql(REVIEW + "WHERE m.id = ?").param(id).query(JdbcReportStore::review).optional());
  }

  @Override
  public List<ManagementReview> reviews(UUID productionId) {
    return jdbc.sql(REVIEW + "WHERE m.production_id = ? ORDER BY m.opened_at DESC, m.id").param(productionId)
        .query(JdbcReportStore::review).list();
  }

  @Override
  public boolean openReviewFor(UUID productionId, String department) {
    return jdbc.sql("SELECT COUNT(*) FROM management_review m WHERE m.production_id = ? AND m.department = ? "
            + "AND m.trigger_kind = 'REPEATED_REPORTS' "
            + "AND NOT EXISTS (SELECT 1 FROM management_review_answer a WHERE a.review_id = m.id)")
        .params(productionId, department).query(Long.class).single() > 0;
  }

  private static HazardReport report(ResultSet rs, int row) throws SQLException {
    return new HazardReport(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        Hazard.fromCode(rs.getString("category")), Severity.valueOf(rs.getString("severity")),
        rs.getString("title"), rs.getString("description"), rs.getObject("scene_id", UUID.class),
        rs.getString("location"), rs.getString("department"), rs.getBoolean("resignation"), rs.getBoolean("anonymous"),
        rs.getObject("reporter_id", UUID.class), rs.getString("source"), instant(rs, "reported_at"), List.of(),
        rs.getBoolean("injury"));
  }

  private static ReportStep step(ResultSet rs, int row) throws SQLException {
    return new ReportStep(rs.getObject("report_id", UUID.class), rs.getInt("step_no"),
        StepKind.valueOf(rs.getString("step")), rs.getObject("actor_id", UUID.class), rs.getBoolean("by_reporter"),
        rs.getString("note"), instant(rs, "occurred_at"));
  }

  private static StopWorkCall stopWork(ResultSet rs, int row) throws SQLException {
    return new StopWorkCall(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("scene_id", UUID.class), rs.getObject("called_by", UUID.class), rs.getString("reason"),
        instant(rs, "called_at"), rs.getObject("resumed_by", UUID.class), rs.getString("why_safe"),
        instant(rs, "resumed_at"), rs.getBoolean("injury"));
  }

  private static ManagementReview review(ResultSet rs, int row) throws SQLException {
    return new ManagementReview(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        ManagementReview.Trigger.valueOf(rs.getString("trigger_kind")), rs.getString("department"),
        rs.getObject("report_id", UUID.class), rs.getString("why"), parts(rs), instant(rs, "opened_at"),
        rs.getObject("producer_id", UUID.class), rs.getString("answer"), instant(rs, "answered_at"));
  }

  /** A review's parts; none for a review opened before they were kept whose English could not be taken apart. */
  private static Parts parts(ResultSet rs) throws SQLException {
    Long reports = rs.getObject("report_count", Long.class);
    Long days = rs.getObject("window_days", Long.class);
    String typed = rs.getString("typed");
    String cut = rs.getString("cut_words");
    return reports == null && typed == null && cut == null ? null
        : new Parts(reports, days, typed, CutWordsJson.read(cut));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
