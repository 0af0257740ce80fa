package org.setsafe.briefing.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.SafetyContact;
import org.setsafe.briefing.SafetyContactKind;
import org.setsafe.briefing.domain.SafetyContactDetails;
import org.setsafe.briefing.domain.SafetyContactStore;
import org.setsafe.shared.ConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSafetyContactStore implements SafetyContactStore {

  private final JdbcClient jdbc;

  JdbcSafetyContactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<SafetyContact> contacts(UUID productionId) {
    return jdbc.sql("SELECT kind, name, phone, hours, notes, named_by, named_at FROM briefing_safety_contact"
            + " WHERE production_id = ?")
        .param(productionId)
        .query((rs, n) -> new SafetyContact(SafetyContactKind.valueOf(rs.getString("kind")), rs.getString("name"),
            rs.getString("phone"), rs.getString("hours"), rs.getString("notes"), rs.getObject("named_by", UUID.class),
            rs.getObject("named_at", OffsetDateTime.class).toInstant()))
        .list().stream().sorted(java.util.Comparator.comparing(SafetyContact::kind)).toList();
  }

  @Override
  public void save(UUID productionId, SafetyContactDetails c, UUID namedBy, Instant namedAt) {
    int updated = jdbc.sql("""
        UPDATE briefing_safety_contact SET name = ?, phone = ?, hours = ?, notes = ?, named_by = ?, named_at = ?
        WHERE production_id = ? AND kind = ?""")
        .params(c.name(), c.phone(), c.hours(), c.notes(), namedBy, JdbcLocationStore.utc(namedAt), productionId,
            c.kind().name())
        .update();
    if (updated == 0) {
      try {
        jdbc.sql("""
            INSERT INTO briefing_safety_contact (production_id, kind, name, phone, hours, notes, named_by, named_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(productionId, c.kind().name(), c.name(), c.phone(), c.hours(), c.notes(), namedBy,
                JdbcLocationStore.utc(namedAt))
            .update();
      } catch (DuplicateKeyException e) {
        throw new ConflictException("kind", "Concurrent", "someone entered this at the same moment; reload and try again")
            .saying("input.briefing.concurrent");
      }
    }
  }

  @Override
  public void remove(UUID productionId, SafetyContactKind kind) {
    jdbc.sql("DELETE FROM briefing_safety_contact WHERE production_id = ? AND kind = ?")
        .params(productionId, kind.name()).update();
  }
}
