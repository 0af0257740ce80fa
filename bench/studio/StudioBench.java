import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The studio view's benchmark: the time the studio's table takes to answer, as studio safety sees it (the JSON API
 * with a token, the page with a session), at 50, 100 and 200 generated productions, each production carrying its
 * crew, schedule, reports with their steps, escalations, custody, hours, incidents and 5,000 ledger entries (a
 * million at 200). At each size the baseline is one indexed query over the same data, straight over JDBC in the same
 * run: open hazard reports counted per production. The trends are timed too.
 *
 * <p>The records are written straight into the tables (INSERT … SELECT over generate_series): making a million
 * facts through the API would take hours, and what is measured is the reading. The studio reads every production's
 * records, whether or not they were made through SetSafe.
 *
 * <p>Usage: {@code StudioBench url=http://127.0.0.1:PORT schema=S [sizes=50,100,200] [ledger-per-production=5000]
 * [runs=20] [out=dir]}; {@code free-port} and {@code drop-schema=S} are run.sh's chores ({@link Harness#chore}).
 */
public final class StudioBench {

  private static final String PASSWORD = "studio-bench-demo-password";
  private static final List<String> RULES = List.of("custody.show-clear-before-issue", "custody.only-armorer-handles",
      "custody.no-live-ammunition", "custody.never-unattended", "custody.safety-meeting-before-firearms");

