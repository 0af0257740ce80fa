package org.setsafe.calendar.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.calendar.domain.CalendarFeedStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCalendarFeedStore implements CalendarFeedStore {

  private static final String COLUMNS = "id, user_id, created_at, content_hash, changed_at, last_read_at";

  private final JdbcClient jdbc;

  JdbcCalendarFeedStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void insert(UUID id, UUID userId, String secretHash, Instant createdAt) {
    jdbc.sql("INSERT INTO calendar_feed (id, user_id, secret_hash, created_at) VALUES (?, ?, ?, ?)")
        .params(id, userId, secretHash, utc(createdAt)).update();
  }

  @Override
  public boolean revokeLive(UUID userId, Instant at) {
    return jdbc.sql("UPDATE calendar_feed SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
        .params(utc(at), userId).update() > 0;
  }

  @Override
  public Optional<Feed> live(UUID userId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_feed WHERE user_id = ? AND revoked_at IS NULL")
        .param(userId).query(JdbcCalendarFeedStore::feed).optional();
  }

  @Override
  public Optional<Feed> liveBySecret(String secretHash) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM calendar_feed WHERE secret_hash = ? AND revoked_at IS NULL")
        .param(secretHash).query(JdbcCalendarFeedStore::feed).optional();
  }

  @Override
  public void read(UUID feedId, String contentHash, Instant changedAt, Instant readAt) {
    jdbc.sql("UPDATE calendar_feed SET content_hash = ?, changed_at = ?, last_read_at = ? WHERE id = ?")
        .params(contentHash, utc(changedAt), utc(readAt), feedId).update();
  }

  private static Feed feed(ResultSet rs, int row) throws SQLException {
    return new Feed(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), instant(rs, "created_at"),
        rs.getString("content_hash"), instant(rs, "changed_at"), instant(rs, "last_read_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
