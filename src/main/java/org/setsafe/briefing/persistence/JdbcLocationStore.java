package org.setsafe.briefing.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.domain.LocationHospital;
import org.setsafe.briefing.domain.LocationStore;
import org.setsafe.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLocationStore implements LocationStore {

  private final JdbcClient jdbc;

  JdbcLocationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StoredLocation> locations(UUID productionId) {
    return jdbc.sql("""
        SELECT name, hospital_name, hospital_address, hospital_phone, emergency_notes, drive_minutes, entered_by,
          entered_at FROM briefing_location WHERE production_id = ? ORDER BY name_key""")
        .param(productionId)
        .query((rs, n) -> new StoredLocation(new LocationHospital(rs.getString("name"), rs.getString("hospital_name"),
            rs.getString("hospital_address"), rs.getString("hospital_phone"), rs.getString("emergency_notes"),
            rs.getInt("drive_minutes")), rs.getObject("entered_by", UUID.class),
            rs.getObject("entered_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  @Override
  public void save(UUID productionId, LocationHospital h, UUID enteredBy, Instant enteredAt) {
    String key = LocationHospital.key(h.location());
    int updated = jdbc.sql("""
        UPDATE briefing_location SET name = ?, hospital_name = ?, hospital_address = ?, hospital_phone = ?,
          emergency_notes = ?, drive_minutes = ?, entered_by = ?, entered_at = ?
        WHERE production_id = ? AND name_key = ?""")
        .params(h.location(), h.name(), h.address(), h.phone(), h.emergencyNotes(), h.driveMinutes(), enteredBy,
            utc(enteredAt), productionId, key)
        .update();
    if (updated == 0) {
      try {
        jdbc.sql("""
            INSERT INTO briefing_location (production_id, name_key, name, hospital_name, hospital_address,
              hospital_phone, emergency_notes, drive_minutes, entered_by, entered_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(productionId, key, h.location(), h.name(), h.address(), h.phone(), h.emergencyNotes(),
                h.driveMinutes(), enteredBy, utc(enteredAt))
            .update();
      } catch (DuplicateKeyException e) {
        throw new ConflictException("location", "Concurrent", "someone entered this at the same moment; reload and try again")
            .saying("input.briefing.concurrent");
      }
    }
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
