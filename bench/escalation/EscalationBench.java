import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The escalation benchmark the reporting issue asks for: how late escalation steps fire (p50/p99 from their due
 * time) with 10 000 escalations pending at once, in a running SetSafe (a separate process, started by run.sh)
 * on PostgreSQL; against a baseline measured in the same run on the same database: a bare poller that checks a
 * table of due rows at the same polling interval, takes them with one DELETE … FOR UPDATE SKIP LOCKED and does
 * nothing else. No poll-based timer can beat that floor (a due row waits for the next poll); the ratio shows
 * what SetSafe adds on top (the lock on the report, the step record, the ledger fact, the inbox item and the
 * email job of every step).
 *
 * <p>The pending escalations are written straight into the tables (reporting is not part of this build): one
 * critical report per escalation, with a one-level policy (the safety advisor, no repeats), and its level-1 step
 * as a db-scheduler job, due times spread evenly over the window so that steps fall due at count/window a second.
 *
 * <p>Usage: {@code EscalationBench schema=S [count=10000] [window=100] [poll=2] [out=dir]}; {@code free-port}
 * prints a free port, {@code drop-schema=S} drops a schema.
 */
public final class EscalationBench {

  static final String POLICY = "{\"levels\":[{\"name\":\"Safety advisor\",\"delayMinutes\":0,\"targets\":"
      + "[{\"kind\":\"ROLE\",\"value\":\"SAFETY_ADVISOR\"}],\"repeatEveryMinutes\":0,\"repeatTimes\":0}],"
      + "\"resolveWithinMinutes\":240}";

  private final String schema;
  private final int count;
  private final int windowSeconds;
  private final Duration poll;
  private final Path out;

  private EscalationBench(Map<String, String> args) {
    schema = args.get("schema");
    count = Integer.parseInt(args.getOrDefault("count", "10000"));
    windowSeconds = Integer.parseInt(args.getOrDefault("window", "100"));
    poll = Duration.ofMillis((long) (Double.parseDouble(args.getOrDefault("poll", "2")) * 1000));
    out = Path.of(args.getOrDefault("out", "bench/escalation/results"));
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Harness.args(argv);
    if (!Harness.chore(args)) {
      new EscalationBench(args).run();
    }
  }

  private void run() throws Exception {
    List<String> summary = new ArrayList<>();
    summary.add(String.format("%d pending escalations, due evenly over %d s (%.0f steps/s), polling every %d ms",
        count, windowSeconds, count / (double) windowSeconds, poll.toMillis()));
    double[] floor = baseline();
    summary.add(String.format("baseline (bare poller, same interval, same PostgreSQL): p50 %.0f ms, p99 %.0f ms, "
        + "max %.0f ms", floor[0], floor[1], floor[2]));
    double[] setsafe = setsafe();
    summary.add(String.format("SetSafe escalation steps:                             p50 %.0f ms, p99 %.0f ms, "
        + "max %.0f ms", setsafe[0], setsafe[1], setsafe[2]));
    summary.add(String.format("ratio to baseline: p50 %.2f, p99 %.2f", setsafe[0] / floor[0], setsafe[1] / floor[1]));
    summary.forEach(System.out::println);
    Files.createDirectories(out);
    Files.write(out.resolve("summary.txt"), summary);
  }

