package org.setsafe.operations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.setsafe.operations.domain.PendingPublication;
import org.setsafe.operations.domain.PendingPublications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads Spring Modulith's {@code event_publication} table (schema v2) without deserialising the events: a fact
 * whose class no longer reads must still be counted.
 */
@Repository
class JdbcPendingPublications implements PendingPublications {

  private final JdbcClient jdbc;

  JdbcPendingPublications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<PendingPublication> incomplete() {
    return jdbc.sql("SELECT id, listener_id, event_type, publication_date, completion_attempts, last_resubmission_date "
            + "FROM event_publication WHERE completion_date IS NULL ORDER BY publication_date, id")
        .query((rs, n) -> new PendingPublication(rs.getObject("id", UUID.class), rs.getString("listener_id"),
            rs.getString("event_type"), instant(rs, "publication_date"), rs.getInt("completion_attempts"),
            instant(rs, "last_resubmission_date")))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
