import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Report filing throughput on PostgreSQL: named hazard reports POSTed through SetSafe's HTTP API by concurrent
 * clients (each a different crew member with their own API token), against raw single-row autocommit INSERTs
 * into a copy of hazard_report by as many threads, measured in the same run. Anonymous reports through the
 * public link are measured too, on their own: each stores an argon2id hash of its receipt code, which is slow on
 * purpose. See run.sh.
 */
public final class ReportingBench {

  static final String WESTERN = "Dust Devil Creek";
  static final List<String> CREW = List.of("tess.grip", "marcus.camera", "eli.actor", "june.actor", "rosa.armorer",
      "hank.props", "dana.ad", "sam.safety", "leo.upm", "grace.producer");
  static final List<String> CATEGORIES = List.of("FIREARMS", "STUNTS", "PYROTECHNICS", "VEHICLES", "RIGGING_HEIGHTS",
      "ELECTRICAL", "WATER", "ANIMALS", "FATIGUE_HOURS", "OTHER");

  private final String url;
  private final String schema;
  private final int reports;
  private final int anonymous;
  private final int clients;
  private final int baselineRows;
  private final Path resultDir;
  private final Harness.Summary summary = new Harness.Summary();
  private final SetSafeApi api;
  private String base;
  private String publicLink;
  private double rawRate;

  private ReportingBench(Map<String, String> args) {
    url = args.get("url");
    schema = args.get("schema");
    reports = Integer.parseInt(args.getOrDefault("reports", "3000"));
    anonymous = Integer.parseInt(args.getOrDefault("anonymous", "120"));
    clients = Integer.parseInt(args.getOrDefault("clients", "8"));
    baselineRows = Integer.parseInt(args.getOrDefault("baseline-rows", String.valueOf(Math.max(reports, 5000))));
    resultDir = Path.of(args.getOrDefault("out", "bench/reporting/results"));
    api = new SetSafeApi(url, schema, "reporting bench");
    if (clients > CREW.size()) {
      throw new IllegalArgumentException("at most " + CREW.size() + " clients: one crew member each");
    }
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Harness.args(argv);
    if (!Harness.chore(args)) {
      new ReportingBench(args).run();
    }
  }

  private void run() throws Exception {
    for (String username : CREW.subList(0, clients)) {
      api.signIn(username);
    }
    String me = CREW.get(0);
    UUID western = UUID.fromString(first(get(me, "/api/productions"),
        "\\{\"id\":\"([0-9a-f-]{36})\",\"name\":\"" + Pattern.quote(WESTERN) + "\""));
    base = "/api/productions/" + western + "/reports";
    publicLink = first(get(me, base + "/public-link"), "\"api\":\"([^\"]+)\"");

    line("reporting benchmark on PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores, "
        + LocalDate.now(ZoneOffset.UTC) + "; SetSafe as its own process, " + clients + " clients, "
        + reports + " named reports and " + anonymous + " anonymous reports measured");

    int warmUp = Math.max(clients * 20, reports / 10);
    progress("API warm-up: " + warmUp + " named reports");
    parallel(warmUp, new Latencies(warmUp), false);
    parallel(Math.max(clients, anonymous / 10), new Latencies(Math.max(clients, anonymous / 10)), true);
    awaitLedgerCaughtUp();

    try (Connection db = connect()) {
      baseline(db);
      awaitLedgerCaughtUp();

      progress("API: " + clients + " clients, " + reports + " named reports");
      long before = count(db, "SELECT COUNT(*) FROM hazard_report");
      Latencies named = new Latencies(reports);
      double seconds = parallel(reports, named, false);
      long recorded = count(db, "SELECT COUNT(*) FROM hazard_report") - before;
      long pending = count(db, "SELECT COUNT(*) FROM event_publication");
      long t = System.nanoTime();
      awaitLedgerCaughtUp();
      double drain = seconds(t);
      double rate = reports / seconds;
      line("");
      line(String.format("  SetSafe report filing (POST, named, %d clients):            %8.0f reports/s  p50 %6.2f ms"
          + "  p99 %6.2f ms  max %7.2f ms", clients, rate, named.percentile(50), named.percentile(99),
          named.percentile(100)));
      line(String.format("  ratio to baseline: %.3f", rate / rawRate));
      line(String.format("  [%d reports in %.1f s after %d warm-up, %d hazard_report rows written; %d ledger hand-overs"
          + " outstanding at the end, caught up %.1f s later]", reports, seconds, warmUp, recorded, pending, drain));
      if (recorded != reports) {
        throw new IllegalStateException(recorded + " reports recorded for " + reports + " accepted POSTs");
      }

      progress("API: " + clients + " clients, " + anonymous + " anonymous reports");
      before = count(db, "SELECT COUNT(*) FROM hazard_report");
      Latencies anon = new Latencies(anonymous);
      double anonSeconds = parallel(anonymous, anon, true);
      long anonRecorded = count(db, "SELECT COUNT(*) FROM hazard_report") - before;
      double anonRate = anonymous / anonSeconds;
      line(String.format("  SetSafe report filing (POST, anonymous, %d clients):        %8.1f reports/s  p50 %6.2f ms"
          + "  p99 %6.2f ms  max %7.2f ms", clients, anonRate, anon.percentile(50), anon.percentile(99),
          anon.percentile(100)));
      line(String.format("  ratio to baseline: %.4f (each anonymous report hashes its receipt code with argon2id,"
          + " m=19 MiB, t=2)", anonRate / rawRate));
      if (anonRecorded != anonymous) {
        throw new IllegalStateException(anonRecorded + " anonymous reports recorded for " + anonymous + " POSTs");
      }
      awaitLedgerCaughtUp();
      line(String.format("  hazard_report rows at the end: %d", count(db, "SELECT COUNT(*) FROM hazard_report")));
    }
    summary.write(resultDir, String.valueOf(reports));
  }

