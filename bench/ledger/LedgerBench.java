import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.setsafe.SetSafeApplication;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.ledger.LogVerification;
import org.setsafe.ledger.SignedCheckpoint;
import org.setsafe.ledger.domain.LeafFormat;
import org.setsafe.production.Productions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ledger benchmarks the ledger issue asks for, each against a baseline measured in the same run on
 * the same PostgreSQL: append throughput and latency (16 writers into one production's log, against 16
 * writers doing plain autocommit INSERTs), full verification of the log (against SHA-256 over the same
 * leaf bytes, and against the read + hash floor: the same rows read and hashed, nothing verified), and proof latency (against a primary-key
 * SELECT). Usage: {@code LedgerBench [entries=N] [writers=16] [proofs=10000] [runs=3] [baseline-rows=N]}.
 */
public final class LedgerBench {

  static final String DB = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String USER = "postgres";
  static final String SCHEMA = "setsafe_bench";
  // The same statement the ledger's store streams a log with for verification, so the floor reads what it reads.
  static final String ENTRY_SQL = "SELECT entry_index, leaf, leaf_hash FROM ledger_entry WHERE log_id = ? "
      + "AND entry_index >= ? ORDER BY entry_index";

  private final int entries;
  private final int writers;
  private final int proofs;
  private final int runs;
  private final int baselineRows;
  private final Path resultDir;
  /** Extra pgjdbc URL parameters for SetSafe's own pool, to try driver settings (e.g. reWriteBatchedInserts=true). */
  private final String jdbcOptions;
  private final List<String> summary = new ArrayList<>();
  /** Keeps the JIT from dropping the baseline's hashing as unused. */
  static volatile int blackhole;

  private LedgerBench(Map<String, String> args) {
    entries = Integer.parseInt(args.getOrDefault("entries", "1000000"));
    writers = Integer.parseInt(args.getOrDefault("writers", "16"));
    proofs = Integer.parseInt(args.getOrDefault("proofs", "10000"));
    runs = Integer.parseInt(args.getOrDefault("runs", "3"));
    baselineRows = Integer.parseInt(args.getOrDefault("baseline-rows", String.valueOf(Math.min(entries, 100_000))));
    resultDir = Path.of(args.getOrDefault("out", "bench/ledger/results"));
    jdbcOptions = args.getOrDefault("jdbc-options", "");
  }

  public static void main(String[] argv) throws Exception {
    new LedgerBench(Harness.args(argv)).run();
    // Spring's scheduler and pool threads are not daemons; the summary is written, so stop here.
    System.exit(0);
  }

  private void run() throws Exception {
    recreateSchema();
    Path dataDir = Files.createTempDirectory("setsafe-ledger-bench");
    try (ConfigurableApplicationContext app = startSetSafe(dataDir)) {
      Ledger ledger = app.getBean(Ledger.class);
      UUID production = SystemActor.call(() -> app.getBean(Productions.class).create("Bench Western", "UTC")).id();
      // The production's own creation is recorded asynchronously; let it land so sizes below are exact.
      long start = System.nanoTime();
      while (SystemActor.call(() -> ledger.overview(production)).size() < 1) {
        if (System.nanoTime() - start > 30_000_000_000L) {
          throw new IllegalStateException("the production's creation never reached its ledger log");
        }
        Thread.sleep(20);
      }
      line("ledger benchmarks on PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores, "
          + LocalDate.now(ZoneOffset.UTC) + "; " + entries + " entries, " + writers + " writers"
          + (jdbcOptions.isEmpty() ? "" : "; SetSafe's pool with " + jdbcOptions));
      try (Connection db = connect()) {
        appends(ledger, production, db);
        verification(ledger, production, db);
        proofs(ledger, production, db);
      }
    }
    Files.createDirectories(resultDir);
    String text = String.join("\n", summary) + "\n";
    Files.writeString(resultDir.resolve("summary.txt"), text);
    Files.writeString(resultDir.resolve("summary-" + entries + "-" + Instant.now().toString().replace(':', '-')
        + ".txt"), text);
  }

