package org.setsafe.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** What every {@link RecordedFactSource} needs to read its rows: a client that streams, and typed columns. */
public final class FactRows {

  /** Rows fetched per round trip: enough to keep the database busy, few enough to keep memory flat. */
  private static final int FETCH_SIZE = 1_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private FactRows() {}

  /**
   * A client whose queries fetch rows a piece at a time (PostgreSQL does so only inside a transaction, which the
   * reconciliation holds open), so a row callback sees a whole table without it ever being in memory.
   */
  public static JdbcClient streaming(DataSource dataSource) {
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    return JdbcClient.create(template);
  }

  /** Reads one row as a fact. */
  @FunctionalInterface
  public interface Row {
    RecordedFactSource.TableFact read(ResultSet rs) throws SQLException;
  }

  /** Hands each row, read as a fact, to the sink as the database delivers it. */
  public static RowCallbackHandler each(Consumer<RecordedFactSource.TableFact> sink, Row row) {
    return rs -> sink.accept(row.read(rs));
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  /** A module's own JSON copy of a fact, as plain values. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(String text) {
    return JSON.readValue(text, Map.class);
  }
}
