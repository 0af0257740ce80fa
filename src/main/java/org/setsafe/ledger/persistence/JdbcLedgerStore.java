package org.setsafe.ledger.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.LedgerLog;
import org.setsafe.ledger.SignedCheckpoint;
import org.setsafe.ledger.domain.LedgerStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's tables. Only INSERT and SELECT: there is no UPDATE or DELETE in this class, on purpose. */
@Repository
class JdbcLedgerStore implements LedgerStore {

  private static final String LOG_COLUMNS = "id, scope, production_id, origin, created_at";
  private static final String ENTRY_COLUMNS =
      "log_id, entry_index, fact_id, kind, actor_id, occurred_at, recorded_at, leaf, leaf_hash";
  private static final String CHECKPOINT_COLUMNS = "log_id, tree_size, note, key_name, signed_at";
  /** Rows fetched per round trip when streaming a whole log. */
  private static final int STREAM_FETCH_SIZE = 2_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  JdbcLedgerStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  @Override
  public Optional<LedgerLog> logByScope(String scope) {
    return jdbc.sql("SELECT " + LOG_COLUMNS + " FROM ledger_log WHERE scope = ?").param(scope)
        .query(JdbcLedgerStore::log).optional();
  }

  @Override
  public Optional<LedgerLog> log(UUID logId) {
    return jdbc.sql("SELECT " + LOG_COLUMNS + " FROM ledger_log WHERE id = ?").param(logId)
        .query(JdbcLedgerStore::log).optional();
  }

  @Override
  public List<LedgerLog> logs() {
    return jdbc.sql("SELECT " + LOG_COLUMNS + " FROM ledger_log ORDER BY created_at, id").query(JdbcLedgerStore::log)
        .list();
  }

  @Override
  public List<LedgerLog> logsAheadOfTheirCheckpoints() {
    // Each side is one backward index probe (see size()), so the sweep stays cheap however long the logs.
    return jdbc.sql("SELECT " + LOG_COLUMNS + " FROM ledger_log l WHERE COALESCE((SELECT e.entry_index + 1 "
            + "FROM ledger_entry e WHERE e.log_id = l.id ORDER BY e.entry_index DESC LIMIT 1), 0) > "
            + "COALESCE((SELECT c.tree_size FROM ledger_checkpoint c WHERE c.log_id = l.id "
            + "ORDER BY c.tree_size DESC LIMIT 1), 0) ORDER BY created_at, id")
        .query(JdbcLedgerStore::log).list();
  }