  // ---------------------------------------------------------------------------------------------- 1

  private void appends(Ledger ledger, UUID production, Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      // Same columns, types, primary key, unique and check constraints as ledger_entry (no foreign key).
      s.execute("CREATE TABLE bench_entry (LIKE ledger_entry INCLUDING ALL)");
    }
    UUID baselineLog = UUID.randomUUID();
    // Rows are made before the clock starts, so the baseline spends its time on INSERTs alone.
    String[] leaves = new String[1024];
    for (int i = 0; i < leaves.length; i++) {
      HandedOver fact = HandedOver.next(production, i);
      leaves[i] = LeafFormat.leaf("setsafe/production/" + production, 100_000L + i, Instant.now(), fact,
          LeafFormat.factJson(fact));
    }
    int baselineWarmUp = Math.max(1_000, baselineRows / 10);
    AtomicLong nextIndex = new AtomicLong();
    progress("baseline: " + writers + " writers, plain autocommit INSERTs, " + baselineWarmUp + " + " + baselineRows);
    Latencies noLatencies = new Latencies(baselineWarmUp);
    parallel(baselineWarmUp, noLatencies, () -> new RawInsert(baselineLog, leaves, nextIndex));
    Latencies rawLatencies = new Latencies(baselineRows);
    double rawSeconds = parallel(baselineRows, rawLatencies, () -> new RawInsert(baselineLog, leaves, nextIndex));
    double rawRate = baselineRows / rawSeconds;

    // The log's first entry is the production's creation; these come after it.
    long warmUp = Math.min(20_000, entries / 10);
    long measured = entries - warmUp;
    AtomicLong written = new AtomicLong();
    Thread signer = checkpointSigner(ledger, written);
    progress("ledger: " + writers + " writers, Ledger.record into one log, " + warmUp + " + " + measured);
    parallel(warmUp, new Latencies((int) warmUp), () -> new Record(ledger, production, written));
    Latencies ledgerLatencies = new Latencies((int) measured);
    double ledgerSeconds = parallel(measured, ledgerLatencies, () -> new Record(ledger, production, written));
    signer.interrupt();
    signer.join();
    SignedCheckpoint last = SystemActor.call(() -> {
      ledger.signCheckpoints();
      return ledger.overview(production).latestCheckpoint();
    });
    double ledgerRate = measured / ledgerSeconds;

