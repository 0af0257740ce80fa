package org.setsafe.escalation.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.escalation.domain.Escalation;
import org.setsafe.escalation.domain.EscalationPolicy;
import org.setsafe.escalation.domain.EscalationState;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.Step;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEscalationStore implements EscalationStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COLUMNS = "report_id, production_id, category, severity, title, policy, state, round, "
      + "level, reported_at, round_started_at, acknowledged_at, deadline_at, resolved_at";

  private final JdbcClient jdbc;

  JdbcEscalationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean firstSight(UUID factId, Instant at) {
    return jdbc.sql("INSERT INTO escalation_fact_seen (fact_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(factId, ts(at)).update() == 1;
  }

  @Override
  public boolean insert(Escalation e) {
    return jdbc.sql("INSERT INTO escalation (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING")
        .params(e.reportId(), e.productionId(), e.category().name(), e.severity().name(), e.title(),
            JSON.writeValueAsString(e.policy()), e.state().name(), e.round(), e.level(), ts(e.reportedAt()),
            ts(e.roundStartedAt()), ts(e.acknowledgedAt()), ts(e.deadlineAt()), ts(e.resolvedAt()))
        .update() == 1;
  }

  @Override
  public Optional<Escalation> lock(UUID reportId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM escalation WHERE report_id = ? FOR UPDATE").param(reportId)
        .query(JdbcEscalationStore::escalation).optional();
  }

  @Override
  public Optional<Escalation> find(UUID reportId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM escalation WHERE report_id = ?").param(reportId)
        .query(JdbcEscalationStore::escalation).optional();
  }

  @Override
  public void update(Escalation e) {
    jdbc.sql("UPDATE escalation SET state = ?, round = ?, level = ?, round_started_at = ?, acknowledged_at = ?, "
            + "deadline_at = ?, resolved_at = ? WHERE report_id = ?")
        .params(e.state().name(), e.round(), e.level(), ts(e.roundStartedAt()), ts(e.acknowledgedAt()),
            ts(e.deadlineAt()), ts(e.resolvedAt()), e.reportId())
        .update();
  }

  @Override
  public boolean insertStep(Step step, UUID productionId, Instant dueAt, Instant firedAt) {
    return jdbc.sql("INSERT INTO escalation_step (report_id, round, step, production_id, due_at, fired_at) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(step.reportId(), step.round(), step.name(), productionId, ts(dueAt), ts(firedAt)).update() == 1;
  }

  @Override
  public List<FiredStep> steps(UUID reportId) {
    return jdbc.sql("SELECT round, step, due_at, fired_at FROM escalation_step WHERE report_id = ? "
            + "ORDER BY fired_at, round, step")
        .param(reportId)
        .query((rs, row) -> new FiredStep(rs.getInt(1), rs.getString(2), instant(rs, 3), instant(rs, 4))).list();
  }

  @Override
  public List<Escalation> open(UUID productionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM escalation WHERE production_id = ? AND state <> 'RESOLVED' "
            + "ORDER BY reported_at")
        .param(productionId).query(JdbcEscalationStore::escalation).list();
  }

  @Override
  public Map<Severity, EscalationPolicy> policies(UUID productionId) {
    Map<Severity, EscalationPolicy> policies = new EnumMap<>(Severity.class);
    jdbc.sql("SELECT severity, policy FROM escalation_policy WHERE production_id = ?").param(productionId)
        .query((rs, row) -> policies.put(Severity.valueOf(rs.getString(1)),
            JSON.readValue(rs.getString(2), EscalationPolicy.class)))
        .list();
    return policies;
  }

  @Override
  public void savePolicy(UUID productionId, Severity severity, EscalationPolicy policy, UUID by, Instant at) {
    String json = JSON.writeValueAsString(policy);
    if (jdbc.sql("UPDATE escalation_policy SET policy = ?, changed_by = ?, changed_at = ? "
            + "WHERE production_id = ? AND severity = ?")
        .params(json, by, ts(at), productionId, severity.name()).update() == 0) {
      jdbc.sql("INSERT INTO escalation_policy (production_id, severity, policy, changed_by, changed_at) "
              + "VALUES (?, ?, ?, ?, ?)")
          .params(productionId, severity.name(), json, by, ts(at)).update();
    }
  }

  @Override
  public boolean insertStopWork(UUID stopWorkId, UUID productionId, UUID sceneId, String reason, Set<UUID> recipients,
      Instant at) {
    return jdbc.sql("INSERT INTO stop_work_notice (stop_work_id, production_id, scene_id, reason, recipients, called_at) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(stopWorkId, productionId, sceneId, reason,
            recipients.stream().map(UUID::toString).collect(Collectors.joining(",")), ts(at))
        .update() == 1;
  }

  @Override
  public Optional<Set<UUID>> stopWorkRecipients(UUID stopWorkId) {
    return jdbc.sql("SELECT recipients FROM stop_work_notice WHERE stop_work_id = ?").param(stopWorkId)
        .query(String.class).optional()
        .map(text -> Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(UUID::fromString)
            .collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  @Override
  public void insertSubject(UUID subjectId, String kind, String what, String link) {
    jdbc.sql("INSERT INTO escalation_subject (subject_id, kind, what, link) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(subjectId, kind, what, link).update();
  }

  @Override
  public Optional<Subject> subject(UUID subjectId) {
    return jdbc.sql("SELECT kind, what, link FROM escalation_subject WHERE subject_id = ?").param(subjectId)
        .query((rs, row) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
  }

  private static Escalation escalation(ResultSet rs, int row) throws SQLException {
    return new Escalation(rs.getObject("report_id", UUID.class), rs.getObject("production_id", UUID.class),
        Hazard.fromCode(rs.getString("category")), Severity.valueOf(rs.getString("severity")),
        rs.getString("title"), JSON.readValue(rs.getString("policy"), EscalationPolicy.class),
        EscalationState.valueOf(rs.getString("state")), rs.getInt("round"), rs.getInt("level"),
        instant(rs, "reported_at"), instant(rs, "round_started_at"), instant(rs, "acknowledged_at"),
        instant(rs, "deadline_at"), instant(rs, "resolved_at"));
  }

  private static OffsetDateTime ts(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
