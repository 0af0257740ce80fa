package org.setsafe.incident.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.incident.EvidenceKind;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Involvement;
import org.setsafe.incident.domain.EvidenceItem;
import org.setsafe.incident.domain.HandOver;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.incident.domain.Involved;
import org.setsafe.incident.domain.MedicalDetails;
import org.setsafe.reporting.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incidents and what is kept with them, in SQL; inserts and reads only. */
@Repository
class JdbcIncidentStore implements IncidentStore {

  private static final String INCIDENT_COLUMNS = "id, production_id, kind, severity, location, happened_at, "
      + "what_happened, opened_by, opened_at, source, source_fact_id";
  private static final String ITEM_COLUMNS = "id, incident_id, production_id, kind, what, case_number, logged_by, "
      + "logged_at";
  private static final String HAND_OVER = "SELECT h.id, h.item_id, h.production_id, h.from_name, h.to_name, "
      + "h.to_organisation, h.case_number, h.offered_by, h.offered_at, c.confirmed_by, c.case_number AS confirmed_case, "
      + "c.confirmed_at FROM evidence_hand_over h LEFT JOIN evidence_hand_over_confirmation c ON c.hand_over_id = h.id ";

  private final JdbcClient jdbc;

  JdbcIncidentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(Incident i) {
    jdbc.sql("INSERT INTO incident (" + INCIDENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(i.id(), i.productionId(), i.kind().name(), i.severity().name(), i.where(), utc(i.happenedAt()),
            i.whatHappened(), i.openedBy(), utc(i.openedAt()), i.source(), i.sourceFactId())
        .update();
    for (int n = 0; n < i.people().size(); n++) {
      Involved p = i.people().get(n);
      jdbc.sql("INSERT INTO incident_person (incident_id, position, user_id, name, involvement) VALUES (?, ?, ?, ?, ?)")
          .params(i.id(), n, p.userId(), p.name(), p.involvement().name()).update();
    }
    subjects(i.id(), "WEAPON", i.weaponIds());
    subjects(i.id(), "LOT", i.lotIds());
    subjects(i.id(), "SCENE", i.sceneIds());
  }

  private void subjects(UUID incidentId, String type, Set<UUID> ids) {
    for (UUID id : ids) {
      jdbc.sql("INSERT INTO incident_subject (incident_id, subject_type, subject_id) VALUES (?, ?, ?)")
          .params(incidentId, type, id).update();
    }
  }

  @Override
  public boolean openedFrom(UUID sourceFactId) {
    return jdbc.sql("SELECT COUNT(*) FROM incident WHERE source_fact_id = ?").param(sourceFactId)
        .query(Long.class).single() > 0;
  }

  @Override
  public Optional<Incident> incident(UUID productionId, UUID incidentId) {
    return jdbc.sql("SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE production_id = ? AND id = ?")
        .params(productionId, incidentId).query(JdbcIncidentStore::row).optional().map(this::complete);
  }

  @Override
  public List<Incident> incidents(UUID productionId) {
    return jdbc.sql("SELECT " + INCIDENT_COLUMNS + " FROM incident WHERE production_id = ? ORDER BY opened_at DESC, id")
        .param(productionId).query(JdbcIncidentStore::row).list().stream().map(this::complete).toList();
  }

  /** An incident row with its people and subjects. */
  private Incident complete(Row r) {
    List<Involved> people = jdbc.sql("SELECT user_id, name, involvement FROM incident_person WHERE incident_id = ? "
            + "ORDER BY position")
        .param(r.id()).query((rs, n) -> new Involved(rs.getObject("user_id", UUID.class), rs.getString("name"),
            Involvement.valueOf(rs.getString("involvement")))).list();
    Map<String, Set<UUID>> subjects = new LinkedHashMap<>();
    jdbc.sql("SELECT subject_type, subject_id FROM incident_subject WHERE incident_id = ? ORDER BY subject_type, "
            + "subject_id")
        .param(r.id()).query((rs, n) -> Map.entry(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class)))
        .list().forEach(e -> subjects.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(e.getValue()));
    return new Incident(r.id(), r.productionId(), r.kind(), r.severity(), r.where(), r.happenedAt(), r.whatHappened(),
        r.openedBy(), r.openedAt(), r.source(), r.sourceFactId(), people, subjects.getOrDefault("WEAPON", Set.of()),
        subjects.getOrDefault("LOT", Set.of()), subjects.getOrDefault("SCENE", Set.of()));
  }