  // ---------------------------------------------------------------------------------------------- baseline

  private void baseline(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      // Same columns, types, primary key, unique and check constraints and indices as hazard_report (no foreign
      // key, no append-only trigger).
      s.execute("DROP TABLE IF EXISTS bench_hazard_report");
      s.execute("CREATE TABLE bench_hazard_report (LIKE hazard_report INCLUDING ALL)");
    }
    List<Object[]> samples = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT production_id, category, severity, title, description, location, "
            + "department, reporter_id FROM hazard_report WHERE anonymous = FALSE ORDER BY reported_at DESC LIMIT 1024")) {
      while (rs.next()) {
        samples.add(new Object[] {rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getObject(8)});
      }
    }
    int warmUp = Math.max(1_000, baselineRows / 10);
    progress("baseline: " + clients + " threads, raw autocommit INSERTs, " + warmUp + " + " + baselineRows);
    rawParallel(samples, warmUp, new Latencies(warmUp));
    Latencies raw = new Latencies(baselineRows);
    double seconds = rawParallel(samples, baselineRows, raw);
    rawRate = baselineRows / seconds;
    line("");
    line(String.format("  baseline (raw single-row autocommit INSERT, %d threads):      %8.0f rows/s     p50 %6.2f ms"
        + "  p99 %6.2f ms  max %7.2f ms", clients, rawRate, raw.percentile(50), raw.percentile(99), raw.percentile(100)));
  }

  /** The baseline's row, shaped like the table the API writes. */
  private static final String RAW_INSERT = "INSERT INTO bench_hazard_report (id, production_id, category, "
      + "severity, title, description, scene_id, location, department, resignation, anonymous, reporter_id, "
      + "source, reported_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, FALSE, FALSE, ?, NULL, ?)";

  private double rawParallel(List<Object[]> samples, int count, Latencies latencies) throws Exception {
    return Harness.rawInserts(schema, clients, RAW_INSERT, count, latencies, (insert, n) -> {
      Object[] row = samples.get((int) (n % samples.size()));
      ThreadLocalRandom random = ThreadLocalRandom.current();
      insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
      insert.setObject(2, row[0]);
      insert.setString(3, (String) row[1]);
      insert.setString(4, (String) row[2]);
      insert.setString(5, (String) row[3]);
      insert.setString(6, (String) row[4]);
      insert.setString(7, (String) row[5]);
      insert.setString(8, (String) row[6]);
      insert.setObject(9, row[7]);
      insert.setObject(10, OffsetDateTime.now(ZoneOffset.UTC));
    });
  }

  // ---------------------------------------------------------------------------------------------- API load

  /** {@code count} reports filed by {@code clients} threads, each as its own crew member (or anonymously). */
  private double parallel(int count, Latencies latencies, boolean anonymously) throws Exception {
    AtomicLong tickets = new AtomicLong();
    List<Harness.Work> work = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      String user = CREW.get(i);
      work.add(() -> {
        for (long n = tickets.getAndIncrement(); n < count; n = tickets.getAndIncrement()) {
          String body = "{\"category\":\"" + CATEGORIES.get((int) (n % CATEGORIES.size())) + "\",\"severity\":\""
              + (n % 7 == 0 ? "CRITICAL" : "HIGH") + "\",\"title\":\"Hazard " + n + " seen on set\","
              + "\"description\":\"Cable run across the doorway of the church set, at ankle height, unmarked\","
              + "\"location\":\"Church set, stage 2\"}";
          long t = System.nanoTime();
          if (anonymously) {
            send(HttpRequest.newBuilder(URI.create(url + publicLink)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                201);
          } else {
            post(user, base, body, 201);
          }
          latencies.set((int) n, System.nanoTime() - t);
        }
      });
    }
    return Harness.inParallel(work);
  }

  private String post(String user, String path, String json, int expected) throws Exception {
    return api.post(user, path, json, expected);
  }

  private String get(String user, String path) throws Exception {
    return api.get(user, path);
  }

  private String send(HttpRequest request, int expected) throws Exception {
    return api.send(request, expected);
  }

  private static String first(String text, String regex) {
    return SetSafeApi.first(text, regex);
  }

  private void awaitLedgerCaughtUp() throws Exception {
    Harness.awaitLedgerCaughtUp(schema);
  }

  private static long count(Connection db, String sql) throws SQLException {
    return Harness.count(db, sql);
  }

  private Connection connect() throws SQLException {
    return Harness.connect(schema);
  }

  private void line(String text) {
    summary.line(text);
  }

  private static void progress(String text) {
    Harness.progress(text);
  }

  private static double seconds(long startNanos) {
    return Harness.seconds(startNanos);
  }
}
