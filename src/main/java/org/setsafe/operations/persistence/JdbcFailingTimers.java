package org.setsafe.operations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.setsafe.operations.domain.FailingTimer;
import org.setsafe.operations.domain.FailingTimers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads db-scheduler's {@code scheduled_tasks}: a job keeps its count of consecutive failures until a run succeeds. */
@Repository
class JdbcFailingTimers implements FailingTimers {

  private final JdbcClient jdbc;

  JdbcFailingTimers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<FailingTimer> failing() {
    return jdbc.sql("SELECT task_name, task_instance, consecutive_failures, last_failure, execution_time "
            + "FROM scheduled_tasks WHERE consecutive_failures > 0 ORDER BY last_failure, task_name, task_instance")
        .query((rs, n) -> new FailingTimer(rs.getString("task_name"), rs.getString("task_instance"),
            rs.getInt("consecutive_failures"), instant(rs, "last_failure"), instant(rs, "execution_time")))
        .list();
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
