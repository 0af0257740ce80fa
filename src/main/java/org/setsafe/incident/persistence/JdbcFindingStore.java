package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.incident.ActionKind;
import org.setsafe.incident.CauseCategory;
import org.setsafe.incident.CauseForm;
import org.setsafe.incident.domain.ActionStep;
import org.setsafe.incident.domain.CorrectiveAction;
import org.setsafe.incident.domain.Investigation;
import org.setsafe.incident.domain.FindingStore;
import org.setsafe.incident.domain.RootCause;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Root causes, the investigation's steps and corrective actions, in SQL; inserts and reads only. */
@Repository
class JdbcFindingStore implements FindingStore {

  private static final String CAUSE_COLUMNS = "id, cause_id, version, incident_id, production_id, form, category, "
      + "summary, recorded_by, recorded_at";
  private static final String ACTION_COLUMNS = "id, incident_id, production_id, cause_id, kind, what, owner_id, "
      + "verifier_id, due_on, due_at, recorded_by, recorded_at";

  private final JdbcClient jdbc;

  JdbcFindingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(RootCause c) {
    jdbc.sql("INSERT INTO root_cause (" + CAUSE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.id(), c.causeId(), c.version(), c.incidentId(), c.productionId(), c.form().name(),
            c.category().name(), c.summary(), c.recordedBy(), utc(c.recordedAt()))
        .update();
    for (int n = 0; n < c.whys().size(); n++) {
      jdbc.sql("INSERT INTO root_cause_why (root_cause_id, position, why, because) VALUES (?, ?, ?, ?)")
          .params(c.id(), n, c.whys().get(n).why(), c.whys().get(n).because()).update();
    }
    for (int n = 0; n < c.evidence().size(); n++) {
      RootCause.EvidenceRef e = c.evidence().get(n);
      jdbc.sql("INSERT INTO root_cause_evidence (root_cause_id, position, ledger_index, ledger_kind, statement_id) "
              + "VALUES (?, ?, ?, ?, ?)")
          .params(c.id(), n, e.ledgerIndex(), e.ledgerKind(), e.statementId()).update();
    }
  }

  @Override
  public List<RootCause> rootCauses(UUID incidentId) {
    return jdbc.sql("SELECT " + CAUSE_COLUMNS + " FROM root_cause WHERE incident_id = ? ORDER BY recorded_at, version")
        .param(incidentId).query((rs, n) -> cause(rs)).list();
  }

  private RootCause cause(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    List<RootCause.Why> whys = jdbc.sql("SELECT why, because FROM root_cause_why WHERE root_cause_id = ? "
            + "ORDER BY position")
        .param(id).query((w, n) -> new RootCause.Why(w.getString("why"), w.getString("because"))).list();
    List<RootCause.EvidenceRef> evidence = jdbc.sql("SELECT ledger_index, ledger_kind, statement_id FROM "
            + "root_cause_evidence WHERE root_cause_id = ? ORDER BY position")
        .param(id).query((e, n) -> new RootCause.EvidenceRef(e.getObject("ledger_index", Long.class),
            e.getString("ledger_kind"), e.getObject("statement_id", UUID.class))).list();
    return new RootCause(id, rs.getObject("cause_id", UUID.class), rs.getInt("version"),
        rs.getObject("incident_id", UUID.class), rs.getObject("production_id", UUID.class),
        CauseForm.valueOf(rs.getString("form")), CauseCategory.valueOf(rs.getString("category")),
        rs.getString("summary"), whys, evidence, rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"));
  }

  @Override
  public List<Investigation.Step> lockSteps(UUID incidentId) {
    // The incident's own row is the lock: there may be no step yet to lock.
    jdbc.sql("SELECT id FROM incident WHERE id = ? FOR UPDATE").param(incidentId).query(UUID.class).optional();
    return investigationSteps(incidentId);
  }

  @Override
  public List<Investigation.Step> investigationSteps(UUID incidentId) {
    return jdbc.sql("SELECT id, incident_id, production_id, position, step, reason, taken_by, taken_at FROM "
            + "investigation_step WHERE incident_id = ? ORDER BY position")
        .param(incidentId).query((rs, n) -> new Investigation.Step(rs.getObject("id", UUID.class),
            rs.getObject("incident_id", UUID.class), rs.getObject("production_id", UUID.class), rs.getInt("position"),
            Investigation.Step.Kind.valueOf(rs.getString("step")), rs.getString("reason"),
            rs.getObject("taken_by", UUID.class), instant(rs, "taken_at")))
        .list();
  }

  @Override
  public void insert(Investigation.Step s) {
    jdbc.sql("INSERT INTO investigation_step (id, incident_id, production_id, position, step, reason, taken_by, "
            + "taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.incidentId(), s.productionId(), s.position(), s.step().name(), s.reason(), s.takenBy(), utc(s.takenAt()))
        .update();
  }

  @Override
  public void insert(CorrectiveAction a) {
    jdbc.sql("INSERT INTO corrective_action (" + ACTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(a.id(), a.incidentId(), a.productionId(), a.causeId(), a.kind().name(), a.what(), a.ownerId(),
            a.verifierId(), a.dueOn(), utc(a.dueAt()), a.recordedBy(), utc(a.recordedAt()))
        .update();
  }

  @Override
  public List<CorrectiveAction> actions(UUID incidentId) {
    return jdbc.sql("SELECT " + ACTION_COLUMNS + " FROM corrective_action WHERE incident_id = ? "
            + "ORDER BY recorded_at, id")
        .param(incidentId).query(JdbcFindingStore::action).list();
  }

  @Override
  public Optional<CorrectiveAction> lockAction(UUID actionId) {
    return jdbc.sql("SELECT " + ACTION_COLUMNS + " FROM corrective_action WHERE id = ? FOR UPDATE").param(actionId)
        .query(JdbcFindingStore::action).optional();
  }

  private static CorrectiveAction action(ResultSet rs, int n) throws SQLException {
    return new CorrectiveAction(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
        rs.getObject("production_id", UUID.class), rs.getObject("cause_id", UUID.class),
        ActionKind.valueOf(rs.getString("kind")), rs.getString("what"), rs.getObject("owner_id", UUID.class),
        rs.getObject("verifier_id", UUID.class), rs.getObject("due_on", LocalDate.class), instant(rs, "due_at"),
        rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"));
  }

  @Override
  public List<ActionStep> steps(UUID actionId) {
    return jdbc.sql("SELECT action_id, step, note, setting_index, setting_kind, taken_by, taken_at FROM "
            + "corrective_action_step WHERE action_id = ? ORDER BY taken_at, step")
        .param(actionId).query((rs, n) -> new ActionStep(rs.getObject("action_id", UUID.class),
            ActionStep.Kind.valueOf(rs.getString("step")), rs.getString("note"),
            rs.getObject("setting_index", Long.class), rs.getString("setting_kind"),
            rs.getObject("taken_by", UUID.class), instant(rs, "taken_at")))
        .list();
  }

  @Override
  public boolean insert(ActionStep s) {
    return jdbc.sql("INSERT INTO corrective_action_step (action_id, step, note, setting_index, setting_kind, "
            + "taken_by, taken_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(s.actionId(), s.step().name(), s.note(), s.settingIndex(), s.settingKind(), s.takenBy(),
            utc(s.takenAt()))
        .update() == 1;
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
