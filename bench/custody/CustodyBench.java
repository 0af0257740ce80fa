import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The custody benchmark the custody issue asks for: custody events per second and their p50/p99 latency
 * through the HTTP API of a running SetSafe (a separate process, started by run.sh) with 16 concurrent
 * clients on PostgreSQL, against 16 threads doing raw single-row autocommit INSERTs into a table shaped like
 * {@code custody_event} in the same PostgreSQL, measured in the same run.
 *
 * <p>Each client has weapons of its own (as each armorer's weapons on a set with several) and takes them,
 * one after the other, through the day's cycle the protocol allows again and again: unlock, inspect,
 * show-clear to the actor, the 1st AD and the camera head, their three confirmations (each from their own
 * token), issue to the actor for today's scene, return, lock-up. Every accepted POST is one custody event.
 *
 * <p>Then two sweeps, each measured by one client alone (so what is measured is the step, not the queue), as the
 * mean latency of each step at two points and their ratio, which should stay flat (within ±20%): the day's scenes
 * (the day as the demo seeds it, then with {@code scenes} on it) and the production's custody events (as the run
 * left them, then grown to {@code grow-to}).
 *
 * <p>Usage: {@code CustodyBench url=http://127.0.0.1:PORT schema=S [events=N] [clients=16]
 * [weapons-per-client=2] [baseline-rows=N] [probe-cycles=50] [scenes=40] [grow-to=10000] [sweeps=true] [out=dir]};
 * {@code free-port} and {@code drop-schema=S} are run.sh's chores ({@link Harness#chore}).
 */
public final class CustodyBench {

  static final String WESTERN = "Dust Devil Creek";
  static final List<String> WITNESSES = List.of("eli.actor", "dana.ad", "marcus.camera");
  /** POSTs in one cycle of {@link Client#cycle}. */
  static final int EVENTS_PER_CYCLE = 9;
  static final List<String> STEPS = List.of("unlock", "inspect", "show-clear", "confirm", "confirm", "confirm", "issue",
      "return", "lock-up");
  /** Total nanoseconds and count per step of the cycle, for the measured run: where the time goes. */
  private final java.util.concurrent.atomic.LongAdder[] stepNanos = new java.util.concurrent.atomic.LongAdder[EVENTS_PER_CYCLE];
  private final java.util.concurrent.atomic.LongAdder[] stepCount = new java.util.concurrent.atomic.LongAdder[EVENTS_PER_CYCLE];
  private volatile boolean measuring;

  private final String url;
  private final String schema;
  private final int events;
  private final int clients;
  private final int weaponsPerClient;
  private final int baselineRows;
  private final int probeCycles;
  private final int scenes;
  private final int growTo;
  private final boolean sweeps;
  private final Path resultDir;
  private final Harness.Summary summary = new Harness.Summary();
  private final SetSafeApi api;

  private final Map<String, UUID> users = new HashMap<>();
  private UUID western;
  private String base;
  private String sceneId;

  private CustodyBench(Map<String, String> args) {
    url = args.get("url");
    schema = args.get("schema");
    events = Integer.parseInt(args.getOrDefault("events", "6000"));
    clients = Integer.parseInt(args.getOrDefault("clients", "16"));
    // A weapon plan names at most 40 weapons, and the bench's weapons share one scene's plan.
    weaponsPerClient = Integer.parseInt(args.getOrDefault("weapons-per-client", "2"));
    baselineRows = Integer.parseInt(args.getOrDefault("baseline-rows", String.valueOf(Math.min(events, 30_000))));
    probeCycles = Integer.parseInt(args.getOrDefault("probe-cycles", "50"));
    scenes = Integer.parseInt(args.getOrDefault("scenes", "40"));
    growTo = Integer.parseInt(args.getOrDefault("grow-to", "10000"));
    sweeps = Boolean.parseBoolean(args.getOrDefault("sweeps", "true"));
    resultDir = Path.of(args.getOrDefault("out", "bench/custody/results"));
    api = new SetSafeApi(url, schema, "custody bench");
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> args = Harness.args(argv);
    if (!Harness.chore(args)) {
      new CustodyBench(args).run();
    }
  }

