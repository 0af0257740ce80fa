package org.setsafe.protocol.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Protocol's recorded facts read back from its tables for the ledger's reconciliation: each version of a weapon
 * plan and of a risk assessment, and each sign-off of either. The tables keep no fact ids, so a fact is found by
 * what it is about (the plan version, the assessment version, and for a sign-off its capacity or duty: sign-offs
 * sharing those pair up in the order they were given). A plan's lines and line of fire, and an assessment's
 * hazards, are in tables of their own and are not compared here; the version's own columns are.
 */
@Component
class ProtocolFactRows implements RecordedFactSource {

  private final JdbcClient jdbc;

  ProtocolFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    return List.of(
        new FactKind("protocol.weapon-plan-recorded", "weapon_plan_version",
            fact -> "plan-version:" + fact.get("planVersionId")),
        new FactKind("protocol.weapon-plan-signed", "weapon_plan_signoff",
            fact -> planSignOffKey(fact.get("planVersionId"), fact.get("capacity"))),
        new FactKind("protocol.risk-assessment-drafted", "risk_assessment_version",
            fact -> "assessment:" + fact.get("assessmentId") + " v" + fact.get("version")),
        new FactKind("protocol.risk-assessment-signed", "risk_sign_off",
            fact -> riskSignOffKey(fact.get("assessmentId"), fact.get("version"), fact.get("duty"))));
  }

  private static String planSignOffKey(Object planVersionId, Object capacity) {
    return "plan-version:" + planVersionId + " signed as " + capacity;
  }

  private static String riskSignOffKey(Object assessmentId, Object version, Object duty) {
    return "assessment:" + assessmentId + " v" + version + " signed for " + duty;
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT * FROM weapon_plan_version WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, ProtocolFactRows::planVersion));
    jdbc.sql("SELECT s.*, v.version FROM weapon_plan_signoff s JOIN weapon_plan_version v ON v.id = s.plan_version_id "
            + "WHERE s.production_id = ? ORDER BY s.plan_version_id, s.capacity, s.signed_at, s.seq").param(productionId)
        .query(FactRows.each(facts, ProtocolFactRows::planSignOff));
    jdbc.sql("SELECT v.*, a.production_id, a.scene_id FROM risk_assessment_version v "
            + "JOIN risk_assessment a ON a.id = v.assessment_id WHERE a.production_id = ? "
            + "ORDER BY v.assessment_id, v.version").param(productionId)
        .query(FactRows.each(facts, ProtocolFactRows::assessmentVersion));
    jdbc.sql("SELECT s.*, a.production_id, a.scene_id FROM risk_sign_off s JOIN risk_assessment a "
            + "ON a.id = s.assessment_id WHERE a.production_id = ? "
            + "ORDER BY s.assessment_id, s.version, s.duty, s.signed_at, s.id").param(productionId)
        .query(FactRows.each(facts, ProtocolFactRows::riskSignOff));
  }

  private static TableFact planVersion(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("protocol.weapon-plan-recorded", "weapon_plan_version", id.toString(), "plan-version:" + id,
        List.of(
            new Field("planVersionId", "id", id),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("sceneId", "scene_id", rs.getObject("scene_id", UUID.class)),
            new Field("version", "version", rs.getInt("version")),
            new Field("discharge", "discharge", rs.getBoolean("discharge")),
            new Field("load", "load_description", rs.getString("load_description")),
            new Field("directionOfFire", "direction_of_fire", rs.getString("direction_of_fire")),
            new Field("changeNote", "change_note", rs.getString("change_note")),
            new Field("actorId", "recorded_by", rs.getObject("recorded_by", UUID.class)),
            new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at"))));
  }

  private static TableFact planSignOff(ResultSet rs) throws SQLException {
    UUID planVersionId = rs.getObject("plan_version_id", UUID.class);
    String capacity = rs.getString("capacity");
    return new TableFact("protocol.weapon-plan-signed", "weapon_plan_signoff", rs.getObject("id", UUID.class)
        .toString(), planSignOffKey(planVersionId, capacity), List.of(
            new Field("planVersionId", "plan_version_id", planVersionId),
            new Field("version", "weapon_plan_version.version", rs.getInt("version")),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("sceneId", "scene_id", rs.getObject("scene_id", UUID.class)),
            new Field("capacity", "capacity", capacity),
            new Field("actorId", "signed_by", rs.getObject("signed_by", UUID.class)),
            new Field("occurredAt", "signed_at", FactRows.instant(rs, "signed_at")),
            new Field("shootingDayId", "shooting_day_id", rs.getObject("shooting_day_id", UUID.class)),
            new Field("shootingDate", "shooting_date", FactRows.date(rs, "shooting_date")),
            new Field("location", "location", rs.getString("location"))));
  }

  private static TableFact assessmentVersion(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("assessment_id", UUID.class);
    int version = rs.getInt("version");
    return new TableFact("protocol.risk-assessment-drafted", "risk_assessment_version", id + " v" + version,
        "assessment:" + id + " v" + version, List.of(
            new Field("assessmentId", "assessment_id", id),
            new Field("version", "version", version),
            new Field("productionId", "risk_assessment.production_id", rs.getObject("production_id", UUID.class)),
            new Field("sceneId", "risk_assessment.scene_id", rs.getObject("scene_id", UUID.class)),
            new Field("reason", "reason", rs.getString("reason")),
            new Field("actorId", "drafted_by", rs.getObject("drafted_by", UUID.class)),
            new Field("occurredAt", "drafted_at", FactRows.instant(rs, "drafted_at"))));
  }

  private static TableFact riskSignOff(ResultSet rs) throws SQLException {
    UUID assessmentId = rs.getObject("assessment_id", UUID.class);
    int version = rs.getInt("version");
    String duty = rs.getString("duty");
    return new TableFact("protocol.risk-assessment-signed", "risk_sign_off", rs.getObject("id", UUID.class).toString(),
        riskSignOffKey(assessmentId, version, duty), List.of(
            new Field("assessmentId", "assessment_id", assessmentId),
            new Field("version", "version", version),
            new Field("productionId", "risk_assessment.production_id", rs.getObject("production_id", UUID.class)),
            new Field("sceneId", "risk_assessment.scene_id", rs.getObject("scene_id", UUID.class)),
            new Field("duty", "duty", duty),
            new Field("role", "crew_role", rs.getString("crew_role")),
            new Field("actorId", "signed_by", rs.getObject("signed_by", UUID.class)),
            new Field("occurredAt", "signed_at", FactRows.instant(rs, "signed_at")),
            new Field("shootingDate", "shooting_date", FactRows.date(rs, "shooting_date")),
            new Field("location", "location", rs.getString("location"))));
  }
}
