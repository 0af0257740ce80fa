package org.setsafe.protocol.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.production.CrewRole;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskAssessmentStore;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.SignOffDuty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Risk assessments in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcRiskAssessmentStore implements RiskAssessmentStore {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<HazardEntry>> HAZARDS = new TypeReference<>() {};
  private static final String ASSESSMENT = "SELECT id, production_id, scene_id, created_by, created_at"
      + " FROM risk_assessment";

  private final JdbcClient jdbc;

  JdbcRiskAssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Assessment> general(UUID productionId) {
    return jdbc.sql(ASSESSMENT + " WHERE production_id = ? AND scope = 'general'").param(productionId)
        .query(JdbcRiskAssessmentStore::assessment).optional();
  }

  @Override
  public Optional<Assessment> ofScene(UUID productionId, UUID sceneId) {
    return jdbc.sql(ASSESSMENT + " WHERE production_id = ? AND scope = ?").params(productionId, scope(sceneId))
        .query(JdbcRiskAssessmentStore::assessment).optional();
  }

  @Override
  public List<Assessment> all(UUID productionId) {
    return jdbc.sql(ASSESSMENT + " WHERE production_id = ? ORDER BY created_at").param(productionId)
        .query(JdbcRiskAssessmentStore::assessment).list();
  }

  @Override
  public ForIssue generalAndOfScene(UUID productionId, UUID sceneId) {
    // An assessment with its versions and their sign-offs, a row per sign-off: a version not signed yet has one row,
    // its sign-off null, and an assessment without a version one row, its version null. In sign-off order within an
    // assessment, as signOffsOf gives them; the versions are put back in their own order below.
    return jdbc.sql("""
        SELECT a.id, a.production_id, a.scene_id, a.created_by, a.created_at,
          v.version, v.hazards, v.reason, v.drafted_by, v.drafted_at,
          s.id AS sign_off_id, s.duty, s.crew_role, s.signed_by, s.signed_at, s.shooting_date, s.location,
          (SELECT t.rating FROM risk_producer_threshold t WHERE t.production_id = a.production_id
            ORDER BY t.seq DESC FETCH FIRST 1 ROWS ONLY) AS producer_threshold
        FROM risk_assessment a LEFT JOIN risk_assessment_version v ON v.assessment_id = a.id
          LEFT JOIN risk_sign_off s ON s.assessment_id = v.assessment_id AND s.version = v.version
        WHERE a.production_id = ? AND a.scope IN ('general', ?) ORDER BY a.id, s.signed_at, s.id, v.version""")
        .params(productionId, scope(sceneId))
        .query((ResultSet rs) -> {
          Map<UUID, Assessment> assessments = new LinkedHashMap<>();
          Map<UUID, Map<Integer, AssessmentVersion>> versions = new LinkedHashMap<>();
          Map<UUID, List<RiskSignOff>> signOffs = new LinkedHashMap<>();
          Integer threshold = null;
          while (rs.next()) {
            UUID id = rs.getObject("id", UUID.class);
            if (!assessments.containsKey(id)) {
              assessments.put(id, assessment(rs, 0));
            }
            if (rs.getObject("drafted_by", UUID.class) != null) {
              // A version comes once per sign-off of it; its hazards are parsed the first time only.
              Map<Integer, AssessmentVersion> ofAssessment = versions.computeIfAbsent(id, k -> new TreeMap<>());
              if (!ofAssessment.containsKey(rs.getInt("version"))) {
                ofAssessment.put(rs.getInt("version"), version(rs, id));
              }
            }
            if (rs.getObject("sign_off_id", UUID.class) != null) {
              signOffs.computeIfAbsent(id, k -> new ArrayList<>()).add(signOff(rs, "sign_off_id", id));
            }
            threshold = rs.getObject("producer_threshold", Integer.class);
          }
          Map<UUID, List<AssessmentVersion>> oldestFirst = new LinkedHashMap<>();
          versions.forEach((id, byVersion) -> oldestFirst.put(id, List.copyOf(byVersion.values())));
          return new ForIssue(List.copyOf(assessments.values()), oldestFirst, signOffs,
              Optional.ofNullable(threshold));
        });
  }

  @Override
  public boolean insert(Assessment a) {
    try {
      jdbc.sql("INSERT INTO risk_assessment (id, production_id, scene_id, scope, created_by, created_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)")
          .params(a.id(), a.productionId(), a.sceneId(), scope(a.sceneId()), a.createdBy(), utc(a.createdAt()))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public void lock(UUID assessmentId) {
    jdbc.sql("SELECT id FROM risk_assessment WHERE id = ? FOR UPDATE").param(assessmentId).query().listOfRows();
  }

  @Override
  public void insertVersion(UUID productionId, AssessmentVersion v) {
    jdbc.sql("INSERT INTO risk_assessment_version (assessment_id, version, hazards, reason, drafted_by, drafted_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(v.assessmentId(), v.version(), JSON.writeValueAsString(v.hazards()), v.reason(), v.draftedBy(),
            utc(v.draftedAt()))
        .update();
  }

  @Override
  public List<AssessmentVersion> versions(UUID assessmentId) {
    return versionsOf(List.of(assessmentId)).getOrDefault(assessmentId, List.of());
  }

  @Override
  public Map<UUID, List<AssessmentVersion>> versionsOf(Collection<UUID> assessmentIds) {
    if (assessmentIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT assessment_id, version, hazards, reason, drafted_by, drafted_at"
            + " FROM risk_assessment_version WHERE assessment_id IN (:ids) ORDER BY assessment_id, version")
        .param("ids", List.copyOf(assessmentIds))
        .query((rs, n) -> version(rs, rs.getObject("assessment_id", UUID.class)))
        .list().stream()
        .collect(Collectors.groupingBy(AssessmentVersion::assessmentId, LinkedHashMap::new, Collectors.toList()));
  }

  @Override
  public void insertSignOff(UUID productionId, RiskSignOff s) {
    jdbc.sql("INSERT INTO risk_sign_off (id, assessment_id, version, duty, crew_role, signed_by, signed_at,"
            + " shooting_date, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.assessmentId(), s.version(), s.duty().name(), s.role().name(), s.signedBy(),
            utc(s.signedAt()), s.shootingDate(), s.location())
        .update();
  }

  @Override
  public List<RiskSignOff> signOffs(UUID assessmentId) {
    return signOffsOf(List.of(assessmentId)).getOrDefault(assessmentId, List.of());
  }

  @Override
  public Map<UUID, List<RiskSignOff>> signOffsOf(Collection<UUID> assessmentIds) {
    if (assessmentIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.sql("SELECT id, assessment_id, version, duty, crew_role, signed_by, signed_at, shooting_date, location"
            + " FROM risk_sign_off WHERE assessment_id IN (:ids) ORDER BY signed_at, id")
        .param("ids", List.copyOf(assessmentIds))
        .query((rs, n) -> signOff(rs, "id", rs.getObject("assessment_id", UUID.class)))
        .list().stream()
        .collect(Collectors.groupingBy(RiskSignOff::assessmentId, LinkedHashMap::new, Collectors.toList()));
  }

  @Override
  public Optional<Integer> producerThreshold(UUID productionId) {
    return jdbc.sql("SELECT rating FROM risk_producer_threshold WHERE production_id = ?"
            + " ORDER BY seq DESC LIMIT 1")
        .param(productionId).query(Integer.class).optional();
  }

  @Override
  public void insertProducerThreshold(UUID productionId, int rating, UUID setBy, Instant setAt) {
    jdbc.sql("INSERT INTO risk_producer_threshold (production_id, rating, set_by, set_at) VALUES (?, ?, ?, ?)")
        .params(productionId, rating, setBy, utc(setAt)).update();
  }

  private static String scope(UUID sceneId) {
    return sceneId == null ? "general" : "scene:" + sceneId;
  }

  private static Assessment assessment(ResultSet rs, int n) throws SQLException {
    return new Assessment(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getObject("scene_id", UUID.class), rs.getObject("created_by", UUID.class), instant(rs, "created_at"));
  }

  private static AssessmentVersion version(ResultSet rs, UUID assessmentId) throws SQLException {
    return new AssessmentVersion(assessmentId, rs.getInt("version"), JSON.readValue(rs.getString("hazards"), HAZARDS),
        rs.getString("reason"), rs.getObject("drafted_by", UUID.class), instant(rs, "drafted_at"));
  }

  /** A sign-off of the row's version, its own id in {@code idColumn}. */
  private static RiskSignOff signOff(ResultSet rs, String idColumn, UUID assessmentId) throws SQLException {
    return new RiskSignOff(rs.getObject(idColumn, UUID.class), assessmentId, rs.getInt("version"),
        SignOffDuty.valueOf(rs.getString("duty")), CrewRole.valueOf(rs.getString("crew_role")),
        rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"),
        rs.getObject("shooting_date", LocalDate.class), rs.getString("location"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