  private final String url;
  private final String schema;
  private final List<Integer> sizes = new ArrayList<>();
  private final int ledgerPerProduction;
  private final int runs;
  private final Path resultDir;
  private final Harness.Summary summary = new Harness.Summary();
  private final SetSafeApi api;
  private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(5)).build();

  private StudioBench(Map<String, String> args) {
    url = args.get("url");
    schema = args.get("schema");
    for (String size : args.getOrDefault("sizes", "50,100,200").split(",")) {
      sizes.add(Integer.parseInt(size.strip()));
    }
    ledgerPerProduction = Integer.parseInt(args.getOrDefault("ledger-per-production", "5000"));
    runs = Integer.parseInt(args.getOrDefault("runs", "20"));
    resultDir = Path.of(args.getOrDefault("out", "bench/studio/results"));
    api = new SetSafeApi(url, schema, "studio-bench");
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Harness.args(argv);
    if (Harness.chore(args)) {
      return;
    }
    new StudioBench(args).run();
  }

  private void run() throws Exception {
    api.signIn("demo.studio");
    signInOnThePage();
    summary.line("Studio view benchmark on PostgreSQL; SetSafe as its own process; " + runs
        + " timed answers per figure after 3 warm-ups; medians (p95 in brackets), milliseconds.");
    summary.line(String.format(Locale.ROOT, "%-12s %-10s %-14s %-14s %-14s %-12s %-10s %-10s", "productions",
        "ledger", "API table", "page", "trends", "baseline", "API/base", "page/base"));
    int made = 0;
    double[] first = null;
    for (int size : sizes) {
      Harness.progress("generating productions " + (made + 1) + " to " + size);
      generate(made + 1, size);
      made = size;
      try (Connection db = Harness.connect(schema); Statement s = db.createStatement()) {
        s.execute("ANALYZE");
      }
      long ledger;
      try (Connection db = Harness.connect(schema)) {
        ledger = Harness.count(db, "SELECT COUNT(*) FROM ledger_entry");
      }
      long sweepMs;
      try (Connection db = Harness.connect(schema)) {
        // Productions surely not wrapped in any zone: the sweep counts at least these (the demo's included).
        sweepMs = awaitGapSweep((int) Harness.count(db, "SELECT COUNT(*) FROM production p WHERE NOT EXISTS "
            + "(SELECT 1 FROM shooting_day d WHERE d.production_id = p.id) "
            + "OR EXISTS (SELECT 1 FROM shooting_day d WHERE d.production_id = p.id AND d.shoot_date > current_date + 1)"));
      }
      Latencies table = time(() -> api.get("demo.studio", "/api/studio/productions?sort=open-critical-reports"));
      Latencies page = time(this::page);
      Latencies trends = time(() -> api.get("demo.studio", "/api/studio/trends"));
      Latencies baseline = time(this::baseline);
      double tableMs = ms(table, 50);
      double pageMs = ms(page, 50);
      double baseMs = ms(baseline, 50);
      summary.line(String.format(Locale.ROOT, "%-12d %-10d %-14s %-14s %-14s %-12s %-10.1f %-10.1f", size, ledger,
          both(table), both(page), both(trends), both(baseline), tableMs / baseMs, pageMs / baseMs));
      summary.line(String.format(Locale.ROOT, "  pre-production gaps counted in the background for every production not "
          + "wrapped: %d ms (%.1f ms a production); the table reads the counts", sweepMs, (double) sweepMs / size));
      if (first == null) {
        first = new double[] {size, tableMs, pageMs, ms(trends, 50)};
      } else {
        summary.line(String.format(Locale.ROOT, "  growth from %d to %d productions (x%.1f): API table x%.2f, page "
                + "x%.2f, trends x%.2f", (int) first[0], size, size / first[0], tableMs / first[1], pageMs / first[2],
            ms(trends, 50) / first[3]));
      }
    }
    summary.write(resultDir, String.valueOf(made));
  }

  /**
   * Waits for the studio's background sweep to count the pre-production gaps of at least {@code productions}
   * productions, so one that began after the generation (SetSafe runs with the sweep every two minutes) and answers how long that sweep took, from the line
   * SetSafe logs at its end. The table is timed right after, so no sweep runs beside it.
   */
  private long awaitGapSweep(int productions) throws Exception {
    Path log = resultDir.resolve("setsafe.log");
    java.util.regex.Pattern line =
        java.util.regex.Pattern.compile("pre-production gaps counted on (\\d+) productions in (\\d+) ms");
    int seen = java.nio.file.Files.readAllLines(log).size();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(6);
    Harness.progress("waiting for the pre-production gaps sweep over " + productions + " productions");
    while (System.nanoTime() < deadline) {
      List<String> lines = java.nio.file.Files.readAllLines(log);
      for (String l : lines.subList(Math.min(seen, lines.size()), lines.size())) {
        java.util.regex.Matcher m = line.matcher(l);
        if (m.find() && Integer.parseInt(m.group(1)) >= productions) {
          return Long.parseLong(m.group(2));
        }
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("no pre-production gaps sweep over " + productions + " productions in 6 minutes");
  }

  private interface Call {
    Object call() throws Exception;
  }

  private Latencies time(Call call) throws Exception {
    for (int i = 0; i < 3; i++) {
      call.call();
    }
    Latencies latencies = new Latencies(runs);
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      call.call();
      latencies.set(i, System.nanoTime() - t);
    }
    return latencies;
  }

  private static double ms(Latencies latencies, double p) {
    return latencies.percentile(p);
  }

  private static String both(Latencies latencies) {
    return String.format(Locale.ROOT, "%.1f (%.1f)", ms(latencies, 50), ms(latencies, 95));
  }

  /** The baseline: one indexed query over the same data, the open hazard reports of every production. */
  private Object baseline() throws Exception {
    try (Connection db = Harness.connect(schema);
        PreparedStatement q = db.prepareStatement("SELECT h.production_id, COUNT(*) FROM hazard_report h "
            + "WHERE h.production_id = ANY (SELECT id FROM production) AND NOT EXISTS (SELECT 1 FROM report_step s "
            + "WHERE s.report_id = h.id AND s.step = 'RESOLVED') GROUP BY h.production_id");
        ResultSet rs = q.executeQuery()) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  private void signInOnThePage() throws Exception {
    String login = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String csrf = SetSafeApi.first(login, "name=\"_csrf\" value=\"([^\"]+)\"");
    String form = "username=demo.studio&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
        + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("signing in as demo.studio failed: " + signedIn.statusCode());
    }
  }

  private Object page() throws Exception {
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url + "/studio?sort=open-reports"))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200 || !page.body().contains("studio-table")) {
      throw new IllegalStateException("the studio page answered " + page.statusCode());
    }
    return page.body().length();
  }

  /** Productions number {@code from} to {@code to} and everything they carry. */
  private void generate(int from, int to) throws Exception {
    try (Connection db = Harness.connect(schema); Statement s = db.createStatement()) {
      db.setAutoCommit(false);
      s.execute("CREATE TEMP TABLE bench_new (id UUID PRIMARY KEY, n INT NOT NULL) ON COMMIT DROP");
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO bench_new (id, n) VALUES (?, ?)")) {
        for (int n = from; n <= to; n++) {
          insert.setObject(1, UUID.randomUUID());
          insert.setInt(2, n);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      for (String sql : generation()) {
        s.execute(sql);
      }
      db.commit();
    }
  }

  private List<String> generation() {
    String rules = String.join("','", RULES);
    return List.of(
        "INSERT INTO production (id, name, time_zone, created_at) SELECT id, 'Bench ' || lpad(n::text, 3, '0'), "
            + "(ARRAY['America/Denver','America/Los_Angeles','Europe/London','Australia/Sydney'])[1 + n % 4], now() "
            + "FROM bench_new",
        // Twenty shooting days each, the first between 25 days ago and 14 days ahead: some wrapped, some shooting
        // today, some preparing.
        "INSERT INTO shooting_day (id, production_id, shoot_date, call_time, location) SELECT gen_random_uuid(), b.id, "
            + "current_date + (b.n % 40) - 25 + d, time '07:00', 'Stage ' || d FROM bench_new b, "
            + "generate_series(0, 19) d",
        "INSERT INTO app_user (id, username, display_name, password_hash, must_change_password, enabled, created_at) "
            + "SELECT gen_random_uuid(), 'bench-' || b.n || '-' || m, 'Bench crew ' || b.n || '-' || m, 'x', FALSE, "
            + "TRUE, now() FROM bench_new b, generate_series(1, 8) m",
        "INSERT INTO production_member (production_id, user_id, department, added_at) SELECT b.id, u.id, 'Props', "
            + "now() FROM bench_new b JOIN app_user u ON u.username LIKE 'bench-' || b.n || '-%'",
        "INSERT INTO production_member_role (production_id, user_id, crew_role) SELECT pm.production_id, pm.user_id, "
            + "CASE split_part(u.username, '-', 3) WHEN '1' THEN 'ARMORER' WHEN '2' THEN 'SAFETY_ADVISOR' "
            + "WHEN '3' THEN 'PRODUCER' ELSE 'CREW' END FROM production_member pm JOIN app_user u ON u.id = pm.user_id "
            + "JOIN bench_new b ON b.id = pm.production_id",
        // Half the armorers hold a permit, some of them running out within the month; the rest hold none.
        "INSERT INTO certification (id, version, holder_id, type_code, issuer, cert_number, issued_on, expires_on, "
            + "withdrawn, recorded_by, recorded_at) SELECT gen_random_uuid(), 1, u.id, 'ARMORER_PERMIT', "
            + "'California DOJ', 'AP-' || b.n, current_date - 700, current_date + (b.n % 60), FALSE, u.id, now() "
            + "FROM bench_new b JOIN app_user u ON u.username = 'bench-' || b.n || '-1' WHERE b.n % 2 = 0",
        "INSERT INTO hazard_report (id, production_id, category, severity, title, description, resignation, anonymous, "
            + "reported_at) SELECT gen_random_uuid(), b.id, 'FIREARMS', "
            + "(ARRAY['LOW','MEDIUM','HIGH','CRITICAL'])[1 + (r * 7 + b.n) % 4], 'Loose rounds on the cart', "
            + "'Generated for the studio benchmark', FALSE, FALSE, now() - r * interval '33 hours' "
            + "FROM bench_new b, generate_series(1, 60) r",
        "INSERT INTO report_step (report_id, step_no, production_id, step, by_reporter, occurred_at) SELECT h.id, 1, "
            + "h.production_id, 'ACKNOWLEDGED', FALSE, h.reported_at + interval '2 hours' FROM hazard_report h "
            + "JOIN bench_new b ON b.id = h.production_id WHERE random() < 0.8",
        "INSERT INTO report_step (report_id, step_no, production_id, step, by_reporter, occurred_at) SELECT s.report_id, "
            + "2, s.production_id, 'RESOLVED', FALSE, s.occurred_at + interval '28 hours' FROM report_step s "
            + "JOIN bench_new b ON b.id = s.production_id WHERE s.step_no = 1 AND random() < 0.7",
        "INSERT INTO stop_work (id, production_id, scene_id, called_by, reason, called_at) SELECT gen_random_uuid(), "
            + "b.id, NULL, b.id, 'Rigging not signed off', now() - interval '5 hours' FROM bench_new b "
            + "WHERE b.n % 10 = 0",
        "INSERT INTO management_review (id, production_id, trigger_kind, department, report_id, why, opened_at) "
            + "SELECT gen_random_uuid(), h.production_id, 'REPEATED_REPORTS', 'Props', h.id, 'Three reports from "
            + "props in a week', now() - interval '3 days' FROM (SELECT DISTINCT ON (h.production_id) h.id, "
            + "h.production_id FROM hazard_report h JOIN bench_new b ON b.id = h.production_id WHERE b.n % 4 = 0 "
            + "ORDER BY h.production_id, h.reported_at DESC) h",
        "INSERT INTO escalation (report_id, production_id, category, severity, title, policy, state, round, level, "
            + "reported_at, round_started_at) SELECT h.id, h.production_id, h.category, h.severity, h.title, '{}', "
            + "CASE WHEN h.rn = 3 THEN 'ACKNOWLEDGED' ELSE 'ESCALATING' END, 1, h.rn, h.reported_at, h.reported_at "
            + "FROM (SELECT h.*, ROW_NUMBER() OVER (PARTITION BY h.production_id ORDER BY h.reported_at DESC) AS rn "
            + "FROM hazard_report h JOIN bench_new b ON b.id = h.production_id) h WHERE h.rn <= 3",
        // Six weapons each, taken out and locked up again twenty times; the odd ones are out now.
        "INSERT INTO custody_event (event_id, production_id, weapon_id, kind, occurred_at, stream_version, payload) "
            + "SELECT gen_random_uuid(), b.id, md5(b.id::text || k)::uuid, CASE WHEN e = 1 THEN "
            + "'custody.weapon-received' WHEN e % 2 = 0 THEN 'custody.weapon-locked-up' ELSE 'custody.weapon-unlocked' "
            + "END, now() - (40 - e) * interval '1 hour', e, '{}' FROM bench_new b, generate_series(1, 6) k, "
            + "generate_series(1, 20 + k % 2) e",
        "INSERT INTO staffing_hours (id, production_id, person_id, work_date, on_at, off_at, recorded_by, recorded_at) "
            + "SELECT gen_random_uuid(), pm.production_id, pm.user_id, current_date - d * 2, "
            + "(current_date - d * 2) + time '07:00', (current_date - d * 2) + time '19:00', pm.user_id, now() "
            + "FROM production_member pm JOIN bench_new b ON b.id = pm.production_id, generate_series(0, 29) d",
        "INSERT INTO staffing_flag (id, production_id, scene_id, day_date, person_id, kind, detail, raised_at) "
            + "SELECT gen_random_uuid(), b.id, gen_random_uuid(), current_date + 1, u.id, 'ARMORER_DOUBLE_BOOKED', "
            + "'Armorer also on props', now() FROM bench_new b JOIN app_user u ON u.username = 'bench-' || b.n || '-1' "
            + "WHERE b.n % 3 = 0",
        "INSERT INTO incident (id, production_id, kind, severity, location, happened_at, what_happened, opened_by, "
            + "opened_at) SELECT gen_random_uuid(), b.id, CASE WHEN i = 4 THEN 'INJURY_OR_ILLNESS' ELSE 'NEAR_MISS' "
            + "END, 'MEDIUM', 'Stage 1', now() - ((b.n * 13 + i * 17) % 80) * interval '1 day', 'Generated', u.id, "
            + "now() FROM bench_new b JOIN app_user u ON u.username = 'bench-' || b.n || '-2', generate_series(1, 4) i",
        "INSERT INTO ledger_log (id, scope, production_id, origin, created_at) SELECT gen_random_uuid(), "
            + "'bench:' || b.id, b.id, 'bench/production/' || b.id, now() FROM bench_new b",
        // A ledger entry is about 600 bytes; one in a hundred is a refusal naming its rule, one in 250 a misfire.
        "INSERT INTO ledger_entry (log_id, entry_index, fact_id, kind, occurred_at, recorded_at, leaf, leaf_hash) "
            + "SELECT l.id, g, gen_random_uuid(), CASE WHEN g % 100 = 0 THEN 'custody.refused' WHEN g % 250 = 1 THEN "
            + "'custody.misfire' ELSE 'custody.weapon-inspected' END, now() - (" + ledgerPerProduction + " - g) * "
            + "interval '20 minutes', now(), CASE WHEN g % 100 = 0 THEN '{\"kind\":\"custody.refused\",\"fact\":"
            + "{\"rule\":\"' || (ARRAY['" + rules + "'])[1 + (g / 100) % " + RULES.size() + "] || '\"}}' ELSE "
            + "'{\"kind\":\"custody.weapon-inspected\",\"fact\":{\"note\":\"' || repeat('generated ', 50) || g || "
            + "'\"}}' END, '\\x00'::bytea FROM ledger_log l JOIN bench_new b ON b.id = l.production_id, "
            + "generate_series(0, " + (ledgerPerProduction - 1) + ") g");
  }
}
