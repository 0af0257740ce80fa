package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.incident.domain.InvestigationStore;
import org.setsafe.incident.domain.InvestigatorGrant;
import org.setsafe.incident.domain.SignOff;
import org.setsafe.incident.domain.SigningRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sign-offs, investigators' grants, revocations and reads, in SQL; inserts and reads only. */
@Repository
class JdbcInvestigationStore implements InvestigationStore {

  private static final String GRANT = "SELECT g.id, g.incident_id, g.production_id, g.name, g.organisation, g.email, "
      + "g.granted_by, g.granted_at, g.expires_at, g.token_hash, r.revoked_by, r.revoked_at FROM investigator_grant g "
      + "LEFT JOIN investigator_grant_revocation r ON r.grant_id = g.id ";

  private final JdbcClient jdbc;

  JdbcInvestigationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertSignOff(SignOff s) {
    jdbc.sql("INSERT INTO incident_report_sign_off (id, incident_id, production_id, role, signed_by, signed_at, "
            + "report_sha256) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(s.id(), s.incidentId(), s.productionId(), s.role().name(), s.signedBy(), utc(s.signedAt()),
            s.reportSha256())
        .update();
  }

  @Override
  public List<SignOff> signOffs(UUID incidentId) {
    return jdbc.sql("SELECT id, incident_id, production_id, role, signed_by, signed_at, report_sha256 "
            + "FROM incident_report_sign_off WHERE incident_id = ? ORDER BY signed_at, id")
        .param(incidentId)
        .query((rs, n) -> new SignOff(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
            rs.getObject("production_id", UUID.class), SigningRole.valueOf(rs.getString("role")),
            rs.getObject("signed_by", UUID.class), instant(rs, "signed_at"), rs.getString("report_sha256")))
        .list();
  }

  @Override
  public void insertGrant(InvestigatorGrant g, String tokenHash) {
    jdbc.sql("INSERT INTO investigator_grant (id, incident_id, production_id, name, organisation, email, granted_by, "
            + "granted_at, expires_at, token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(g.id(), g.incidentId(), g.productionId(), g.name(), g.organisation(), g.email(), g.grantedBy(),
            utc(g.grantedAt()), utc(g.expiresAt()), tokenHash)
        .update();
  }

  @Override
  public List<InvestigatorGrant> grants(UUID incidentId) {
    return jdbc.sql(GRANT + "WHERE g.incident_id = ? ORDER BY g.granted_at DESC, g.id").param(incidentId)
        .query((rs, n) -> keyed(rs).grant()).list();
  }

  @Override
  public Optional<InvestigatorGrant> grant(UUID incidentId, UUID grantId) {
    return jdbc.sql(GRANT + "WHERE g.incident_id = ? AND g.id = ?").params(incidentId, grantId)
        .query((rs, n) -> keyed(rs).grant()).optional();
  }

  @Override
  public Optional<Keyed> grantByTokenHash(String tokenHash) {
    return jdbc.sql(GRANT + "WHERE g.token_hash = ?").param(tokenHash).query((rs, n) -> keyed(rs)).optional();
  }

  private static Keyed keyed(ResultSet rs) throws SQLException {
    UUID revokedBy = rs.getObject("revoked_by", UUID.class);
    InvestigatorGrant.Revocation revocation = revokedBy == null ? null
        : new InvestigatorGrant.Revocation(revokedBy, instant(rs, "revoked_at"));
    return new Keyed(new InvestigatorGrant(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
        rs.getObject("production_id", UUID.class), rs.getString("name"), rs.getString("organisation"),
        rs.getString("email"), rs.getObject("granted_by", UUID.class), instant(rs, "granted_at"),
        instant(rs, "expires_at"), revocation), rs.getString("token_hash"));
  }

  @Override
  public void insertRevocation(UUID grantId, InvestigatorGrant.Revocation r) {
    jdbc.sql("INSERT INTO investigator_grant_revocation (grant_id, revoked_by, revoked_at) VALUES (?, ?, ?)")
        .params(grantId, r.revokedBy(), utc(r.revokedAt())).update();
  }

  @Override
  public void insertRead(Read r, UUID incidentId) {
    jdbc.sql("INSERT INTO investigator_read (id, grant_id, incident_id, what, read_at) VALUES (?, ?, ?, ?, ?)")
        .params(r.id(), r.grantId(), incidentId, r.what(), utc(r.readAt())).update();
  }

  @Override
  public List<Read> reads(UUID incidentId) {
    return jdbc.sql("SELECT r.id, r.grant_id, g.name, g.organisation, r.what, r.read_at FROM investigator_read r "
            + "JOIN investigator_grant g ON g.id = r.grant_id WHERE r.incident_id = ? ORDER BY r.read_at DESC, r.id")
        .param(incidentId)
        .query((rs, n) -> new Read(rs.getObject("id", UUID.class), rs.getObject("grant_id", UUID.class),
            rs.getString("name"), rs.getString("organisation"), rs.getString("what"), instant(rs, "read_at")))
        .list();
  }

  @Override
  public long readsBy(UUID grantId) {
    return jdbc.sql("SELECT COUNT(*) FROM investigator_read WHERE grant_id = ?").param(grantId).query(Long.class)
        .single();
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
