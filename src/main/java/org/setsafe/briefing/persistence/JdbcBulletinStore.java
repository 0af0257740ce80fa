package org.setsafe.briefing.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.briefing.domain.BulletinStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Safety bulletins in SQL, insert and select only (PostgreSQL triggers refuse the rest). */
@Repository
class JdbcBulletinStore implements BulletinStore {

  private static final String COLUMNS = "id, production_id, title, reference, body, applies_from, every_day,"
      + " attached_by, attached_at";

  private final JdbcClient jdbc;

  JdbcBulletinStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insertBulletin(StoredBulletin b) {
    jdbc.sql("INSERT INTO safety_bulletin (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(b.id(), b.productionId(), b.title(), b.reference(), b.body(), b.appliesFrom(), b.everyDay(),
            b.attachedBy(), JdbcSafetyMeetingStore.utc(b.attachedAt()))
        .update();
  }

  @Override
  public List<StoredBulletin> bulletins(UUID productionId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM safety_bulletin WHERE production_id = ? ORDER BY attached_at, id")
        .param(productionId).query((rs, n) -> bulletin(rs)).list();
  }

  @Override
  public Optional<StoredBulletin> bulletin(UUID productionId, UUID bulletinId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM safety_bulletin WHERE production_id = ? AND id = ?")
        .params(productionId, bulletinId).query((rs, n) -> bulletin(rs)).optional();
  }

  @Override
  public Optional<StoredBulletin> lockBulletin(UUID productionId, UUID bulletinId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM safety_bulletin WHERE production_id = ? AND id = ? FOR UPDATE")
        .params(productionId, bulletinId).query((rs, n) -> bulletin(rs)).optional();
  }

  @Override
  public void insertAcknowledgment(StoredAcknowledgment a) {
    jdbc.sql("INSERT INTO safety_bulletin_acknowledgment (bulletin_id, user_id, fact_id, acknowledged_at)"
            + " VALUES (?, ?, ?, ?)")
        .params(a.bulletinId(), a.userId(), a.factId(), JdbcSafetyMeetingStore.utc(a.acknowledgedAt())).update();
  }

  @Override
  public List<StoredAcknowledgment> acknowledgmentsOf(List<UUID> bulletinIds) {
    if (bulletinIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM safety_bulletin_acknowledgment WHERE bulletin_id IN (:ids)"
            + " ORDER BY acknowledged_at, user_id")
        .param("ids", bulletinIds)
        .query((rs, n) -> new StoredAcknowledgment(rs.getObject("bulletin_id", UUID.class),
            rs.getObject("user_id", UUID.class), rs.getObject("fact_id", UUID.class),
            JdbcSafetyMeetingStore.instant(rs, "acknowledged_at")))
        .list();
  }

  private static StoredBulletin bulletin(ResultSet rs) throws SQLException {
    return new StoredBulletin(rs.getObject("id", UUID.class), rs.getObject("production_id", UUID.class),
        rs.getString("title"), rs.getString("reference"), rs.getString("body"),
        rs.getObject("applies_from", java.time.LocalDate.class), rs.getBoolean("every_day"),
        rs.getObject("attached_by", UUID.class), JdbcSafetyMeetingStore.instant(rs, "attached_at"));
  }
}