  private record Row(UUID id, UUID productionId, IncidentKind kind, Severity severity, String where,
      Instant happenedAt, String whatHappened, UUID openedBy, Instant openedAt, String source, UUID sourceFactId) {}

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        IncidentKind.valueOf(rs.getString("kind")), Severity.valueOf(rs.getString("severity")),
        rs.getString("location"), instant(rs, "happened_at"), rs.getString("what_happened"),
        rs.getObject("opened_by", UUID.class), instant(rs, "opened_at"), rs.getString("source"),
        rs.getObject("source_fact_id", UUID.class));
  }

  @Override
  public void insertMedical(MedicalDetails d) {
    jdbc.sql("INSERT INTO incident_medical (incident_id, details, recorded_by, recorded_at) VALUES (?, ?, ?, ?)")
        .params(d.incidentId(), d.details(), d.recordedBy(), utc(d.recordedAt())).update();
  }

  @Override
  public Optional<MedicalDetails> medical(UUID incidentId) {
    return jdbc.sql("SELECT incident_id, details, recorded_by, recorded_at FROM incident_medical WHERE incident_id = ?")
        .param(incidentId).query((rs, n) -> new MedicalDetails(rs.getObject("incident_id", UUID.class),
            rs.getString("details"), rs.getObject("recorded_by", UUID.class), instant(rs, "recorded_at")))
        .optional();
  }

  @Override
  public void insertPin(Pin pin, byte[] bundle) {
    jdbc.sql("INSERT INTO incident_evidence_pin (incident_id, tree_size, checkpoint, bundle, bundle_sha256, pinned_at) "
            + "VALUES (?, ?, ?, ?, ?, ?)")
        .params(pin.incidentId(), pin.treeSize(), pin.checkpoint(), bundle, pin.bundleSha256(), utc(pin.pinnedAt()))
        .update();
  }

  @Override
  public Optional<Pin> pin(UUID incidentId) {
    return jdbc.sql("SELECT incident_id, tree_size, checkpoint, bundle_sha256, pinned_at FROM incident_evidence_pin "
            + "WHERE incident_id = ?")
        .param(incidentId).query((rs, n) -> new Pin(rs.getObject("incident_id", UUID.class), rs.getLong("tree_size"),
            rs.getString("checkpoint"), rs.getString("bundle_sha256"), instant(rs, "pinned_at")))
        .optional();
  }

  @Override
  public Optional<byte[]> bundle(UUID productionId, UUID incidentId) {
    return jdbc.sql("SELECT p.bundle FROM incident_evidence_pin p JOIN incident i ON i.id = p.incident_id "
            + "WHERE i.production_id = ? AND p.incident_id = ?")
        .params(productionId, incidentId).query((rs, n) -> rs.getBytes("bundle")).optional();
  }

  @Override
  public void insertHolds(UUID incidentId, List<Hold> holds) {
    for (int n = 0; n < holds.size(); n++) {
      Hold h = holds.get(n);
      jdbc.sql("INSERT INTO incident_hold (incident_id, position, hold_id, weapon_id, lot_id, scene_id, placed_now) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(incidentId, n, h.holdId(), h.weaponId(), h.lotId(), h.sceneId(), h.placedNow()).update();
    }
  }

  @Override
  public List<Hold> holds(UUID incidentId) {
    return jdbc.sql("SELECT hold_id, weapon_id, lot_id, scene_id, placed_now FROM incident_hold WHERE incident_id = ? "
            + "ORDER BY position")
        .param(incidentId).query((rs, n) -> new Hold(rs.getObject("hold_id", UUID.class),
            rs.getObject("weapon_id", UUID.class), rs.getObject("lot_id", UUID.class),
            rs.getObject("scene_id", UUID.class), rs.getBoolean("placed_now")))
        .list();
  }

  @Override
  public void insertSource(UUID incidentId, String subject) {
    jdbc.sql("INSERT INTO incident_source (incident_id, subject) VALUES (?, ?)").params(incidentId, subject).update();
  }

  @Override
  public Optional<String> source(UUID incidentId) {
    return jdbc.sql("SELECT subject FROM incident_source WHERE incident_id = ?").param(incidentId)
        .query(String.class).optional();
  }

  @Override
  public void insertReceipt(UUID incidentId, UUID productionId, String lookup, String hash) {
    jdbc.sql("INSERT INTO incident_receipt (incident_id, production_id, receipt_lookup, receipt_hash) "
            + "VALUES (?, ?, ?, ?)")
        .params(incidentId, productionId, lookup, hash).update();
  }

  @Override
  public Optional<Receipt> receipt(String lookup) {
    return jdbc.sql("SELECT incident_id, production_id, receipt_hash FROM incident_receipt WHERE receipt_lookup = ?")
        .param(lookup).query((rs, n) -> new Receipt(rs.getObject("incident_id", UUID.class),
            rs.getObject("production_id", UUID.class), rs.getString("receipt_hash")))
        .optional();
  }

  @Override
  public long openedAnonymouslySince(UUID productionId, Instant since) {
    return jdbc.sql("SELECT COUNT(*) FROM incident WHERE production_id = ? AND source = ? AND opened_at >= ?")
        .params(productionId, Incident.ANONYMOUS, utc(since)).query(Long.class).single();
  }

  @Override
  public void insertItem(EvidenceItem i) {
    jdbc.sql("INSERT INTO evidence_item (" + ITEM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(i.id(), i.incidentId(), i.productionId(), i.kind().name(), i.what(), i.caseNumber(), i.loggedBy(),
            utc(i.loggedAt()))
        .update();
  }

  @Override
  public Optional<EvidenceItem> lockItem(UUID productionId, UUID itemId) {
    return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM evidence_item WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, itemId).query(JdbcIncidentStore::item).optional();
  }

  @Override
  public List<EvidenceItem> items(UUID incidentId) {
    return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM evidence_item WHERE incident_id = ? ORDER BY logged_at, id")
        .param(incidentId).query(JdbcIncidentStore::item).list();
  }

  private static EvidenceItem item(ResultSet rs, int n) throws SQLException {
    return new EvidenceItem(rs.getObject("id", UUID.class), rs.getObject("incident_id", UUID.class),
        rs.getObject("production_id", UUID.class), EvidenceKind.valueOf(rs.getString("kind")), rs.getString("what"),
        rs.getString("case_number"), rs.getObject("logged_by", UUID.class), instant(rs, "logged_at"));
  }

  @Override
  public List<HandOver> handOvers(UUID itemId) {
    return jdbc.sql(HAND_OVER + "WHERE h.item_id = ? ORDER BY h.offered_at, h.id").param(itemId)
        .query(JdbcIncidentStore::handOver).list();
  }

  @Override
  public void insertHandOver(HandOver h, String codeHash) {
    jdbc.sql("INSERT INTO evidence_hand_over (id, item_id, production_id, from_name, to_name, to_organisation, "
            + "case_number, offered_by, offered_at, code_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(h.id(), h.itemId(), h.productionId(), h.fromName(), h.toName(), h.toOrganisation(), h.caseNumber(),
            h.offeredBy(), utc(h.offeredAt()), codeHash)
        .update();
  }

  @Override
  public Optional<HandOver> lockHandOverByCode(String codeHash) {
    return jdbc.sql("SELECT id FROM evidence_hand_over WHERE code_hash = ? FOR UPDATE").param(codeHash)
        .query(UUID.class).optional()
        .flatMap(id -> jdbc.sql(HAND_OVER + "WHERE h.id = ?").param(id).query(JdbcIncidentStore::handOver).optional());
  }

  @Override
  public void insertConfirmation(UUID handOverId, HandOver.Confirmation c) {
    jdbc.sql("INSERT INTO evidence_hand_over_confirmation (hand_over_id, confirmed_by, case_number, confirmed_at) "
            + "VALUES (?, ?, ?, ?)")
        .params(handOverId, c.confirmedBy(), c.caseNumber(), utc(c.confirmedAt())).update();
  }

  private static HandOver handOver(ResultSet rs, int n) throws SQLException {
    String confirmedBy = rs.getString("confirmed_by");
    HandOver.Confirmation confirmation = confirmedBy == null ? null
        : new HandOver.Confirmation(confirmedBy, rs.getString("confirmed_case"), instant(rs, "confirmed_at"));
    return new HandOver(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
        rs.getObject("production_id", UUID.class), rs.getString("from_name"), rs.getString("to_name"),
        rs.getString("to_organisation"), rs.getString("case_number"), rs.getObject("offered_by", UUID.class),
        instant(rs, "offered_at"), confirmation);
  }

  private static OffsetDateTime utc(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
