package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.incident.domain.Statement;
import org.setsafe.incident.domain.StatementStore;
import org.setsafe.incident.domain.StatementVersion;
import org.setsafe.incident.domain.Witness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Witness statements in SQL: inserts and reads only. */
@Repository
class JdbcStatementStore implements StatementStore {

  private static final String VERSIONS = "SELECT v.id, v.statement_id, v.incident_id, v.production_id, v.version, "
      + "v.witness_user_id, v.witness_name, v.words, v.about, v.given_at, v.recorded_by, v.words_sha256, "
      + "c.confirmed_by, c.confirmed_at FROM incident_statement_version v "
      + "LEFT JOIN incident_statement_confirmation c ON c.version_id = v.id ";

  private final JdbcClient jdbc;

  JdbcStatementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(StatementVersion v) {
    jdbc.sql("INSERT INTO incident_statement_version (id, statement_id, incident_id, production_id, version, "
            + "witness_user_id, witness_name, words, about, given_at, recorded_by, words_sha256) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(v.id(), v.statementId(), v.incidentId(), v.productionId(), v.version(), v.witness().userId(),
            v.witness().name(), v.words(), utc(v.about()), utc(v.givenAt()), v.recordedBy(), v.wordsSha256())
        .update();
  }

  @Override
  public void insertConfirmation(UUID versionId, StatementVersion.Confirmation c) {
    jdbc.sql("INSERT INTO incident_statement_confirmation (version_id, confirmed_by, confirmed_at) VALUES (?, ?, ?)")
        .params(versionId, c.confirmedBy(), utc(c.confirmedAt())).update();
  }

  @Override
  public Optional<Statement> statement(UUID productionId, UUID incidentId, UUID statementId) {
    List<StatementVersion> versions = jdbc.sql(VERSIONS
            + "WHERE v.production_id = ? AND v.incident_id = ? AND v.statement_id = ? ORDER BY v.version")
        .params(productionId, incidentId, statementId).query(JdbcStatementStore::version).list();
    return versions.isEmpty() ? Optional.empty() : Optional.of(new Statement(versions));
  }

  @Override
  public List<Statement> statements(UUID incidentId) {
    Map<UUID, List<StatementVersion>> byStatement = new LinkedHashMap<>();
    jdbc.sql(VERSIONS + "WHERE v.incident_id = ? ORDER BY v.given_at, v.statement_id, v.version")
        .param(incidentId).query(JdbcStatementStore::version).list()
        .forEach(v -> byStatement.computeIfAbsent(v.statementId(), k -> new java.util.ArrayList<>()).add(v));
    return byStatement.values().stream().map(Statement::new).toList();
  }

  @Override
  public boolean has(UUID incidentId, UUID statementId) {
    return jdbc.sql("SELECT COUNT(*) FROM incident_statement_version WHERE incident_id = ? AND statement_id = ?")
        .params(incidentId, statementId).query(Long.class).single() > 0;
  }

  private static StatementVersion version(ResultSet rs, int n) throws SQLException {
    UUID confirmedBy = rs.getObject("confirmed_by", UUID.class);
    return new StatementVersion(rs.getObject("id", UUID.class), rs.getObject("statement_id", UUID.class),
        rs.getObject("incident_id", UUID.class), rs.getObject("production_id", UUID.class), rs.getInt("version"),
        new Witness(rs.getObject("witness_user_id", UUID.class), rs.getString("witness_name")),
        rs.getString("words"), instant(rs, "about"), instant(rs, "given_at"), rs.getObject("recorded_by", UUID.class),
        rs.getString("words_sha256"),
        confirmedBy == null ? null : new StatementVersion.Confirmation(confirmedBy, instant(rs, "confirmed_at")));
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
