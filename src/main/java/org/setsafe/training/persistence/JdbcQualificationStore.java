package org.setsafe.training.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.setsafe.training.QualificationType;
import org.setsafe.training.domain.CertificationRecord;
import org.setsafe.training.domain.QualificationStore;
import org.setsafe.training.domain.ScanCopy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Qualification records in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcQualificationStore implements QualificationStore {

  private static final String CERTIFICATION_COLUMNS = "id, version, holder_id, type_code, issuer, cert_number,"
      + " issued_on, expires_on, withdrawn, reason, scan_id, via_production_id, recorded_by, recorded_at";
  private static final String LATEST = "NOT EXISTS (SELECT 1 FROM certification later"
      + " WHERE later.id = c.id AND later.version > c.version)";

  private final JdbcClient jdbc;

  JdbcQualificationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<QualificationType> types() {
    return jdbc.sql("SELECT code, label FROM qualification_type ORDER BY built_in DESC, label")
        .query((rs, n) -> new QualificationType(rs.getString("code"), rs.getString("label"))).list();
  }

  /**
   * Built-in types once read: they come with the schema's migrations, and a type is never changed or removed (the
   * database refuses it), so one found stays as found. Spares a statement on every custody step that reads an
   * armorer's permit. Types added on the installation are read each time (one may be in a transaction not yet
   * committed).
   */
  private final Map<String, QualificationType> builtInTypes = new ConcurrentHashMap<>();

  @Override
  public Optional<QualificationType> type(String code) {
    QualificationType builtIn = code == null ? null : builtInTypes.get(code);
    if (builtIn != null) {
      return Optional.of(builtIn);
    }
    return jdbc.sql("SELECT code, label, built_in FROM qualification_type WHERE code = ?").param(code)
        .query((rs, n) -> {
          QualificationType type = new QualificationType(rs.getString("code"), rs.getString("label"));
          if (rs.getBoolean("built_in")) {
            builtInTypes.put(type.code(), type);
          }
          return type;
        }).optional();
  }

  @Override
  public void insertType(QualificationType type, UUID addedBy, Instant addedAt) {
    jdbc.sql("INSERT INTO qualification_type (code, label, built_in, added_by, added_at) VALUES (?, ?, FALSE, ?, ?)")
        .params(type.code(), type.label(), addedBy, utc(addedAt)).update();
  }

  @Override
  public void insertScan(UUID scanId, UUID holderId, ScanCopy scan, String fileName, String sha256, UUID recordedBy,
      Instant recordedAt) {
    jdbc.sql("""
        INSERT INTO certification_scan (id, holder_id, media_type, file_name, byte_count, sha256, content, recorded_by,
          recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(scanId, holderId, scan.mediaType(), fileName, scan.content().length, sha256, scan.content(), recordedBy,
            utc(recordedAt))
        .update();
  }

  @Override
  public Optional<StoredScan> scan(UUID scanId) {
    return jdbc.sql("SELECT id, holder_id, media_type, file_name, byte_count, sha256 FROM certification_scan WHERE id = ?")
        .param(scanId)
        .query((rs, n) -> new StoredScan(rs.getObject("id", UUID.class), rs.getObject("holder_id", UUID.class),
            rs.getString("media_type"), rs.getString("file_name"), rs.getInt("byte_count"), rs.getString("sha256")))
        .optional();
  }

  @Override
  public Optional<byte[]> scanContent(UUID scanId) {
    return jdbc.sql("SELECT content FROM certification_scan WHERE id = ?").param(scanId)
        .query((rs, n) -> rs.getBytes("content")).optional();
  }

  @Override
  public void insertCertification(CertificationRecord c) {
    jdbc.sql("INSERT INTO certification (" + CERTIFICATION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(c.certificationId(), c.version(), c.holderId(), c.typeCode(), c.issuer(), c.number(), c.issuedOn(),
            c.expiresOn(), c.withdrawn(), c.reason(), c.scanId(), c.viaProductionId(), c.recordedBy(),
            utc(c.recordedAt()))
        .update();
  }

  @Override
  public List<CertificationRecord> certificationsOf(UUID holderId) {
    return jdbc.sql("SELECT " + CERTIFICATION_COLUMNS + " FROM certification c WHERE holder_id = ?"
            + " ORDER BY recorded_at, id, version")
        .param(holderId).query((rs, n) -> certification(rs)).list();
  }

  @Override
  public List<CertificationRecord> inForce(Set<UUID> holderIds) {
    if (holderIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + CERTIFICATION_COLUMNS + " FROM certification c WHERE holder_id IN (:holders) AND "
            + LATEST + " ORDER BY recorded_at, id")
        .param("holders", holderIds).query((rs, n) -> certification(rs)).list();
  }

  @Override
  public List<CertificationRecord> expiringBetween(LocalDate from, LocalDate until) {
    return jdbc.sql("SELECT " + CERTIFICATION_COLUMNS + " FROM certification c WHERE expires_on >= ? AND expires_on <= ?"
            + " AND withdrawn = FALSE AND " + LATEST + " ORDER BY expires_on, id")
        .params(from, until).query((rs, n) -> certification(rs)).list();
  }

  @Override
  public void insertVerification(Verification v) {
    jdbc.sql("""
        INSERT INTO certification_verification (id, certification_id, version, production_id, verified_by, verified_at,
          note) VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(v.id(), v.certificationId(), v.version(), v.productionId(), v.verifiedBy(), utc(v.verifiedAt()), v.note())
        .update();
  }

  @Override
  public List<Verification> verificationsOf(UUID holderId) {
    return jdbc.sql("""
        SELECT v.id, v.certification_id, v.version, v.production_id, v.verified_by, v.verified_at, v.note
        FROM certification_verification v
        JOIN certification c ON c.id = v.certification_id AND c.version = v.version
        WHERE c.holder_id = ? ORDER BY v.verified_at""")
        .param(holderId)
        .query((rs, n) -> new Verification(rs.getObject("id", UUID.class), rs.getObject("certification_id", UUID.class),
            rs.getInt("version"), rs.getObject("production_id", UUID.class), rs.getObject("verified_by", UUID.class),
            instant(rs, "verified_at"), rs.getString("note")))
        .list();
  }

  @Override
  public boolean insertReminderOnce(Reminder r) {
    // Checked first so that on PostgreSQL the usual case does not abort the transaction; the unique key
    // still decides when two sweeps race.
    if (remindersFor(r.certificationId(), r.expiresOn()).stream().anyMatch(x -> x.daysBefore() == r.daysBefore())) {
      return false;
    }
    try {
      jdbc.sql("""
          INSERT INTO qualification_reminder (fact_id, certification_id, holder_id, type_code, expires_on, days_before,
            recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
          .params(r.factId(), r.certificationId(), r.holderId(), r.typeCode(), r.expiresOn(), r.daysBefore(),
              utc(r.recordedAt()))
          .update();
      return true;
    } catch (DuplicateKeyException raced) {
      return false;
    }
  }

  @Override
  public List<Reminder> remindersFor(UUID certificationId, LocalDate expiresOn) {
    return jdbc.sql("SELECT * FROM qualification_reminder WHERE certification_id = ? AND expires_on = ?"
            + " ORDER BY recorded_at")
        .params(certificationId, expiresOn).query((rs, n) -> reminder(rs)).list();
  }

  @Override
  public List<Reminder> remindersOf(UUID holderId) {
    return jdbc.sql("SELECT * FROM qualification_reminder WHERE holder_id = ? ORDER BY recorded_at DESC")
        .param(holderId).query((rs, n) -> reminder(rs)).list();
  }

  private static Reminder reminder(ResultSet rs) throws SQLException {
    return new Reminder(rs.getObject("fact_id", UUID.class), rs.getObject("certification_id", UUID.class),
        rs.getObject("holder_id", UUID.class), rs.getString("type_code"), rs.getObject("expires_on", LocalDate.class),
        rs.getInt("days_before"), instant(rs, "recorded_at"));
  }

  private static CertificationRecord certification(ResultSet rs) throws SQLException {
    return new CertificationRecord(rs.getObject("id", UUID.class), rs.getInt("version"),
        rs.getObject("holder_id", UUID.class), rs.getString("type_code"), rs.getString("issuer"),
        rs.getString("cert_number"), rs.getObject("issued_on", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class), rs.getBoolean("withdrawn"), rs.getString("reason"),
        rs.getObject("scan_id", UUID.class), rs.getObject("via_production_id", UUID.class),
        rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
