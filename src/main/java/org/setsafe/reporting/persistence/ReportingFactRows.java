package org.setsafe.reporting.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reporting's recorded facts read back from its tables for the ledger's reconciliation: each report as filed,
 * each step on it, each stop-work and resumption, each management review and its answer. The tables keep no
 * fact ids, so a fact is found by what it is about: a report's own id, or the report and the kind of step (its
 * steps of one kind pair up in the order they were taken). Fields a table does not keep (a report's photo hash
 * is in {@code report_photo}, read elsewhere; the people told of a stop-work) are not compared.
 */
@Component
class ReportingFactRows implements RecordedFactSource {

  /** The step column's values, by the kind of fact each step was recorded as. */
  private static final Map<String, String> STEPS = Map.of(
      "ACKNOWLEDGED", "reporting.report-acknowledged",
      "MITIGATION_STARTED", "reporting.mitigation-started",
      "COMMENTED", "reporting.report-commented",
      "RESOLVED", "reporting.report-resolved",
      "REOPENED", "reporting.report-reopened");

  private final JdbcClient jdbc;

  ReportingFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    List<FactKind> kinds = new ArrayList<>(List.of(
        new FactKind("reporting.hazard-reported", "hazard_report", fact -> "report:" + fact.get("reportId")),
        new FactKind("reporting.stop-work-called", "stop_work", fact -> "stop-work:" + fact.get("stopWorkId")),
        new FactKind("reporting.injury-reported", "hazard_report", fact -> "injury:" + fact.get("reportId")),
        new FactKind("reporting.stop-work-cited-injury", "stop_work",
            fact -> "injury:" + fact.get("stopWorkId")),
        new FactKind("reporting.work-resumed", "work_resumption", fact -> "resumed:" + fact.get("stopWorkId")),
        new FactKind("reporting.management-review-opened", "management_review",
            fact -> "review:" + fact.get("reviewId")),
        new FactKind("reporting.management-review-answered", "management_review_answer",
            fact -> "answer:" + fact.get("reviewId"))));
    STEPS.values().forEach(kind -> kinds.add(new FactKind(kind, "report_step", fact -> stepKey(fact.get("reportId"),
        kind))));
    return kinds;
  }

  private static String stepKey(Object reportId, String kind) {
    return "report:" + reportId + " " + kind;
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT * FROM hazard_report WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::report));
    jdbc.sql("SELECT * FROM report_step WHERE production_id = ? ORDER BY report_id, step_no").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::step));
    jdbc.sql("SELECT * FROM stop_work WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::stopWork));
    // "Someone was hurt" is a fact of its own beside the report or stop-work that says it.
    jdbc.sql("SELECT * FROM hazard_report WHERE production_id = ? AND injury = TRUE ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::injuryReported));
    jdbc.sql("SELECT * FROM stop_work WHERE production_id = ? AND injury = TRUE ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::stopWorkCitedInjury));
    jdbc.sql("SELECT r.* FROM work_resumption r JOIN stop_work s ON s.id = r.stop_work_id WHERE s.production_id = ? "
            + "ORDER BY r.stop_work_id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::resumption));
    jdbc.sql("SELECT * FROM management_review WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::review));
    jdbc.sql("SELECT a.* FROM management_review_answer a JOIN management_review r ON r.id = a.review_id "
            + "WHERE r.production_id = ? ORDER BY a.review_id").param(productionId)
        .query(FactRows.each(facts, ReportingFactRows::answer));
  }

  /** The report as filed; its description, scene and location are the report's, not the fact's. */
  private static TableFact report(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("reporting.hazard-reported", "hazard_report", id.toString(), "report:" + id, List.of(
        new Field("reportId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "reporter_id", rs.getObject("reporter_id", UUID.class)),
        new Field("occurredAt", "reported_at", FactRows.instant(rs, "reported_at")),
        new Field("category", "category", rs.getString("category")),
        new Field("severity", "severity", rs.getString("severity")),
        new Field("title", "title", rs.getString("title")),
        new Field("anonymous", "anonymous", rs.getBoolean("anonymous")),
        new Field("source", "source", rs.getString("source"))));
  }

  /**
   * A step on a report. The step's time and its fact's are read from the clock one after the other, so they
   * may differ by a moment and are not compared; an acknowledgment's note is the report's, not the fact's.
   */
  private static TableFact step(ResultSet rs) throws SQLException {
    UUID reportId = rs.getObject("report_id", UUID.class);
    String step = rs.getString("step");
    String kind = STEPS.getOrDefault(step, "reporting.step-" + step);
    boolean byReporter = rs.getBoolean("by_reporter");
    String note = rs.getString("note");
    List<Field> fields = new ArrayList<>(List.of(
        new Field("reportId", "report_id", reportId),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "actor_id", rs.getObject("actor_id", UUID.class))));
    switch (step) {
      case "MITIGATION_STARTED" -> fields.add(new Field("what", "note", note));
      case "COMMENTED" -> {
        fields.add(new Field("byReporter", "by_reporter", byReporter));
        fields.add(new Field("comment", "note", note));
      }
      // The fact says who closed it; the step keeps only what they wrote.
      case "RESOLVED" -> fields.add(new Field("how", "note",
          (byReporter ? "reporter confirmed: " : "safety advisor signed off: ") + note));
      case "REOPENED" -> fields.add(new Field("why", "note", note));
      default -> { }
    }
    return new TableFact(kind, "report_step", reportId + " step " + rs.getInt("step_no"), stepKey(reportId, kind),
        fields);
  }

  private static TableFact stopWork(ResultSet rs) throws SQLException {
    return stopWork(rs, "reporting.stop-work-called", "stop-work:");
  }

  /** A stop-work's row as one fact: the call itself, or (same row, other key) the injury it cited. */
  private static TableFact stopWork(ResultSet rs, String kind, String keyPrefix) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact(kind, "stop_work", id.toString(), keyPrefix + id, List.of(
        new Field("stopWorkId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "called_by", rs.getObject("called_by", UUID.class)),
        new Field("occurredAt", "called_at", FactRows.instant(rs, "called_at")),
        new Field("sceneId", "scene_id", rs.getObject("scene_id", UUID.class)),
        new Field("reason", "reason", rs.getString("reason"))));
  }

  private static TableFact injuryReported(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("reporting.injury-reported", "hazard_report", id.toString(), "injury:" + id, List.of(
        new Field("reportId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "reporter_id", rs.getObject("reporter_id", UUID.class)),
        new Field("occurredAt", "reported_at", FactRows.instant(rs, "reported_at")),
        new Field("severity", "severity", rs.getString("severity")),
        new Field("title", "title", rs.getString("title")),
        new Field("description", "description", rs.getString("description")),
        new Field("sceneId", "scene_id", rs.getObject("scene_id", UUID.class)),
        new Field("location", "location", rs.getString("location")),
        new Field("anonymous", "anonymous", rs.getBoolean("anonymous"))));
  }

  private static TableFact stopWorkCitedInjury(ResultSet rs) throws SQLException {
    return stopWork(rs, "reporting.stop-work-cited-injury", "injury:");
  }

  private static TableFact resumption(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("stop_work_id", UUID.class);
    return new TableFact("reporting.work-resumed", "work_resumption", id.toString(), "resumed:" + id, List.of(
        new Field("stopWorkId", "stop_work_id", id),
        new Field("actorId", "resumed_by", rs.getObject("resumed_by", UUID.class)),
        new Field("occurredAt", "resumed_at", FactRows.instant(rs, "resumed_at")),
        new Field("whySafe", "why_safe", rs.getString("why_safe"))));
  }

  private static TableFact review(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("reporting.management-review-opened", "management_review", id.toString(), "review:" + id,
        List.of(
            new Field("reviewId", "id", id),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("reportId", "report_id", rs.getObject("report_id", UUID.class)),
            new Field("occurredAt", "opened_at", FactRows.instant(rs, "opened_at")),
            new Field("trigger", "trigger_kind", rs.getString("trigger_kind")),
            new Field("department", "department", rs.getString("department")),
            new Field("why", "why", rs.getString("why"))));
  }

  private static TableFact answer(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("review_id", UUID.class);
    return new TableFact("reporting.management-review-answered", "management_review_answer", id.toString(),
        "answer:" + id, List.of(
            new Field("reviewId", "review_id", id),
            new Field("actorId", "producer_id", rs.getObject("producer_id", UUID.class)),
            new Field("occurredAt", "answered_at", FactRows.instant(rs, "answered_at")),
            new Field("answer", "answer", rs.getString("answer"))));
  }
}
