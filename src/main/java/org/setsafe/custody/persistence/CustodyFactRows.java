package org.setsafe.custody.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.setsafe.shared.FactRows;
import org.setsafe.shared.RecordedFactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Custody's recorded facts read back from its tables for the ledger's reconciliation: every custody event
 * (kept whole as JSON beside the columns copied from it, so every field compares, and the copied columns too),
 * the register's entries (each weapon version, each lot), which keep every field of their fact but its id, and
 * each weapon photo (its hash and size; the fact does not carry the bytes).
 */
@Component
class CustodyFactRows implements RecordedFactSource {

  private final JdbcClient jdbc;

  CustodyFactRows(DataSource dataSource) {
    this.jdbc = FactRows.streaming(dataSource);
  }

  @Override
  public List<FactKind> kinds() {
    Stream<FactKind> events = JdbcCustodyStore.KINDS.keySet().stream()
        .map(kind -> new FactKind(kind, "custody_event", fact -> "event:" + fact.get("eventId")));
    return Stream.concat(events, Stream.of(
        new FactKind("custody.weapon-registered", "weapon", fact -> "weapon:" + fact.get("weaponId") + " v1"),
        new FactKind("custody.weapon-record-corrected", "weapon",
            fact -> "weapon:" + fact.get("weaponId") + " v" + fact.get("version")),
        new FactKind("custody.lot-registered", "ammunition_lot", fact -> "lot:" + fact.get("lotId")),
        new FactKind("custody.weapon-photographed", "weapon_photo", fact -> "photos:" + fact.get("weaponId"))))
        .toList();
  }

  @Override
  public void forEachFact(UUID productionId, Consumer<TableFact> facts) {
    if (productionId == null) {
      return;
    }
    jdbc.sql("SELECT seq, event_id, production_id, weapon_id, lot_id, kind, actor_id, occurred_at, payload "
            + "FROM custody_event WHERE production_id = ? ORDER BY seq")
        .param(productionId).query(FactRows.each(facts, CustodyFactRows::event));
    jdbc.sql("SELECT * FROM weapon WHERE production_id = ? ORDER BY id, version")
        .param(productionId).query(FactRows.each(facts, CustodyFactRows::weapon));
    jdbc.sql("SELECT * FROM ammunition_lot WHERE production_id = ? ORDER BY id")
        .param(productionId).query(FactRows.each(facts, CustodyFactRows::lot));
    // A weapon's photos pair with its photographed facts in the order they were taken; the bytes stay in the table.
    jdbc.sql("SELECT id, production_id, weapon_id, content_type, OCTET_LENGTH(bytes) AS byte_count, sha256, added_by, "
            + "added_at FROM weapon_photo WHERE production_id = ? ORDER BY weapon_id, added_at, id")
        .param(productionId).query(FactRows.each(facts, CustodyFactRows::photo));
  }

  private static TableFact event(ResultSet rs) throws SQLException {
    List<Field> fields = new ArrayList<>();
    Map<String, Object> payload = FactRows.json(rs.getString("payload"));
    payload.forEach((name, value) -> fields.add(new Field(name, "payload", value)));
    // The columns copied beside the payload are what custody's queries read: they must say the same.
    fields.add(new Field("eventId", "event_id", rs.getObject("event_id", UUID.class)));
    fields.add(new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)));
    fields.add(new Field("actorId", "actor_id", rs.getObject("actor_id", UUID.class)));
    fields.add(new Field("occurredAt", "occurred_at", rs.getObject("occurred_at", OffsetDateTime.class).toInstant()));
    UUID weaponId = rs.getObject("weapon_id", UUID.class);
    if (weaponId != null) {
      fields.add(new Field("weaponId", "weapon_id", weaponId));
    }
    return new TableFact(rs.getString("kind"), "custody_event", "seq " + rs.getLong("seq"),
        "event:" + rs.getObject("event_id", UUID.class), fields);
  }

  /**
   * A weapon's version; its fact's time is the version's recorded_at. Entries made before the fact carried
   * {@code weaponKind} have no such field, and a field the fact lacks is not compared.
   */
  private static TableFact weapon(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    int version = rs.getInt("version");
    List<Field> fields = new ArrayList<>(List.of(
        new Field("weaponId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "recorded_by", rs.getObject("recorded_by", UUID.class)),
        new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at")),
        new Field("weaponKind", "kind", rs.getString("kind")),
        new Field("serial", "serial", rs.getString("serial")),
        new Field("manufacturerOrImporter", "manufacturer_or_importer", rs.getString("manufacturer_or_importer")),
        new Field("model", "model", rs.getString("model")),
        new Field("type", "firearm_type", rs.getString("firearm_type")),
        new Field("caliberOrGauge", "caliber_or_gauge", rs.getString("caliber_or_gauge")),
        new Field("ownerName", "owner_name", rs.getString("owner_name")),
        new Field("ownerLicenceNumber", "owner_licence_number", rs.getString("owner_licence_number")),
        new Field("condition", "condition_note", rs.getString("condition_note")),
        new Field("notes", "notes", rs.getString("notes"))));
    if (version > 1) {
      fields.add(new Field("version", "version", version));
      fields.add(new Field("reason", "correction_reason", rs.getString("correction_reason")));
    }
    return new TableFact(version == 1 ? "custody.weapon-registered" : "custody.weapon-record-corrected", "weapon",
        id + " v" + version, "weapon:" + id + " v" + version, fields);
  }

  private static TableFact lot(ResultSet rs) throws SQLException {
    UUID id = rs.getObject("id", UUID.class);
    return new TableFact("custody.lot-registered", "ammunition_lot", id.toString(), "lot:" + id, List.of(
        new Field("lotId", "id", id),
        new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
        new Field("actorId", "recorded_by", rs.getObject("recorded_by", UUID.class)),
        new Field("occurredAt", "recorded_at", FactRows.instant(rs, "recorded_at")),
        new Field("roundClass", "round_class", rs.getString("round_class")),
        new Field("caliber", "caliber", rs.getString("caliber")),
        new Field("supplier", "supplier", rs.getString("supplier")),
        new Field("receivedOn", "received_on", FactRows.date(rs, "received_on")),
        new Field("count", "round_count", rs.getInt("round_count")),
        new Field("origin", "origin", rs.getString("origin"))));
  }

  private static TableFact photo(ResultSet rs) throws SQLException {
    UUID weaponId = rs.getObject("weapon_id", UUID.class);
    return new TableFact("custody.weapon-photographed", "weapon_photo", rs.getObject("id", UUID.class).toString(),
        "photos:" + weaponId, List.of(
            new Field("weaponId", "weapon_id", weaponId),
            new Field("productionId", "production_id", rs.getObject("production_id", UUID.class)),
            new Field("actorId", "added_by", rs.getObject("added_by", UUID.class)),
            new Field("occurredAt", "added_at", FactRows.instant(rs, "added_at")),
            new Field("contentType", "content_type", rs.getString("content_type")),
            new Field("bytes", "bytes", rs.getInt("byte_count")),
            new Field("sha256", "sha256", rs.getString("sha256"))));
  }
}