  @Override
  public LedgerLog addLog(LedgerLog log) {
    try {
      jdbc.sql("INSERT INTO ledger_log (" + LOG_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
          .params(log.id(), log.scope(), log.productionId(), log.origin(), utc(log.createdAt())).update();
      return log;
    } catch (DuplicateKeyException alreadyThere) {
      return logByScope(log.scope()).orElseThrow(() -> alreadyThere);
    }
  }

  @Override
  public long lockForAppend(UUID logId) {
    jdbc.sql("SELECT id FROM ledger_log WHERE id = ? FOR UPDATE").param(logId).query(UUID.class).single();
    // A separate statement on purpose: in READ COMMITTED, a query that waited for the lock still reads
    // with the snapshot it started with, so a size read in the same statement can miss the entries the
    // previous lock holder just committed, and hand out an index twice.
    return size(logId);
  }

  /**
   * Asked inside every append, so it must stay one index probe however large the log. Written as
   * ORDER BY … LIMIT 1 rather than MAX(): PostgreSQL caches a prepared statement's generic plan, and
   * one made while the table was small aggregates over every entry of the log, for good.
   */
  @Override
  public long size(UUID logId) {
    return jdbc.sql("SELECT entry_index + 1 FROM ledger_entry WHERE log_id = ? ORDER BY entry_index DESC LIMIT 1")
        .param(logId).query(Long.class).optional().orElse(0L);
  }

  @Override
  public Map<UUID, LedgerEntry> recorded(Collection<UUID> factIds) {
    Map<UUID, LedgerEntry> found = new HashMap<>();
    if (factIds.isEmpty()) {
      return found;
    }
    jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE fact_id IN (:ids)").param("ids", factIds)
        .query(JdbcLedgerStore::entry).list().forEach(e -> found.put(e.factId(), e));
    return found;
  }

  @Override
  public void append(List<LedgerEntry> entries, List<List<String>> subjects) {
    template.batchUpdate("INSERT INTO ledger_entry (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        entries, entries.size(), (PreparedStatement ps, LedgerEntry e) -> {
          ps.setObject(1, e.logId());
          ps.setLong(2, e.index());
          ps.setObject(3, e.factId());
          ps.setString(4, e.kind());
          ps.setObject(5, e.actorId());
          ps.setObject(6, utc(e.occurredAt()));
          ps.setObject(7, utc(e.recordedAt()));
          ps.setString(8, e.leaf());
          ps.setBytes(9, e.leafHash());
        });
    List<Object[]> subjectRows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String subject : subjects.get(i)) {
        subjectRows.add(new Object[] {subject, entries.get(i).logId(), entries.get(i).index()});
      }
    }
    if (!subjectRows.isEmpty()) {
      template.batchUpdate("INSERT INTO ledger_subject (subject, log_id, entry_index) VALUES (?, ?, ?)", subjectRows);
    }
  }

  @Override
  public void appendCheckpoint(SignedCheckpoint checkpoint) {
    jdbc.sql("INSERT INTO ledger_checkpoint (" + CHECKPOINT_COLUMNS + ") VALUES (?, ?, ?, ?, ?)")
        .params(checkpoint.logId(), checkpoint.treeSize(), checkpoint.note(), checkpoint.keyName(),
            utc(checkpoint.signedAt()))
        .update();
  }

  @Override
  public List<SignedCheckpoint> checkpoints(UUID logId) {
    return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM ledger_checkpoint WHERE log_id = ? ORDER BY tree_size")
        .param(logId).query(JdbcLedgerStore::checkpoint).list();
  }

  @Override
  public Optional<SignedCheckpoint> latestCheckpoint(UUID logId) {
    return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM ledger_checkpoint WHERE log_id = ? AND tree_size = "
            + "(SELECT MAX(tree_size) FROM ledger_checkpoint WHERE log_id = ?)")
        .params(logId, logId).query(JdbcLedgerStore::checkpoint).optional();
  }

  @Override
  public Optional<SignedCheckpoint> checkpoint(UUID logId, long treeSize) {
    return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM ledger_checkpoint WHERE log_id = ? AND tree_size = ?")
        .params(logId, treeSize).query(JdbcLedgerStore::checkpoint).optional();
  }

  @Override
  public void forEachEntry(UUID logId, long fromIndex, Consumer<LedgerEntry> consumer) {
    stream("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE log_id = ? AND entry_index >= ? ORDER BY entry_index",
        logId, fromIndex, rs -> consumer.accept(entry(rs, 0)));
  }

  @Override
  public void forEachLeafHash(UUID logId, long fromIndex, LeafHashConsumer consumer) {
    stream("SELECT entry_index, leaf_hash FROM ledger_entry WHERE log_id = ? AND entry_index >= ? ORDER BY entry_index",
        logId, fromIndex, rs -> consumer.accept(rs.getLong(1), rs.getBytes(2)));
  }

  @Override
  public void forEachLeaf(UUID logId, long fromIndex, LeafConsumer consumer) {
    stream("SELECT entry_index, leaf, leaf_hash FROM ledger_entry WHERE log_id = ? AND entry_index >= ? "
        + "ORDER BY entry_index", logId, fromIndex, rs -> consumer.accept(rs.getLong(1), rs.getString(2), rs.getBytes(3)));
  }

  private interface Row {
    void read(ResultSet rs) throws SQLException;
  }

  /**
   * Reads a whole log in fetch-size pieces rather than all at once. PostgreSQL only streams inside a
   * transaction, so callers of the forEach methods run in one (read-only is enough).
   */
  private void stream(String sql, UUID logId, long fromIndex, Row row) {
    template.query(connection -> {
      PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
          ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(STREAM_FETCH_SIZE);
      statement.setObject(1, logId);
      statement.setLong(2, fromIndex);
      return statement;
    }, (ResultSet rs) -> row.read(rs));
  }

  @Override
  public Optional<LedgerEntry> entry(UUID logId, long index) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE log_id = ? AND entry_index = ?")
        .params(logId, index).query(JdbcLedgerStore::entry).optional();
  }

  @Override
  public List<LedgerEntry> entries(UUID logId, Collection<Long> indexes) {
    if (indexes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE log_id = :log AND entry_index IN (:indexes) "
            + "ORDER BY entry_index")
        .param("log", logId).param("indexes", List.copyOf(indexes)).query(JdbcLedgerStore::entry).list();
  }

  @Override
  public List<LedgerEntry> entriesBefore(UUID logId, long beforeIndex, int limit) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE log_id = ? AND entry_index < ? "
            + "ORDER BY entry_index DESC LIMIT ?")
        .params(logId, beforeIndex, limit).query(JdbcLedgerStore::entry).list();
  }

  @Override
  public List<LedgerEntry> aboutSubject(UUID logId, String subject, int limit) {
    return jdbc.sql("SELECT e.log_id, e.entry_index, e.fact_id, e.kind, e.actor_id, e.occurred_at, e.recorded_at, "
            + "e.leaf, e.leaf_hash FROM ledger_subject s JOIN ledger_entry e "
            + "ON e.log_id = s.log_id AND e.entry_index = s.entry_index "
            + "WHERE s.subject = ? AND s.log_id = ? ORDER BY s.entry_index DESC LIMIT ?")
        .params(subject, logId, limit).query(JdbcLedgerStore::entry).list();
  }

  @Override
  public List<LedgerEntry> aboutAny(UUID logId, Collection<String> subjects, Instant occurredFrom,
      Instant occurredBefore) {
    if (subjects.isEmpty()) {
      return List.of();
    }
    // The subject index (subject, log_id, entry_index) finds the entries; the window is checked on those alone.
    String window = occurredFrom == null ? "" : " AND e.occurred_at >= :from AND e.occurred_at < :before";
    var query = jdbc.sql("SELECT e.log_id, e.entry_index, e.fact_id, e.kind, e.actor_id, e.occurred_at, "
            + "e.recorded_at, e.leaf, e.leaf_hash FROM ledger_entry e WHERE e.log_id = :log AND e.entry_index IN "
            + "(SELECT s.entry_index FROM ledger_subject s WHERE s.subject IN (:subjects) AND s.log_id = :log)"
            + window + " ORDER BY e.entry_index")
        .param("log", logId).param("subjects", List.copyOf(subjects));
    if (occurredFrom != null) {
      query = query.param("from", utc(occurredFrom)).param("before", utc(occurredBefore));
    }
    return query.query(JdbcLedgerStore::entry).list();
  }

  @Override
  public Optional<LedgerEntry> byFactId(UUID factId) {
    return jdbc.sql("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE fact_id = ?").param(factId)
        .query(JdbcLedgerStore::entry).optional();
  }

  private static LedgerLog log(ResultSet rs, int row) throws SQLException {
    return new LedgerLog(rs.getObject("id", UUID.class), rs.getString("scope"),
        rs.getObject("production_id", UUID.class), rs.getString("origin"), instant(rs, "created_at"));
  }

  private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
    return new LedgerEntry(rs.getObject("log_id", UUID.class), rs.getLong("entry_index"),
        rs.getObject("fact_id", UUID.class), rs.getString("kind"), rs.getObject("actor_id", UUID.class),
        instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("leaf"), rs.getBytes("leaf_hash"));
  }

  private static SignedCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
    return new SignedCheckpoint(rs.getObject("log_id", UUID.class), rs.getLong("tree_size"), rs.getString("note"),
        rs.getString("key_name"), instant(rs, "signed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
