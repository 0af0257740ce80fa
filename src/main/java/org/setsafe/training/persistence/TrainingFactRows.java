package org.setsafe.training.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Training's recorded facts read back from its tables for the ledger's reconciliation: each version of a
 * certification (recorded, corrected or withdrawn), each verification of one, and each armorer's briefing of a
 * performer. A certification recorded through a production is in that production's log; one a person recorded
 * for themselves, in the installation's.
 */
@Component
class TrainingFactRows implements RecordedFactSource {

  private final JdbcClient jdbc;

  TrainingFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    return List.of(
        new FactKind("training.certification-recorded", "certification",
            fact -> certificationKey(fact.get("certificationId"), 1)),
        new FactKind("training.certification-corrected", "certification",
            fact -> certificationKey(fact.get("certificationId"), fact.get("version"))),
        new FactKind("training.certification-withdrawn", "certification",
            fact -> certificationKey(fact.get("certificationId"), fact.get("version"))),
        new FactKind("training.certification-verified", "certification_verification",
            fact -> "verified:" + certificationKey(fact.get("certificationId"), fact.get("version"))),
        new FactKind("training.armorer-briefing-recorded", "armorer_briefing",
            fact -> "briefing:" + fact.get("briefingId")));
  }

  private static String certificationKey(Object certificationId, Object version) {
    return "certification:" + certificationId + " v" + version;
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    String viaProduction = productionId == null ? "c.via_production_id IS NULL" : "c.via_production_id = :production";
    var certifications = jdbc.sql("SELECT c.*, s.sha256 FROM certification c "
        + "LEFT JOIN certification_scan s ON s.id = c.scan_id WHERE " + viaProduction + " ORDER BY c.id, c.version");
    (productionId == null ? certifications : certifications.param("production", productionId))
        .query(FactRows.each(facts, TrainingFactRows::certification));
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT * FROM certification_verification WHERE production_id = ? "
            + "ORDER BY certification_id, version, verified_at, id").param(productionId)
        .query(FactRows.each(facts, TrainingFactRows::verification));
    jdbc.sql("SELECT * FROM armorer_briefing WHERE production_id = ? ORDER BY id").param(productionId)
        .query(FactRows.each(facts, TrainingFactRows::briefing));
  }

  /** A certification's version; a withdrawal's fact names the certificate, not its details again. */
  private static TableFact certification(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    int version = rs.getInt("version");
    boolean withdrawn = rs.getBoolean("withdrawn");
    String kind = version == 1 ? "training.certification-recorded"
        : withdrawn ? "training.certification-withdrawn" : "training.certification-corrected";
    List<Field> fields = new ArrayList<>(List.of(
        new Field("certificationId", "id", id),
        new Field("productionId", "via_production_id", rs.getObject("via_production_id", UUID.class)),
        new Field("actorId", "recorded_by", rs.getObject("recorded_by", UUID.class)),
        new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at")),
        new Field("holderId", "holder_id", rs.getObject("holder_id", UUID.class)),
        new Field("typeCode", "type_code", rs.getString("type_code"))));
    if (version > 1) {
      fields.add(new Field("version", "version", version));
      fields.add(new Field("reason", "reason", rs.getString("reason")));
    }
    if (!withdrawn) {
      fields.add(new Field("issuer", "issuer", rs.getString("issuer")));
      fields.add(new Field("number", "cert_number", rs.getString("cert_number")));
      fields.add(new Field("issuedOn", "issued_on", FactRows.date(rs, "issued_on")));
      fields.add(new Field("expiresOn", "expires_on", FactRows.date(rs, "expires_on")));
      fields.add(new Field("scanId", "scan_id", rs.getObject("scan_id", UUID.class)));
      fields.add(new Field("scanSha256", "certification_scan.sha256", rs.getString("sha256")));
    }
    return new TableFact(kind, "certification", id + " v" + version, certificationKey(id, version), fields);
  }

  private static TableFact verification(ResultSet rs) throws SQLException {
    UUID certificationId = rs.getObject("certification_id", UUID.class);
    int version = rs.getInt("version");
    return new TableFact("training.certification-verified", "certification_verification",
        rs.getObject("id", UUID.class).toString(), "verified:" + certificationKey(certificationId, version), List.of(
            new Field("certificationId", "certification_id", certificationId),
            new Field("version", "version", version),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("actorId", "verified_by", rs.getObject("verified_by", UUID.class)),
            new Field("occurredAt", "verified_at", FactRows.instant(rs, "verified_at")),
            new Field("note", "note", rs.getString("note"))));
  }

  private static TableFact briefing(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("training.armorer-briefing-recorded", "armorer_briefing", id.toString(), "briefing:" + id,
        List.of(
            new Field("briefingId", "id", id),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("performerId", "performer_id", rs.getObject("performer_id", UUID.class)),
            new Field("actorId", "armorer_id", rs.getObject("armorer_id", UUID.class)),
            new Field("givenOn", "given_on", FactRows.date(rs, "given_on")),
            new Field("topics", "topics", rs.getString("topics")),
            new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at"))));
  }
}