  private void run() throws Exception {
    for (String username : List.of("rosa.armorer", "eli.actor", "dana.ad", "marcus.camera", "sam.safety")) {
      users.put(username, api.signIn(username));
    }
    western = UUID.fromString(first(get("rosa.armorer", "/api/productions"),
        "\\{\"id\":\"([0-9a-f-]{36})\",\"name\":\"" + Pattern.quote(WESTERN) + "\""));
    base = "/api/productions/" + western + "/custody";
    sceneId = todaysScene(western);

    line("custody benchmark on PostgreSQL, " + Runtime.getRuntime().availableProcessors() + " cores, "
        + LocalDate.now(ZoneOffset.UTC) + "; SetSafe as its own process, " + clients + " clients, "
        + weaponsPerClient + " weapons each, " + events + " events measured");

    progress("registering and receiving " + clients * weaponsPerClient + " weapons");
    List<Client> workers = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      workers.add(new Client(i));
    }
    readyToShoot(western, workers);
    int warmUp = Math.max(EVENTS_PER_CYCLE * clients * 4, events / 10);
    progress("API warm-up: " + warmUp + " events");
    parallel(workers, warmUp, new Latencies(warmUp));

    // The warm-up's events reach the ledger asynchronously; let that settle so it does not weigh on the baseline.
    awaitLedgerCaughtUp();
    try (Connection db = connect()) {
      baseline(db);
      awaitLedgerCaughtUp();
      progress("API: " + clients + " clients, " + events + " events");
      Latencies latencies = new Latencies(events);
      long before = count(db, STEPS_RECORDED);
      long commitsBefore = commits(db);
      for (int i = 0; i < EVENTS_PER_CYCLE; i++) {
        stepNanos[i] = new java.util.concurrent.atomic.LongAdder();
        stepCount[i] = new java.util.concurrent.atomic.LongAdder();
      }
      measuring = true;
      double seconds = parallel(workers, events, latencies);
      long recorded = count(db, STEPS_RECORDED) - before;
      long pending = count(db, "SELECT COUNT(*) FROM event_publication");
      long t = System.nanoTime();
      awaitLedgerCaughtUp();
      double drain = seconds(t);
      long commits = commits(db) - commitsBefore;
      double rate = events / seconds;
      line("");
      line(String.format("  SetSafe custody API (POST, %d clients, own weapons each): %8.0f events/s  p50 %6.2f ms  p99 %6.2f ms"
          + "  max %7.2f ms", clients, rate, latencies.percentile(50), latencies.percentile(99), latencies.percentile(100)));
      line(String.format("  ratio to baseline: %.2f (target >= 0.3): %s", rate / rawRate, rate / rawRate >= 0.3 ? "met" : "MISSED"));
      line(String.format("  [%d events measured in %.1f s after %d warm-up, %d weapon steps written; %d ledger hand-overs"
          + " still outstanding at the end, caught up %.1f s later; cycle: unlock, inspect, show-clear, 3 confirmations,"
          + " issue, return, lock-up]", events, seconds, warmUp, recorded, pending, drain));
      StringBuilder steps = new StringBuilder("  mean latency per step (ms):");
      for (int i = 0; i < EVENTS_PER_CYCLE; i++) {
        if (i == 4 || i == 5) {
          continue;
        }
        long n = stepCount[i].sum() + (i == 3 ? stepCount[4].sum() + stepCount[5].sum() : 0);
        long ns = stepNanos[i].sum() + (i == 3 ? stepNanos[4].sum() + stepNanos[5].sum() : 0);
        steps.append(String.format(" %s %.1f", STEPS.get(i), n == 0 ? 0 : ns / 1e6 / n));
      }
      line(steps.toString());
      line(String.format("  custody_event rows on the production at the end: %d", count(db, "SELECT COUNT(*) FROM custody_event")));
      line(String.format("  transactions committed in the database per custody event, ledger included: %.1f (the baseline"
          + " commits 1 per row; counts every transaction in the database, so anything else using it adds to this)",
          (double) commits / events));
      if (recorded != events) {
        throw new IllegalStateException(recorded + " weapon steps recorded for " + events + " accepted POSTs");
      }
    }
    if (sweeps) {
      sweeps(workers);
    }
    summary.write(resultDir, String.valueOf(events));
  }

  /**
   * The weapons' own steps, which is what an accepted POST records: a row with a stream version. Not every custody
   * fact: SetSafe's unattended watch raises its alerts (no weapon stream, no actor) on its own, e.g. one for each
   * weapon out of lock-up when a run crosses the day's meal break, which is one a client (each has one weapon out).
   */
  static final String STEPS_RECORDED = "SELECT COUNT(*) FROM custody_event WHERE stream_version IS NOT NULL";

  // ---------------------------------------------------------------------------------------------- sweeps

  /** Mean milliseconds of each step of the cycle, the three confirmations as one. */
  private record StepMeans(double[] ms) {
    double overall() {
      return Arrays.stream(ms).average().orElse(0);
    }
  }

  private static final List<String> STEP_NAMES = List.of("unlock", "inspect", "show-clear", "confirm", "issue", "return",
      "lock-up");

  /**
   * The step's cost should not grow with what the production already holds: first the day's scenes (as the demo
   * seeds it, then with {@code scenes}), then its custody events (as the run left them, then {@code grow-to}).
   */
  private void sweeps(List<Client> workers) throws Exception {
    Client probe = workers.get(0);
    String today = get("dana.ad", "/api/productions/" + western + "/today");
    UUID day = UUID.fromString(first(today, "\"shootingDay\":\\{\"id\":\"([0-9a-f-]{36})\""));
    line("");
    line("  sweeps: one client alone, " + probeCycles + " cycles at each point; mean latency per step (ms)");

    // One probe thrown away first: the 16-client run leaves the JIT still compiling the one-client path, and a
    // first point measured on colder code would read as a step getting cheaper with more data.
    probe(probe);
    long fewScenes = scenesOn(day);
    StepMeans before = probe(probe);
    progress("adding scenes to today's call sheet up to " + scenes);
    for (long n = fewScenes; n < scenes; n++) {
      post("dana.ad", "/api/productions/" + western + "/scenes", "{\"number\":\"S" + n + "-"
          + UUID.randomUUID().toString().substring(0, 4) + "\",\"description\":\"Wide of the street, no weapons\","
          + "\"shootingDayId\":\"" + day + "\"}", 201);
    }
    long manyScenes = scenesOn(day);
    StepMeans withScenes = probe(probe);
    compare("scenes on the day", fewScenes, manyScenes, before, withScenes);

    long fewEvents = custodyEvents();
    if (fewEvents < growTo) {
      int more = (int) (growTo - fewEvents);
      progress("growing the production to " + growTo + " custody events (" + more + " more)");
      parallel(workers, more, new Latencies(more));
      Harness.awaitLedgerCaughtUp(schema);
    }
    long manyEvents = custodyEvents();
    StepMeans grown = probe(probe);
    compare("custody events in the production", fewEvents, manyEvents, withScenes, grown);
  }

  /** One client alone through whole cycles (after settling the ledger), as per-step means. */
  private StepMeans probe(Client client) throws Exception {
    Harness.awaitLedgerCaughtUp(schema);
    long[] nanos = new long[EVENTS_PER_CYCLE];
    int[] count = new int[EVENTS_PER_CYCLE];
    long from = position.getOrDefault(client, 0L);
    // Finish the cycle the client is in, so each probe starts at an unlock.
    while (from % EVENTS_PER_CYCLE != 0) {
      client.step(from++);
    }
    for (long n = from; n < from + (long) probeCycles * EVENTS_PER_CYCLE; n++) {
      int step = (int) (n % EVENTS_PER_CYCLE);
      nanos[step] += client.step(n);
      count[step]++;
    }
    position.put(client, from + (long) probeCycles * EVENTS_PER_CYCLE);
    double[] ms = new double[STEP_NAMES.size()];
    for (int i = 0, out = 0; i < EVENTS_PER_CYCLE; i++) {
      if (i == 4 || i == 5) {
        continue;
      }
      long ns = nanos[i] + (i == 3 ? nanos[4] + nanos[5] : 0);
      int n = count[i] + (i == 3 ? count[4] + count[5] : 0);
      ms[out++] = n == 0 ? 0 : ns / 1e6 / n;
    }
    return new StepMeans(ms);
  }

  private void compare(String what, long few, long many, StepMeans at, StepMeans against) {
    StringBuilder lines = new StringBuilder();
    lines.append(String.format("  %s: %d → %d%n", what, few, many));
    lines.append(String.format("    %-10s %9s %9s %7s%n", "step", few, many, "ratio"));
    boolean flat = true;
    for (int i = 0; i < STEP_NAMES.size(); i++) {
      double ratio = at.ms()[i] == 0 ? 0 : against.ms()[i] / at.ms()[i];
      flat &= ratio >= 0.8 && ratio <= 1.2;
      lines.append(String.format("    %-10s %9.2f %9.2f %7.2f%n", STEP_NAMES.get(i), at.ms()[i], against.ms()[i], ratio));
    }
    double overall = against.overall() / at.overall();
    lines.append(String.format("    %-10s %9.2f %9.2f %7.2f  (flat within ±20%%: %s; every step: %s)", "mean",
        at.overall(), against.overall(), overall, overall >= 0.8 && overall <= 1.2 ? "met" : "MISSED",
        flat ? "met" : "MISSED"));
    for (String l : lines.toString().split("\n")) {
      line(l);
    }
  }

  private long scenesOn(UUID day) throws Exception {
    try (Connection db = connect(); PreparedStatement count = db.prepareStatement(
        "SELECT COUNT(*) FROM scene WHERE shooting_day_id = ?")) {
      count.setObject(1, day);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long custodyEvents() throws Exception {
    try (Connection db = connect(); PreparedStatement count = db.prepareStatement(
        "SELECT COUNT(*) FROM custody_event WHERE production_id = ?")) {
      count.setObject(1, western);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------- baseline

  private double rawRate;

  private void baseline(Connection db) throws Exception {
    try (Statement s = db.createStatement()) {
      // Same columns, types, identity, primary key, unique and check constraints and indices as custody_event
      // (no foreign key, no append-only trigger).
      s.execute("DROP TABLE IF EXISTS bench_custody_event");
      s.execute("CREATE TABLE bench_custody_event (LIKE custody_event INCLUDING ALL)");
    }
    // Real rows the warm-up wrote, so the baseline inserts the very kinds and payloads the API does.
    List<Object[]> samples = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("SELECT production_id, weapon_id, kind, actor_id, payload FROM custody_event "
            + "WHERE weapon_id IS NOT NULL ORDER BY seq DESC LIMIT 1024")) {
      while (rs.next()) {
        samples.add(new Object[] {rs.getObject(1), rs.getObject(2), rs.getString(3), rs.getObject(4), rs.getString(5)});
      }
    }
    int warmUp = Math.max(1_000, baselineRows / 10);
    progress("baseline: " + clients + " threads, raw autocommit INSERTs, " + warmUp + " + " + baselineRows);
    AtomicLong version = new AtomicLong();
    rawParallel(samples, version, warmUp, new Latencies(warmUp));
    Latencies raw = new Latencies(baselineRows);
    double seconds = rawParallel(samples, version, baselineRows, raw);
    rawRate = baselineRows / seconds;
    line("");
    line(String.format("  baseline (raw single-row autocommit INSERT, %d threads):    %8.0f rows/s    p50 %6.2f ms  p99 %6.2f ms"
        + "  max %7.2f ms", clients, rawRate, raw.percentile(50), raw.percentile(99), raw.percentile(100)));
  }

  /** The baseline's row, shaped like the table the API writes. */
  private static final String RAW_INSERT = "INSERT INTO bench_custody_event (event_id, production_id, "
      + "weapon_id, lot_id, kind, actor_id, occurred_at, stream_version, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private double rawParallel(List<Object[]> samples, AtomicLong version, int count, Latencies latencies) throws Exception {
    return Harness.rawInserts(schema, clients, RAW_INSERT, count, latencies, (insert, n) -> {
      Object[] row = samples.get((int) (n % samples.size()));
      ThreadLocalRandom random = ThreadLocalRandom.current();
      insert.setObject(1, new UUID(random.nextLong(), random.nextLong()));
      insert.setObject(2, row[0]);
      // One stream per row, so the (weapon_id, stream_version) constraint is checked but never contended.
      insert.setObject(3, new UUID(random.nextLong(), random.nextLong()));
      insert.setObject(4, null);
      insert.setString(5, (String) row[2]);
      insert.setObject(6, row[3]);
      insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
      insert.setInt(8, (int) (version.incrementAndGet() % 1_000_000 + 1));
      insert.setString(9, (String) row[4]);
    });
  }

  // ---------------------------------------------------------------------------------------------- API load

  /** One armorer's phone with its own weapons, all WITH_ARMORER between cycles. */
  private final class Client {
    private final List<String> weapons = new ArrayList<>();
    private int next;

    Client(int number) throws Exception {
      for (int i = 0; i < weaponsPerClient; i++) {
        String body = post("rosa.armorer", base + "/weapons", """
            {"kind":"FIREARM","serial":"B%02d-%02d-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
             "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
             "ownerLicenceNumber":"9-85-049-01"}""".formatted(number, i, UUID.randomUUID().toString().substring(0, 6)), 201);
        String weapon = first(body, "\"weapon\":\\{\"id\":\"([0-9a-f-]{36})\"");
        post("rosa.armorer", base + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}", 200);
        post("rosa.armorer", base + "/weapons/" + weapon + "/lock-up", "{\"location\":\"Armory truck, safe 1\"}", 200);
        weapons.add(weapon);
      }
    }

    /**
     * The n-th event of this client's sequence; each weapon goes through a whole cycle before the next.
     * Returns the request's latency in nanoseconds.
     */
    long step(long n) throws Exception {
      String weapon = weapons.get(next);
      String w = base + "/weapons/" + weapon;
      int step = (int) (n % EVENTS_PER_CYCLE);
      long t = System.nanoTime();
      switch (step) {
        case 0 -> post("rosa.armorer", w + "/unlock", "", 200);
        case 1 -> post("rosa.armorer", w + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes, hammer safe\"}", 200);
        case 2 -> post("rosa.armorer", w + "/show-clear", "{\"witnesses\":[" + String.join(",", WITNESSES.stream()
            .map(u -> "\"" + users.get(u) + "\"").toList()) + "]}", 200);
        case 3, 4, 5 -> post(WITNESSES.get(step - 3), w + "/show-clear/confirm", "", 200);
        case 6 -> post("rosa.armorer", w + "/issue", "{\"performerId\":\"" + users.get("eli.actor") + "\",\"sceneId\":\""
            + sceneId + "\"}", 200);
        case 7 -> post("rosa.armorer", w + "/return", "", 200);
        default -> {
          post("rosa.armorer", w + "/lock-up", "{\"location\":\"Armory truck, safe 1\"}", 200);
          next = (next + 1) % weapons.size();
        }
      }
      long took = System.nanoTime() - t;
      if (measuring) {
        stepNanos[step].add(took);
        stepCount[step].increment();
      }
      return took;
    }
  }

  /**
   * Runs {@code count} events, split evenly over the clients (each keeps its own sequence of whole cycles, so
   * a run may end mid-cycle and the next one carries on from there); returns the wall-clock seconds.
   */
  private final Map<Client, Long> position = new HashMap<>();

  private double parallel(List<Client> workers, int count, Latencies latencies) throws Exception {
    AtomicLong slots = new AtomicLong();
    List<Harness.Work> work = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      Client client = workers.get(i);
      int share = count / workers.size() + (i < count % workers.size() ? 1 : 0);
      long from = position.getOrDefault(client, 0L);
      position.put(client, from + share);
      work.add(() -> {
        for (long n = from; n < from + share; n++) {
          latencies.set((int) slots.getAndIncrement(), client.step(n));
        }
      });
    }
    return Harness.inParallel(work);
  }

  // ---------------------------------------------------------------------------------------------- HTTP

  private String post(String user, String path, String json, int expected) throws Exception {
    return api.post(user, path, json, expected);
  }

  private String get(String user, String path) throws Exception {
    return api.get(user, path);
  }

  private static String first(String text, String regex) {
    return SetSafeApi.first(text, regex);
  }

  /** A scene on today's call sheet in the production's time zone (the demo seeds one; made if the clock moved). */
  /**
   * What the scene-safety gates ask before the first issue, done once as the crew would: the scene's weapon plan
   * names every bench weapon for the actor and is signed by the armorer and the safety advisor, and today's safety
   * meeting covers the scene as it now is (the demo already marked it a firearms scene, approved its risk
   * assessments, scheduled the dedicated armorer and trained the actor). The gates themselves run on every issue.
   */
  private void readyToShoot(UUID western, List<Client> workers) throws Exception {
    String p = "/api/productions/" + western;
    StringBuilder lines = new StringBuilder();
    for (Client worker : workers) {
      for (String weapon : worker.weapons) {
        lines.append(lines.length() == 0 ? "" : ",").append("{\"weaponId\":\"").append(weapon)
            .append("\",\"performerId\":\"").append(users.get("eli.actor"))
            .append("\",\"pointed\":false,\"replicaReason\":\"Drawn and holstered in close-up; a replica reads false\"}");
      }
    }
    String plan = post("rosa.armorer", p + "/protocol/scenes/" + sceneId + "/weapon-plan/versions",
        "{\"discharge\":false,\"lines\":[" + lines + "],\"changeNote\":\"Benchmark weapons\"}", 201);
    String version = first(plan, "\"version\":([0-9]+)");
    post("rosa.armorer", p + "/protocol/scenes/" + sceneId + "/weapon-plan/sign-offs",
        "{\"version\":" + version + ",\"capacity\":\"ARMORER\"}", 201);
    post("sam.safety", p + "/protocol/scenes/" + sceneId + "/weapon-plan/sign-offs",
        "{\"version\":" + version + ",\"capacity\":\"SAFETY_ADVISOR\"}", 201);
    String meeting = first(post("dana.ad", p + "/briefing/meetings", "{\"sceneIds\":[\"" + sceneId + "\"]}", 201),
        "\"id\":\"([0-9a-f-]{36})\"");
    post("eli.actor", p + "/briefing/meetings/" + meeting + "/acknowledgments", "{}", 201);
    post("dana.ad", p + "/briefing/meetings/" + meeting + "/held", "{}", 201);
  }

  private String todaysScene(UUID western) throws Exception {
    String p = "/api/productions/" + western;
    String today = get("dana.ad", p + "/today");
    Matcher scene = Pattern.compile("\"scenes\":\\[\\{\"id\":\"([0-9a-f-]{36})\"").matcher(today);
    if (scene.find()) {
      return scene.group(1);
    }
    String day;
    if (today.contains("\"shootingDay\":null")) {
      String date = first(today, "\"date\":\"([0-9-]{10})\"");
      day = first(post("dana.ad", p + "/shooting-days", "{\"date\":\"" + date
          + "\",\"callTime\":\"06:30\",\"location\":\"Rancho de las Golondrinas\"}", 201), "\"id\":\"([0-9a-f-]{36})\"");
    } else {
      day = first(today, "\"shootingDay\":\\{\"id\":\"([0-9a-f-]{36})\"");
    }
    return first(post("dana.ad", p + "/scenes", "{\"number\":\"B1\",\"description\":\"Gunfight rehearsal\","
        + "\"shootingDayId\":\"" + day + "\"}", 201), "\"id\":\"([0-9a-f-]{36})\"");
  }

  // ---------------------------------------------------------------------------------------------- database

  private void awaitLedgerCaughtUp() throws Exception {
    Harness.awaitLedgerCaughtUp(schema);
  }

  private static long commits(Connection db) throws Exception {
    return Harness.commits(db);
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
