package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The investigation's recorded facts read back from its tables for the ledger's reconciliation: each statement
 * version and each witness's confirmation, each investigator's note, each version of a root cause, each step on a
 * corrective action, each sign-off of the report. Every row is one fact, found by its own id (a root cause's line
 * and version, an action and its step). What a table keeps beside the fact (a statement's words, a note's text, a
 * root cause's whys and evidence) lives in other columns or tables and is not compared; the hashes the facts carry
 * instead are.
 */
@Component
class IncidentFactRows implements RecordedFactSource {

  /** The step column's values, by the kind of fact each step was recorded as. */
  private static final Map<String, String> ACTION_STEPS = Map.of(
      "OVERDUE", "incident.corrective-action-overdue",
      "DONE", "incident.corrective-action-done",
      "EFFECTIVE", "incident.corrective-action-verified",
      "NOT_EFFECTIVE", "incident.corrective-action-verified");

  private final JdbcClient jdbc;

  IncidentFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    return List.of(
        new FactKind("incident.statement-given", "incident_statement_version",
            fact -> "statement-version:" + fact.get("versionId")),
        new FactKind("incident.statement-confirmed", "incident_statement_confirmation",
            fact -> "confirmed:" + fact.get("versionId")),
        new FactKind("incident.note-added", "incident_note", fact -> "note:" + fact.get("noteId")),
        new FactKind("incident.root-cause-recorded", "root_cause",
            fact -> causeKey(fact.get("rootCauseId"), fact.get("version"))),
        new FactKind("incident.corrective-action-overdue", "corrective_action_step",
            fact -> actionKey(fact.get("actionId"), "incident.corrective-action-overdue")),
        new FactKind("incident.corrective-action-done", "corrective_action_step",
            fact -> actionKey(fact.get("actionId"), "incident.corrective-action-done")),
        new FactKind("incident.corrective-action-verified", "corrective_action_step",
            fact -> actionKey(fact.get("actionId"), "incident.corrective-action-verified")),
        new FactKind("incident.report-signed-off", "incident_report_sign_off",
            fact -> "sign-off:" + fact.get("signOffId")));
  }

  private static String causeKey(Object causeId, Object version) {
    return "root-cause:" + causeId + " v" + version;
  }

  private static String actionKey(Object actionId, String kind) {
    return "action:" + actionId + " " + kind;
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT * FROM incident_statement_version WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::statement));
    jdbc.sql("SELECT c.*, v.statement_id, v.incident_id, v.production_id, v.version, v.words_sha256 "
            + "FROM incident_statement_confirmation c JOIN incident_statement_version v ON v.id = c.version_id "
            + "WHERE v.production_id = ? ORDER BY c.version_id").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::confirmation));
    jdbc.sql("SELECT * FROM incident_note WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::note));
    jdbc.sql("SELECT * FROM root_cause WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::rootCause));
    // An action is verified again after it did not work: those steps share a key, paired in the order taken.
    jdbc.sql("SELECT s.*, a.incident_id, a.production_id, a.due_at FROM corrective_action_step s "
            + "JOIN corrective_action a ON a.id = s.action_id WHERE a.production_id = ? "
            + "ORDER BY s.action_id, s.taken_at").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::actionStep));
    jdbc.sql("SELECT * FROM incident_report_sign_off WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, IncidentFactRows::signOff));
  }

  /** A version as given; who gave it (the witness or the one who recorded it for them) is the fact's alone. */
  private static TableFact statement(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("incident.statement-given", "incident_statement_version", id.toString(),
        "statement-version:" + id, List.of(
            new Field("versionId", "id", id),
            new Field("statementId", "statement_id", rs.getObject("statement_id", UUID.class)),
            new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("occurredAt", "given_at", FactRows.instant(rs, "given_at")),
            new Field("version", "version", rs.getInt("version")),
            new Field("witnessUserId", "witness_user_id", rs.getObject("witness_user_id", UUID.class)),
            new Field("recordedBy", "recorded_by", rs.getObject("recorded_by", UUID.class)),
            new Field("wordsSha256", "words_sha256", rs.getString("words_sha256"))));
  }

  /** The witness confirmed a version: the witness is the one who confirmed it. */
  private static TableFact confirmation(ResultSet rs) throws SQLException {
    UUID versionId = rs.getObject("version_id", UUID.class);
    UUID confirmedBy = rs.getObject("confirmed_by", UUID.class);
    return new TableFact("incident.statement-confirmed", "incident_statement_confirmation", versionId.toString(),
        "confirmed:" + versionId, List.of(
            new Field("versionId", "version_id", versionId),
            new Field("statementId", "statement_id", rs.getObject("statement_id", UUID.class)),
            new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("actorId", "confirmed_by", confirmedBy),
            new Field("witnessUserId", "confirmed_by", confirmedBy),
            new Field("occurredAt", "confirmed_at", FactRows.instant(rs, "confirmed_at")),
            new Field("version", "version", rs.getInt("version")),
            new Field("wordsSha256", "words_sha256", rs.getString("words_sha256"))));
  }

  private static TableFact note(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("incident.note-added", "incident_note", id.toString(), "note:" + id, List.of(
        new Field("noteId", "id", id),
        new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "written_by", rs.getObject("written_by", UUID.class)),
        new Field("occurredAt", "written_at", FactRows.instant(rs, "written_at")),
        new Field("corrects", "corrects", rs.getObject("corrects", UUID.class)),
        new Field("textSha256", "text_sha256", rs.getString("text_sha256"))));
  }

  /** One version of a root cause; the fact names the cause by its line ({@code cause_id}), as the pages do. */
  private static TableFact rootCause(ResultSet rs) throws SQLException {
    UUID causeId = rs.getObject("cause_id", UUID.class);
    int version = rs.getInt("version");
    return new TableFact("incident.root-cause-recorded", "root_cause", rs.getObject("id", UUID.class).toString(),
        causeKey(causeId, version), List.of(
            new Field("rootCauseId", "cause_id", causeId),
            new Field("version", "version", version),
            new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("actorId", "recorded_by", rs.getObject("recorded_by", UUID.class)),
            new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at")),
            new Field("form", "form", rs.getString("form")),
            new Field("category", "category", rs.getString("category")),
            new Field("summary", "summary", rs.getString("summary"))));
  }

  /**
   * A step on a corrective action. Overdue is recorded by SetSafe at the action's due time, which is the fact's
   * time; the step's own time is when the timer ran and is not compared.
   */
  private static TableFact actionStep(ResultSet rs) throws SQLException {
    UUID actionId = rs.getObject("action_id", UUID.class);
    String step = rs.getString("step");
    String kind = ACTION_STEPS.getOrDefault(step, "incident.corrective-action-" + step);
    List<Field> fields = new java.util.ArrayList<>(List.of(
        new Field("actionId", "action_id", actionId),
        new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class))));
    switch (step) {
      case "OVERDUE" -> fields.add(new Field("dueAt", "due_at", FactRows.instant(rs, "due_at")));
      case "DONE" -> {
        fields.add(new Field("actorId", "taken_by", rs.getObject("taken_by", UUID.class)));
        fields.add(new Field("occurredAt", "taken_at", FactRows.instant(rs, "taken_at")));
        fields.add(new Field("note", "note", rs.getString("note")));
        fields.add(new Field("settingIndex", "setting_index", rs.getObject("setting_index", Long.class)));
        fields.add(new Field("settingKind", "setting_kind", rs.getString("setting_kind")));
      }
      default -> {
        fields.add(new Field("actorId", "taken_by", rs.getObject("taken_by", UUID.class)));
        fields.add(new Field("occurredAt", "taken_at", FactRows.instant(rs, "taken_at")));
        fields.add(new Field("effective", "step", step.equals("EFFECTIVE")));
        fields.add(new Field("note", "note", rs.getString("note")));
      }
    }
    return new TableFact(kind, "corrective_action_step", actionId + " " + step, actionKey(actionId, kind), fields);
  }

  private static TableFact signOff(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("incident.report-signed-off", "incident_report_sign_off", id.toString(), "sign-off:" + id,
        List.of(
            new Field("signOffId", "id", id),
            new Field("incidentId", "incident_id", rs.getObject("incident_id", UUID.class)),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("actorId", "signed_by", rs.getObject("signed_by", UUID.class)),
            new Field("occurredAt", "signed_at", FactRows.instant(rs, "signed_at")),
            new Field("role", "role", rs.getString("role")),
            new Field("reportSha256", "report_sha256", rs.getString("report_sha256"))));
  }
}
