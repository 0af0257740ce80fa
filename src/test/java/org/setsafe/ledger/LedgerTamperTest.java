package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.domain.LeafFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with write access to the database tries to rewrite history; verification must say exactly
 * which entry or checkpoint broke. On PostgreSQL the database refuses plain UPDATE, DELETE and
 * TRUNCATE first, so the "attacker" here works as a superuser who switches the triggers off.
 *
 * <p>Each test gets a log of its own (ten facts, checkpoints signed at 4 and at 10 entries) and puts it
 * back as it was afterwards, so other tests still find an intact ledger.
 */
@SetSafeTest
class LedgerTamperTest {

  @Autowired Ledger ledger;
  @Autowired LedgerLogs logs;
  @Autowired CheckpointSigner signer;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired TestClock clock;
  @Autowired TreeCache trees;
  @Autowired LedgerTamperingAlarm alarm;

  private UUID production;
  private LedgerLog log;
  private List<Map<String, Object>> entriesBefore;
  private List<Map<String, Object>> checkpointsBefore;
  private List<Map<String, Object>> subjectsBefore;
  private List<Map<String, Object>> logBefore;

  @BeforeEach
  void tenFactsAndTwoCheckpoints() {
    production = UUID.randomUUID();
    log = logs.forProduction(production);
    for (int i = 0; i < 10; i++) {
      ledger.record(Noted.on(production, SystemActor.ID, clock.instant(), "note-" + i));
      if (i == 3 || i == 9) {
        signer.sign(log);
      }
    }
    entriesBefore = jdbc.queryForList("SELECT * FROM ledger_entry WHERE log_id = ? ORDER BY entry_index", log.id());
    checkpointsBefore = jdbc.queryForList("SELECT * FROM ledger_checkpoint WHERE log_id = ?", log.id());
    subjectsBefore = jdbc.queryForList("SELECT * FROM ledger_subject WHERE log_id = ?", log.id());
    logBefore = jdbc.queryForList("SELECT * FROM ledger_log WHERE id = ?", log.id());
    assertThat(verify().intact()).as("the untouched log verifies").isTrue();
  }

  @AfterEach
  void putItBack() {
    asDatabaseOwner(db -> {
      deleteTheLogsRows(db);
      if (db.queryForObject("SELECT COUNT(*) FROM ledger_log WHERE id = ?", Long.class, log.id()) == 0) {
        insert(db, "ledger_log", logBefore);
      }
      for (Map<String, Object> row : entriesBefore) {
        db.update("INSERT INTO ledger_entry (log_id, entry_index, fact_id, kind, actor_id, occurred_at, recorded_at, "
                + "leaf, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("log_id"), row.get("entry_index"),
            row.get("fact_id"), row.get("kind"), row.get("actor_id"), row.get("occurred_at"), row.get("recorded_at"),
            row.get("leaf"), row.get("leaf_hash"));
      }
      for (Map<String, Object> row : subjectsBefore) {
        db.update("INSERT INTO ledger_subject (subject, log_id, entry_index) VALUES (?, ?, ?)", row.get("subject"),
            row.get("log_id"), row.get("entry_index"));
      }
      for (Map<String, Object> row : checkpointsBefore) {
        db.update("INSERT INTO ledger_checkpoint (log_id, tree_size, note, key_name, signed_at) VALUES (?, ?, ?, ?, ?)",
            row.get("log_id"), row.get("tree_size"), row.get("note"), row.get("key_name"), row.get("signed_at"));
      }
    });
    assertThat(verify().intact()).as("the log is back as it was").isTrue();
    signer.sign(log);
    assertThat(alarm.health().getStatus()).as("the log signs again, the alarm is off").isEqualTo(Status.UP);
  }

  /** Every entry, subject and checkpoint of this test's log. */
  private void deleteTheLogsRows(JdbcTemplate db) {
    db.update("DELETE FROM ledger_checkpoint WHERE log_id = ?", log.id());
    db.update("DELETE FROM ledger_subject WHERE log_id = ?", log.id());
    db.update("DELETE FROM ledger_entry WHERE log_id = ?", log.id());
  }

  private static void insert(JdbcTemplate db, String table, List<Map<String, Object>> rows) {
    for (Map<String, Object> row : rows) {
      List<String> columns = List.copyOf(row.keySet());
      db.update("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", columns.stream().map(row::get).toArray());
    }
  }