  /** A bare poller over {@code count} rows due evenly over the window: the floor for any polled timer. */
  private double[] baseline() throws Exception {
    try (Connection db = connect(); Statement s = db.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bench_due");
      s.execute("CREATE TABLE bench_due (id INT PRIMARY KEY, due TIMESTAMPTZ NOT NULL)");
      s.execute("CREATE INDEX bench_due_by_due ON bench_due (due)");
      Instant start = Instant.now().plusSeconds(5);
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_due VALUES (?, ?)")) {
        for (int i = 0; i < count; i++) {
          insert.setInt(1, i);
          insert.setObject(2, OffsetDateTime.ofInstant(due(start, i), ZoneOffset.UTC));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      double[] lateness = new double[count];
      int done = 0;
      try (PreparedStatement take = db.prepareStatement("DELETE FROM bench_due WHERE id IN (SELECT id FROM bench_due "
          + "WHERE due <= ? ORDER BY due LIMIT 100 FOR UPDATE SKIP LOCKED) RETURNING due")) {
        while (done < count) {
          Instant now = Instant.now();
          take.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
          int taken = 0;
          try (ResultSet rs = take.executeQuery()) {
            while (rs.next()) {
              Instant due = rs.getObject(1, OffsetDateTime.class).toInstant();
              lateness[done++] = Duration.between(due, Instant.now()).toNanos() / 1e6;
              taken++;
            }
          }
          if (taken < 100) {
            Thread.sleep(poll.toMillis());
          }
        }
      }
      s.execute("DROP TABLE bench_due");
      return percentiles(lateness);
    }
  }

  /** Writes the pending escalations and their jobs, waits until every step fired, and reads the lateness back. */
  private double[] setsafe() throws Exception {
    try (Connection db = connect()) {
      db.setAutoCommit(false);
      UUID production;
      try (Statement s = db.createStatement();
           ResultSet rs = s.executeQuery("SELECT id FROM production WHERE name = 'Dust Devil Creek'")) {
        rs.next();
        production = rs.getObject(1, UUID.class);
      }
      Instant start = Instant.now().plusSeconds(10);
      try (PreparedStatement escalation = db.prepareStatement("INSERT INTO escalation (report_id, production_id, "
          + "category, severity, title, policy, state, round, level, reported_at, round_started_at) "
          + "VALUES (?, ?, 'FIREARMS', 'CRITICAL', ?, ?, 'ESCALATING', 1, 0, ?, ?)");
           PreparedStatement job = db.prepareStatement("INSERT INTO scheduled_tasks (task_name, task_instance, "
               + "execution_time, picked, version) VALUES ('escalation-step', ?, ?, false, 1)")) {
        for (int i = 0; i < count; i++) {
          UUID report = UUID.randomUUID();
          OffsetDateTime due = OffsetDateTime.ofInstant(due(start, i), ZoneOffset.UTC);
          escalation.setObject(1, report);
          escalation.setObject(2, production);
          escalation.setString(3, "Bench report " + i);
          escalation.setString(4, POLICY);
          escalation.setObject(5, due);
          escalation.setObject(6, due);
          escalation.addBatch();
          job.setString(1, report + "/1/L1R0");
          job.setObject(2, due);
          job.addBatch();
        }
        escalation.executeBatch();
        job.executeBatch();
      }
      db.commit();
      db.setAutoCommit(true);
      long deadline = System.nanoTime() + Duration.ofSeconds(windowSeconds + 600L).toNanos();
      int fired = 0;
      while (fired < count && System.nanoTime() < deadline) {
        Thread.sleep(1000);
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM escalation_step "
            + BENCH_STEPS)) {
          rs.next();
          fired = rs.getInt(1);
        }
      }
      if (fired < count) {
        throw new IllegalStateException("only " + fired + " of " + count + " steps fired in time");
      }
      double[] lateness = new double[count];
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT EXTRACT(EPOCH FROM (fired_at - due_at)) * 1000 FROM escalation_step " + BENCH_STEPS)) {
        int i = 0;
        while (rs.next()) {
          lateness[i++] = rs.getDouble(1);
        }
      }
      return percentiles(lateness);
    }
  }

  /**
   * The steps of the reports this run wrote: the demo's own hazard reports escalate too while the run goes on (the
   * demo is seeded just after ready), and their steps are neither due on the run's schedule nor counted in it.
   */
  private static final String BENCH_STEPS = "WHERE report_id IN (SELECT report_id FROM escalation WHERE title LIKE "
      + "'Bench report %')";

  private Instant due(Instant start, int i) {
    return start.plusNanos((long) (i * (windowSeconds * 1e9 / count)));
  }

  private Connection connect() throws Exception {
    return Harness.connect(schema);
  }

  private static double[] percentiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return new double[] {sorted[(int) (sorted.length * 0.50)], sorted[(int) Math.min(sorted.length - 1,
        sorted.length * 0.99)], sorted[sorted.length - 1]};
  }
}
