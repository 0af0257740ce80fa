import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every benchmark client shares (compiled with each, see setsafe-under-test.sh): its arguments, the two
 * chores run.sh asks of it, the PostgreSQL it measures in, and the summary it prints and keeps.
 */
final class Harness {

  static final String DB = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";

  private Harness() {}

  /** {@code key=value} arguments; a bare {@code key} maps to "". */
  static Map<String, String> args(String[] argv) {
    Map<String, String> args = new HashMap<>();
    for (String arg : argv) {
      String[] kv = arg.split("=", 2);
      args.put(kv[0], kv.length == 2 ? kv[1] : "");
    }
    return args;
  }

  /**
   * Does what run.sh asks instead of a run: {@code free-port} prints a free port, {@code drop-schema=S} drops a
   * schema (so run.sh needs neither Python nor psql). Returns whether it did one of them.
   */
  static boolean chore(Map<String, String> args) throws Exception {
    if (args.containsKey("free-port")) {
      try (ServerSocket socket = new ServerSocket(0)) {
        System.out.println(socket.getLocalPort());
      }
      return true;
    }
    if (args.containsKey("drop-schema")) {
      try (Connection db = DriverManager.getConnection(DB, USER, ""); Statement s = db.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + args.get("drop-schema") + " CASCADE");
      }
      return true;
    }
    return false;
  }

  static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(DB + "?currentSchema=" + schema, USER, "");
  }

  static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Transactions committed in this database so far, as PostgreSQL's statistics count them. */
  static long commits(Connection db) throws Exception {
    // Other sessions publish their counts when they go idle, within PostgreSQL's 10 s idle interval.
    Thread.sleep(11_000);
    try (Statement s = db.createStatement()) {
      s.execute("SELECT pg_stat_force_next_flush()");
    }
    return count(db, "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()");
  }

  /** Waits until every outstanding event publication (facts on their way to the ledger) is done. */
  static void awaitLedgerCaughtUp(String schema) throws Exception {
    long start = System.nanoTime();
    try (Connection db = connect(schema)) {
      while (count(db, "SELECT COUNT(*) FROM event_publication") > 0) {
        if (seconds(start) > 300) {
          throw new IllegalStateException("the ledger did not catch up within 5 minutes");
        }
        Thread.sleep(100);
      }
    }
  }

  static void progress(String text) {
    System.out.println("  ... " + Instant.now().toString().substring(11, 19) + " " + text);
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Fills in the {@code n}th row of a baseline INSERT. */
  interface Row {
    void bind(PreparedStatement insert, long n) throws SQLException;
  }

  /**
   * The baseline of the HTTP benchmarks: {@code count} single-row autocommit INSERTs of {@code sql}, shared by
   * {@code threads} threads, each on a connection of its own; each INSERT's latency into {@code latencies}. The
   * wall-clock seconds.
   */
  static double rawInserts(String schema, int threads, String sql, int count, Latencies latencies, Row row)
      throws Exception {
    AtomicLong tickets = new AtomicLong();
    List<Work> work = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Connection c = connect(schema);
        connections.add(c);
        PreparedStatement insert = c.prepareStatement(sql);
        work.add(() -> {
          for (long n = tickets.getAndIncrement(); n < count; n = tickets.getAndIncrement()) {
            row.bind(insert, n);
            long t = System.nanoTime();
            insert.executeUpdate();
            latencies.set((int) n, System.nanoTime() - t);
          }
        });
      }
      return inParallel(work);
    } finally {
      for (Connection c : connections) {
        c.close();
      }
    }
  }

  /** One load client's share of a run; it may fail, and the run then fails with it. */
  interface Work {
    void run() throws Exception;
  }

  /** Runs each client's work on a thread of its own, all at once; the wall-clock seconds, or the first failure. */
  static double inParallel(List<Work> clients) throws Exception {
    List<Thread> threads = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (Work work : clients) {
      threads.add(new Thread(() -> {
        try {
          work.run();
        } catch (Throwable e) {
          failure[0] = e;
        }
      }, "bench-client"));
    }
    long t = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = seconds(t);
    if (failure[0] != null) {
      throw new IllegalStateException("a client failed", failure[0]);
    }
    return seconds;
  }

  /** The lines a run prints, kept to be written to the results folder at the end. */
  static final class Summary {
    private final List<String> lines = new ArrayList<>();

    void line(String text) {
      lines.add(text);
      System.out.println(text);
    }

    List<String> lines() {
      return lines;
    }

    /** Writes summary.txt and a copy named by its run ({@code summary-<run>-<time>.txt}). */
    void write(Path dir, String run) throws Exception {
      Files.createDirectories(dir);
      String text = String.join("\n", lines) + "\n";
      Files.writeString(dir.resolve("summary.txt"), text);
      Files.writeString(dir.resolve("summary-" + run + "-" + Instant.now().toString().replace(':', '-') + ".txt"),
          text);
    }
  }
}