    line("");
    line("1. append throughput, " + writers + " concurrent writers");
    line(String.format("  baseline (plain autocommit INSERT, own connection each): %8.0f rows/s    p50 %6.2f ms  p99 %6.2f ms",
        rawRate, rawLatencies.percentile(50), rawLatencies.percentile(99)));
    line(String.format("  Ledger.record into one production's log:                %8.0f appends/s p50 %6.2f ms  p99 %6.2f ms",
        ledgerRate, ledgerLatencies.percentile(50), ledgerLatencies.percentile(99)));
    line(String.format("  ratio to baseline: %.2f (target >= 0.5)   [%d rows baseline, %d appends measured after %d warm-up;"
        + " log now %d entries, %d checkpoints]", ledgerRate / rawRate, baselineRows, measured, warmUp,
        last.treeSize(), SystemActor.call(() -> ledger.checkpoints(production)).size()));
  }

  /** Signs a checkpoint every twentieth of the load, on top of the application's own interval. */
  private Thread checkpointSigner(Ledger ledger, AtomicLong written) {
    long every = Math.max(1_000, entries / 20);
    Thread signer = new Thread(() -> {
      long next = every;
      while (!Thread.currentThread().isInterrupted()) {
        if (written.get() >= next) {
          SystemActor.call(ledger::signCheckpoints);
          next += every;
        }
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-signer");
    signer.start();
    return signer;
  }

  private final class RawInsert implements Work {
    private final UUID log;
    private final String[] leaves;
    private final AtomicLong nextIndex;
    private final Connection connection;
    private final PreparedStatement insert;

    RawInsert(UUID log, String[] leaves, AtomicLong nextIndex) throws SQLException {
      this.log = log;
      this.leaves = leaves;
      this.nextIndex = nextIndex;
      this.connection = connect();
      this.insert = connection.prepareStatement("INSERT INTO bench_entry (log_id, entry_index, fact_id, kind, "
          + "actor_id, occurred_at, recorded_at, leaf, leaf_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    public long once(long n) throws Exception {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      // A leaf of the very size and shape the ledger stores; the hash column gets 32 bytes as it does.
      byte[] hash = new byte[32];
      random.nextBytes(hash);
      OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
      insert.setObject(1, log);
      insert.setLong(2, nextIndex.getAndIncrement());
      insert.setObject(3, new UUID(random.nextLong(), random.nextLong()));
      insert.setString(4, "custody.firearm-handed-over");
      insert.setObject(5, SystemActor.ID);
      insert.setObject(6, now);
      insert.setObject(7, now);
      insert.setString(8, leaves[(int) (n % leaves.length)]);
      insert.setBytes(9, hash);
      long t = System.nanoTime();
      insert.executeUpdate();
      return System.nanoTime() - t;
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  private static final class Record implements Work {
    private final Ledger ledger;
    private final UUID production;
    private final AtomicLong written;

    Record(Ledger ledger, UUID production, AtomicLong written) {
      this.ledger = ledger;
      this.production = production;
      this.written = written;
    }

    @Override
    public long once(long n) {
      HandedOver fact = HandedOver.next(production, n);
      long t = System.nanoTime();
      LedgerEntry entry = ledger.record(fact);
      long took = System.nanoTime() - t;
      if (!entry.factId().equals(fact.factId())) {
        throw new IllegalStateException("recorded another fact than given");
      }
      written.incrementAndGet();
      return took;
    }
  }

  // ---------------------------------------------------------------------------------------------- 2

  private void verification(Ledger ledger, UUID production, Connection db) throws Exception {
    long size = SystemActor.call(() -> ledger.overview(production)).size();
    double[] verify = new double[runs];
    double[] read = new double[runs];
    double[] floor = new double[runs];
    String[] leaves = new String[(int) size];
    LogVerification result = null;
    // Round 0 is untimed (JIT warm-up and PostgreSQL's cache); then the three are interleaved, so a busy
    // machine slows them alike.
    for (int i = 0; i <= runs; i++) {
      progress((i == 0 ? "warm-up" : "run " + i + "/" + runs) + ": verifyProduction, read, read + hash");
      long t = System.nanoTime();
      result = SystemActor.call(() -> ledger.verifyProduction(production));
      double v = seconds(t);
      if (!result.intact() || result.entries() != size) {
        throw new IllegalStateException("verification did not find the log intact: " + result.summary());
      }
      t = System.nanoTime();
      readLeaves(db, production, leaves, null);
      double r = seconds(t);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      t = System.nanoTime();
      readLeaves(db, production, leaves, sha256);
      double f = seconds(t);
      if (i > 0) {
        verify[i - 1] = v;
        read[i - 1] = r;
        floor[i - 1] = f;
      }
    }
    byte[][] bytes = new byte[leaves.length][];
    long totalBytes = 0;
    for (int i = 0; i < leaves.length; i++) {
      bytes[i] = leaves[i].getBytes(StandardCharsets.UTF_8);
      totalBytes += bytes[i].length;
    }
    leaves = null;
    double[] hash = new double[runs];
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (int i = 0; i < runs + 1; i++) {
      long t = System.nanoTime();
      for (byte[] leaf : bytes) {
        blackhole ^= sha256.digest(leaf)[0];
      }
      if (i > 0) {
        hash[i - 1] = seconds(t); // the first pass only warms the JIT up
      }
    }
    double v = median(verify);
    double r = median(read);
    double f = median(floor);
    double h = median(hash);
    line("");
    line(String.format("2. full verification of %d entries (%.0f MB of leaves, %d signed checkpoints), median of %d",
        size, totalBytes / 1e6, result.checkpoints(), runs));
    line(String.format("  baseline (SHA-256 over the same leaf bytes, in memory): %7.2f s  %9.0f entries/s  %5.0f MB/s",
        h, size / h, totalBytes / 1e6 / h));
    line(String.format("  Ledger.verifyProduction:                                %7.2f s  %9.0f entries/s",
        v, size / v));
    line(String.format("  ratio to baseline: %.2f (target >= 0.5)", h / v));
    line(String.format("  read + hash floor (plain JDBC, the query and fetch size verification uses, SHA-256 of each"
        + " leaf as it arrives, no verification): %.2f s; reading the rows alone %.2f s", f, r));
    line(String.format("  ratio verification/floor: verification takes %.2fx the floor's time, i.e. runs at %.2f of"
        + " the floor's speed (target >= 0.9)", v / f, f / v));
    line("  runs (s): verify " + Arrays.toString(round(verify)) + ", read " + Arrays.toString(round(read))
        + ", read + hash " + Arrays.toString(round(floor)) + ", hash " + Arrays.toString(round(hash)));
  }

  /**
   * Streams the log as the ledger's store does for verification: one read-only transaction, the same query
   * and fetch size. With a digest, also hashes each leaf (RFC 9162 leaf hash) as its row arrives.
   */
  private static void readLeaves(Connection db, UUID log, String[] leaves, MessageDigest sha256) throws SQLException {
    db.setAutoCommit(false);
    db.setReadOnly(true);
    try (PreparedStatement select = db.prepareStatement(ENTRY_SQL, ResultSet.TYPE_FORWARD_ONLY,
        ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(2_000);
      select.setObject(1, log);
      select.setLong(2, 0);
      try (ResultSet rs = select.executeQuery()) {
        int i = 0;
        while (rs.next()) {
          // Every column fetched and decoded to its plain form, as a reader of the row must.
          rs.getLong(1);
          String leaf = rs.getString(2);
          rs.getBytes(3);
          leaves[i++] = leaf;
          if (sha256 != null) {
            sha256.update((byte) 0);
            blackhole ^= sha256.digest(leaf.getBytes(StandardCharsets.UTF_8))[0];
          }
        }
        if (i != leaves.length) {
          throw new IllegalStateException("read " + i + " rows, expected " + leaves.length);
        }
      }
    } finally {
      db.commit();
      db.setReadOnly(false);
      db.setAutoCommit(true);
    }
  }

  // ---------------------------------------------------------------------------------------------- 3

  private void proofs(Ledger ledger, UUID production, Connection db) throws Exception {
    List<SignedCheckpoint> checkpoints = SystemActor.call(() -> ledger.checkpoints(production));
    long latest = checkpoints.get(checkpoints.size() - 1).treeSize();
    long[] earlier = checkpoints.stream().mapToLong(SignedCheckpoint::treeSize).filter(s -> s > 0 && s < latest)
        .toArray();
    int warmUp = Math.max(1_000, proofs / 5);
    progress("proofs: " + warmUp + " warm-up + " + proofs + " each");

    Latencies select = new Latencies(proofs);
    try (PreparedStatement byKey = db.prepareStatement(
        "SELECT leaf_hash FROM ledger_entry WHERE log_id = ? AND entry_index = ?")) {
      byKey.setObject(1, production);
      for (int i = 0; i < warmUp + proofs; i++) {
        byKey.setLong(2, ThreadLocalRandom.current().nextLong(latest));
        long t = System.nanoTime();
        try (ResultSet rs = byKey.executeQuery()) {
          rs.next();
          rs.getBytes(1);
        }
        if (i >= warmUp) {
          select.add(System.nanoTime() - t);
        }
      }
    }
    Latencies inclusion = new Latencies(proofs);
    Latencies consistency = new Latencies(proofs);
    SystemActor.run(() -> {
      for (int i = 0; i < warmUp + proofs; i++) {
        long index = ThreadLocalRandom.current().nextLong(latest);
        long t = System.nanoTime();
        ledger.inclusionProof(production, index, null);
        if (i >= warmUp) {
          inclusion.add(System.nanoTime() - t);
        }
      }
      for (int i = 0; i < warmUp + proofs && earlier.length > 0; i++) {
        long from = earlier[ThreadLocalRandom.current().nextInt(earlier.length)];
        long t = System.nanoTime();
        ledger.consistencyProof(production, from, null);
        if (i >= warmUp) {
          consistency.add(System.nanoTime() - t);
        }
      }
    });
    line("");
    line(String.format("3. proof latency at %d entries (latest checkpoint; consistency from %d earlier checkpoints),"
        + " %d calls each after %d warm-up", latest, earlier.length, proofs, warmUp));
    line(String.format("  baseline (SELECT leaf_hash by primary key, plain JDBC): %s", select.describe()));
    line(String.format("  Ledger.inclusionProof:                                  %s", inclusion.describe()));
    line(String.format("  Ledger.consistencyProof:                                %s", consistency.describe()));
    line(String.format("  ratio to baseline (p50): inclusion %.1fx, consistency %.1fx the SELECT; target p99 < 5 ms:"
        + " inclusion %s, consistency %s", inclusion.percentile(50) / select.percentile(50),
        consistency.percentile(50) / select.percentile(50), inclusion.percentile(99) < 5 ? "met" : "MISSED",
        consistency.percentile(99) < 5 ? "met" : "MISSED"));
  }

  // ---------------------------------------------------------------------------------------------- harness

  private interface Work extends AutoCloseable {
    /** Does the n-th operation; returns how long the measured part took, in nanoseconds. */
    long once(long n) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  private interface WorkFactory {
    Work create() throws Exception;
  }

  /** Runs {@code count} operations on {@link #writers} threads; returns the wall-clock seconds. */
  private double parallel(long count, Latencies latencies, WorkFactory factory) throws Exception {
    AtomicLong tickets = new AtomicLong();
    List<Work> works = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      works.add(factory.create());
    }
    List<Thread> threads = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (Work work : works) {
      threads.add(new Thread(() -> {
        try {
          for (long n = tickets.getAndIncrement(); n < count; n = tickets.getAndIncrement()) {
            latencies.set((int) n, work.once(n));
          }
        } catch (Throwable e) {
          failure[0] = e;
        }
      }, "bench-writer"));
    }
    long t = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = seconds(t);
    for (Work work : works) {
      work.close();
    }
    if (failure[0] != null) {
      throw new IllegalStateException("a writer failed", failure[0]);
    }
    return seconds;
  }

  private void recreateSchema() throws SQLException {
    try (Connection c = DriverManager.getConnection(DB, USER, ""); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(DB + "?currentSchema=" + SCHEMA, USER, "");
  }

  private ConfigurableApplicationContext startSetSafe(Path dataDir) {
    // Command-line arguments, because they outrank the postgres profile's own datasource settings.
    return new SpringApplicationBuilder(SetSafeApplication.class)
        .web(WebApplicationType.NONE)
        .profiles("postgres")
        .logStartupInfo(false)
        .run("--spring.datasource.url=" + DB + "?currentSchema=" + SCHEMA + (jdbcOptions.isEmpty() ? "" : "&" + jdbcOptions),
            "--spring.datasource.username=" + USER,
            "--spring.datasource.password=",
            "--spring.flyway.schemas=" + SCHEMA,
            "--spring.flyway.default-schema=" + SCHEMA,
            "--setsafe.data-dir=" + dataDir,
            "--setsafe.ledger.key-dir=" + dataDir.resolve("ledger-keys"),
            "--setsafe.demo.enabled=false",
            // No first-administrator account printed to the console; SystemActor is the administrator here.
            "--setsafe.cli=true",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN");
  }

  private void line(String text) {
    summary.add(text);
    System.out.println(text);
  }

  private static void progress(String text) {
    Harness.progress(text);
  }

  private static double seconds(long startNanos) {
    return Harness.seconds(startNanos);
  }

  private static double median(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy.length % 2 == 1 ? copy[copy.length / 2] : (copy[copy.length / 2 - 1] + copy[copy.length / 2]) / 2;
  }

  private static double[] round(double[] values) {
    return Arrays.stream(values).map(v -> Math.round(v * 100) / 100.0).toArray();
  }
}