  private LogVerification verify() {
    return SystemActor.call(ledger::verifyAll).stream().filter(v -> v.origin().equals(log.origin())).findFirst()
        .orElseThrow();
  }

  /** Work done as the database's owner would: on PostgreSQL, with the ledger's triggers switched off. */
  private void asDatabaseOwner(Consumer<JdbcTemplate> work) {
    transactions.executeWithoutResult(status -> {
      if (TestDatabase.isPostgres()) {
        jdbc.execute("SET LOCAL session_replication_role = replica");
      }
      work.accept(jdbc);
    });
  }

  private String leafOf(int index) {
    return (String) entriesBefore.get(index).get("leaf");
  }

  @Test
  void oneChangedByteIsNamedAsThatEntry() {
    asDatabaseOwner(db -> db.update("UPDATE ledger_entry SET leaf = ? WHERE log_id = ? AND entry_index = 6",
        leafOf(6).replace("note-6", "note-7"), log.id()));

    LogVerification result = verify();

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBadEntry()).isEqualTo(6L);
    assertThat(result.problems().get(0)).isEqualTo("entry 6 was altered: its content no longer matches its recorded hash");
  }

  @Test
  void aChangeWhoseHashWasAlsoRewrittenIsPinnedBetweenTheCheckpoints() {
    String forged = leafOf(6).replace("note-6", "note-7");
    asDatabaseOwner(db -> db.update("UPDATE ledger_entry SET leaf = ?, leaf_hash = ? WHERE log_id = ? AND entry_index = 6",
        forged, LeafFormat.hash(forged), log.id()));

    LogVerification result = verify();

    assertThat(result.firstBadEntry()).isEqualTo(4L);
    assertThat(result.problems()).contains("checkpoint at size 10: the entries do not hash to its signed root; "
        + "something in entries 4 to 9 was changed");
  }

  @Test
  void aDeletedEntryIsNamed() {
    asDatabaseOwner(db -> {
      db.update("DELETE FROM ledger_subject WHERE log_id = ? AND entry_index = 5", log.id());
      db.update("DELETE FROM ledger_entry WHERE log_id = ? AND entry_index = 5", log.id());
    });

    LogVerification result = verify();

    assertThat(result.firstBadEntry()).isEqualTo(5L);
    assertThat(result.problems().get(0)).isEqualTo("entry 5 is missing");
  }

  @Test
  void twoSwappedEntriesAreNamed() {
    asDatabaseOwner(db -> {
      db.update("UPDATE ledger_entry SET leaf = ?, leaf_hash = ? WHERE log_id = ? AND entry_index = 2",
          leafOf(3), entriesBefore.get(3).get("leaf_hash"), log.id());
      db.update("UPDATE ledger_entry SET leaf = ?, leaf_hash = ? WHERE log_id = ? AND entry_index = 3",
          leafOf(2), entriesBefore.get(2).get("leaf_hash"), log.id());
    });

    LogVerification result = verify();

    assertThat(result.firstBadEntry()).isEqualTo(2L);
    assertThat(result.problems()).startsWith(
        "entry 2 does not say it is entry 2 of this log: it was moved or altered",
        "entry 3 does not say it is entry 3 of this log: it was moved or altered");
  }

  @Test
  void aTruncatedTailIsNamed() {
    asDatabaseOwner(db -> {
      db.update("DELETE FROM ledger_subject WHERE log_id = ? AND entry_index >= 8", log.id());
      db.update("DELETE FROM ledger_entry WHERE log_id = ? AND entry_index >= 8", log.id());
    });

    LogVerification result = verify();

    assertThat(result.firstBadEntry()).isEqualTo(8L);
    assertThat(result.problems()).startsWith(
        "checkpoint at size 10 covers 10 entries but the log holds only 8: entries 8 to 9 are gone");
  }

  @Test
  void aReplacedCheckpointIsNamed() {
    String note = (String) checkpointsBefore.stream().filter(c -> ((Number) c.get("tree_size")).longValue() == 4)
        .findFirst().orElseThrow().get("note");
    String[] lines = note.split("\n", -1);
    lines[1] = "5";
    asDatabaseOwner(db -> db.update("UPDATE ledger_checkpoint SET note = ? WHERE log_id = ? AND tree_size = 4",
        String.join("\n", lines), log.id()));

    LogVerification result = verify();

    assertThat(result.problems()).containsExactly("checkpoint #1: its signature does not verify with the trusted key(s)");
  }

  @Test
  void anotherLogsGenuineCheckpointIsNotAccepted() {
    UUID other = UUID.randomUUID();
    ledger.record(Noted.on(other, SystemActor.ID, clock.instant(), "elsewhere"));
    SignedCheckpoint foreign = signer.sign(logs.forProduction(other));
    asDatabaseOwner(db -> db.update("UPDATE ledger_checkpoint SET note = ? WHERE log_id = ? AND tree_size = 4",
        foreign.note(), log.id()));

    assertThat(verify().problems()).containsExactly(
        "checkpoint at size 1: it belongs to another log (" + logs.forProduction(other).origin() + ")");
  }

  @Test
  void noNewCheckpointIsSignedOverARewrittenLog() {
    String forged = leafOf(1).replace("note-1", "note-X");
    asDatabaseOwner(db -> db.update("UPDATE ledger_entry SET leaf = ?, leaf_hash = ? WHERE log_id = ? AND entry_index = 1",
        forged, LeafFormat.hash(forged), log.id()));
    verify(); // finds it, and drops the cached tree so the next signature is computed from the database
    ledger.record(Noted.on(production, SystemActor.ID, clock.instant(), "after the forgery"));

    assertThatThrownBy(() -> signer.sign(log)).hasMessageContaining("no longer matches its signed checkpoint at size 10");
    assertThat(jdbc.queryForObject("SELECT MAX(tree_size) FROM ledger_checkpoint WHERE log_id = ?", Long.class, log.id()))
        .isEqualTo(10L);
  }

  // What the database alone cannot show: each of these left 'ledger verify' saying "intact" before the
  // checkpoints were witnessed outside the database.

  @Test
  void theNewestCheckpointDeletedIsNamedByTheWitness() {
    asDatabaseOwner(db -> db.update("DELETE FROM ledger_checkpoint WHERE log_id = ? AND tree_size = 10", log.id()));

    LogVerification result = verify();

    assertThat(result.intact()).isFalse();
    assertThat(result.problems()).containsExactly("the newest witnessed checkpoint of " + log.origin()
        + " (size 10) is missing from the database's checkpoints: it was deleted");
  }

  /** Entries 4 to 9 deleted with the checkpoint covering them: the database alone looks like a log of four. */
  private void rollBackToTheCheckpointAtFour() {
    asDatabaseOwner(db -> {
      db.update("DELETE FROM ledger_checkpoint WHERE log_id = ? AND tree_size = 10", log.id());
      db.update("DELETE FROM ledger_subject WHERE log_id = ? AND entry_index >= 4", log.id());
      db.update("DELETE FROM ledger_entry WHERE log_id = ? AND entry_index >= 4", log.id());
    });
  }

  @Test
  void aTailDeletedWithTheCheckpointsCoveringItIsNamedByTheWitness() {
    rollBackToTheCheckpointAtFour();

    LogVerification result = verify();

    assertThat(result.firstBadEntry()).isEqualTo(4L);
    assertThat(result.problems()).containsExactly(
        log.origin() + " was witnessed at 10 entries but the database holds only 4: entries 4 to 9 are gone "
            + "(rolled back or deleted)",
        "the newest witnessed checkpoint of " + log.origin() + " (size 10) is missing from the database's "
            + "checkpoints: it was deleted");
  }

  @Test
  void theServerRefusesToSignARolledBackLogAndRaisesTheAlarm() {
    rollBackToTheCheckpointAtFour();
    trees.clear(); // as after a restart: the server knows only what the database holds
    ledger.record(Noted.on(production, SystemActor.ID, clock.instant(), "written over the rolled-back tail"));

    assertThatThrownBy(() -> signer.sign(log)).hasMessage(log.origin()
        + " was witnessed at 10 entries but the database holds only 5: entries 5 to 9 are gone (rolled back or deleted)");
    assertThat(jdbc.queryForObject("SELECT MAX(tree_size) FROM ledger_checkpoint WHERE log_id = ?", Long.class, log.id()))
        .isEqualTo(4L);
    assertThat(alarm.health().getStatus()).isEqualTo(Status.DOWN);
    awaitTheRefusalInTheInstallationLog();
  }

  private void awaitTheRefusalInTheInstallationLog() {
    await().untilAsserted(() -> assertThat(SystemActor.call(() -> ledger.recentInstallationEntries(Ledger.MAX_PAGE)))
        .anySatisfy(entry -> assertThat(entry.leaf()).contains("ledger.checkpoint-refused").contains(log.origin())));
  }

  @Test
  void aProductionsWholeLogDeletedIsNamedByTheWitness() {
    asDatabaseOwner(db -> {
      deleteTheLogsRows(db);
      db.update("DELETE FROM ledger_log WHERE id = ?", log.id());
    });

    LogVerification result = verify();

    assertThat(result.intact()).isFalse();
    assertThat(result.problems()).containsExactly(log.origin() + " is missing from the database: the witness holds "
        + "its checkpoint at 10 entries; the whole log was deleted");
  }

  @Test
  void everyLedgerTableTruncatedIsNamedByTheWitness() {
    List<String> tables = List.of("ledger_subject", "ledger_checkpoint", "ledger_entry", "ledger_log");
    Map<String, List<Map<String, Object>>> saved = new java.util.LinkedHashMap<>();
    signer.sign(logs.forProduction(null)); // so that the installation log is witnessed too
    tables.forEach(table -> saved.put(table, jdbc.queryForList("SELECT * FROM " + table)));
    try {
      asDatabaseOwner(db -> {
        if (TestDatabase.isPostgres()) {
          db.execute("TRUNCATE " + String.join(", ", tables));
        } else {
          tables.forEach(table -> db.update("DELETE FROM " + table));
        }
      });

      List<LogVerification> results = SystemActor.call(ledger::verifyAll);

      assertThat(results).extracting(LogVerification::origin).contains(log.origin(),
          logs.forProduction(null).origin());
      assertThat(results).allSatisfy(r -> assertThat(r.problems()).singleElement().asString()
          .startsWith(r.origin() + " is missing from the database: ").endsWith("the whole log was deleted"));
    } finally {
      asDatabaseOwner(db -> List.of("ledger_log", "ledger_entry", "ledger_checkpoint", "ledger_subject")
          .forEach(table -> insert(db, table, saved.get(table))));
    }
  }

  @Test
  void anEntryForgedUnderADeletedNewestCheckpointIsNeitherSignedNorVerified() {
    String forged = leafOf(6).replace("note-6", "note-7");
    asDatabaseOwner(db -> {
      db.update("DELETE FROM ledger_checkpoint WHERE log_id = ? AND tree_size = 10", log.id());
      db.update("UPDATE ledger_entry SET leaf = ?, leaf_hash = ? WHERE log_id = ? AND entry_index = 6",
          forged, LeafFormat.hash(forged), log.id());
    });
    trees.clear(); // as after a restart: the server knows only what the database holds
    ledger.record(Noted.on(production, SystemActor.ID, clock.instant(), "after the forgery"));

    assertThatThrownBy(() -> signer.sign(log)).hasMessage(log.origin() + " no longer extends its witnessed "
        + "checkpoint at size 10: the consistency proof from 10 to 11 entries fails, so something in entries 0 to 9 "
        + "was changed");
    assertThat(jdbc.queryForObject("SELECT MAX(tree_size) FROM ledger_checkpoint WHERE log_id = ?", Long.class, log.id()))
        .as("nothing signed over the forgery").isEqualTo(4L);
    assertThat(alarm.health().getStatus()).isEqualTo(Status.DOWN);
    awaitTheRefusalInTheInstallationLog();

    assertThat(verify().problems()).contains(log.origin() + " no longer extends its witnessed checkpoint at size 10: "
        + "the consistency proof from 10 to 11 entries fails, so something in entries 0 to 9 was changed");
  }

  @Test
  void postgresRefusesUpdateDeleteAndTruncateOfTheLedger() {
    assumeTrue(TestDatabase.isPostgres(), "the append-only triggers are PostgreSQL's");
    assertThatThrownBy(() -> jdbc.update("UPDATE ledger_entry SET kind = 'x' WHERE log_id = ?", log.id()))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_entry WHERE log_id = ?", log.id()))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.update("DELETE FROM ledger_checkpoint WHERE log_id = ?", log.id()))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.execute("TRUNCATE ledger_entry CASCADE"))
        .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ledger_entry WHERE log_id = ?", Long.class, log.id()))
        .isEqualTo(10L);
  }
}
