package org.setsafe.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.TestDatabase;

/**
 * Guards the ledger's promise that a fact, once its module's transaction committed, is never lost: a
 * real SetSafe process on PostgreSQL is killed with SIGKILL while eight 1st-AD clients add scenes, is
 * started again on the same database and key directory, and must then hold an entry for every scene
 * whose creation was acknowledged (once each, although the event registry hands outstanding facts over
 * again), with every log verifying and the western's indices contiguous.
 *
 * <p>Runs only in the PostgreSQL pass; it starts SetSafe as a child JVM rather than a test context,
 * because only a separate process can be killed the way a power cut or an OOM killer would.
 */
@Tag("database")
class LedgerSurvivesKillTest {

  private static final String SCHEMA = "setsafe_kill";
  private static final String WESTERN = "Dust Devil Creek";
  private static final int CLIENTS = 8;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 400;
  private static final Path LOGS = Path.of("target", "ledger-kill");

  @TempDir Path dataDir;

  private final List<SetSafeProcess> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  @RegisterExtension
  final TestWatcher childLogsOnFailure = new TestWatcher() {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
      started.forEach(app -> System.err.println("--- last lines of " + app.log + " ---\n" + app.tail()));
    }
  };

  @AfterEach
  void noSetSafeLeftRunning() {
    started.forEach(SetSafeProcess::stop);
  }

  @Test
  void everyAcknowledgedFactIsInTheLedgerAfterSigkill() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "kills a SetSafe on PostgreSQL; runs in the database pass only");
    dropSchema();

    SetSafeProcess first = start("first-run");
    String ad = tokenFor("dana.ad");
    String admin = tokenFor("demo.admin");
    UUID western = westernId(first, ad);

    Set<UUID> acknowledged = addScenesUntilKilled(first, ad, western);
    assertThat(first.process.exitValue()).as("exit value of the killed SetSafe").isNotZero();
    int pendingAtKill = queryInt("SELECT COUNT(*) FROM " + SCHEMA + ".event_publication");
    int missingAtKill = acknowledged.size() - ledgerCounts(acknowledged).size();

    SetSafeProcess second = start("after-kill");
    await("every acknowledged scene in the ledger after the restart")
        .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(ledgerCounts(acknowledged)).as("scenes in the ledger")
            .hasSize(acknowledged.size()));
    assertThat(ledgerCounts(acknowledged).values()).as("entries per acknowledged scene").containsOnly(1);

    String verified = post(second, admin, "/api/admin/ledger/verify", "");
    List<List<String>> problems = JsonPath.read(verified, "$[*].problems");
    assertThat(problems).as("problems found by verification: " + verified).isNotEmpty().allMatch(List::isEmpty);
    List<Number> westernSize = JsonPath.read(verified,
        "$[?(@.origin == 'setsafe/production/" + western + "')].entries");
    assertThat(westernSize).hasSize(1);
    assertThat(westernSize.get(0).longValue()).isGreaterThanOrEqualTo(acknowledged.size());
    assertThat(queryInt("SELECT COUNT(*) FROM " + SCHEMA + ".ledger_entry WHERE log_id = '" + western + "'"))
        .as("entries of the western, against its highest index + 1")
        .isEqualTo(queryInt("SELECT COALESCE(MAX(entry_index) + 1, 0) FROM " + SCHEMA
            + ".ledger_entry WHERE log_id = '" + western + "'"));

    System.out.printf("%s: %d scenes acknowledged before SIGKILL, %d publications outstanding and %d "
        + "acknowledged facts not yet in the ledger at the kill; western log now %d entries%n",
        getClass().getSimpleName(), acknowledged.size(), pendingAtKill, missingAtKill, westernSize.get(0).longValue());
  }

  /**
   * Eight clients add scenes until together they have {@value #ACKNOWLEDGED_BEFORE_KILL} acknowledged;
   * then SetSafe is killed under them. Requests that fail with the connection were never acknowledged.
   */
  private Set<UUID> addScenesUntilKilled(SetSafeProcess app, String token, UUID western) throws Exception {
    Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    List<String> refusals = new ArrayList<>();
    CountDownLatch enough = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int c = 0; c < CLIENTS; c++) {
        String prefix = "K" + c + "-";
        clients.execute(() -> {
          for (int n = 0; ; n++) {
            HttpResponse<String> response;
            try {
              response = http.send(request(app, token, "/api/productions/" + western + "/scenes")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"number\":\"" + prefix + n
                      + "\",\"description\":\"Shoot-out at the livery, take " + n + "\"}"))
                  .build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException connectionLost) {
              return; // killed (or refusing connections): this request was not acknowledged
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
            if (response.statusCode() != 201) {
              synchronized (refusals) {
                refusals.add(response.statusCode() + " " + response.body());
              }
              enough.countDown();
              return;
            }
            acknowledged.add(UUID.fromString(JsonPath.read(response.body(), "$.id")));
            if (acknowledged.size() >= ACKNOWLEDGED_BEFORE_KILL) {
              enough.countDown();
            }
          }
        });
      }
      assertThat(enough.await(60, TimeUnit.SECONDS)).as("clients acknowledged in time: " + acknowledged.size())
          .isTrue();
      app.kill();
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stopped after the kill").isTrue();
    } finally {
      clients.shutdownNow();
    }
    assertThat(refusals).as("responses other than 201 Created").isEmpty();
    return Set.copyOf(acknowledged);
  }

  /** How many ledger entries name each of these scenes; scenes without any are absent. */
  private Map<UUID, Integer> ledgerCounts(Set<UUID> scenes) throws SQLException {
    Map<UUID, Integer> counts = new HashMap<>();
    try (Connection db = connect();
        PreparedStatement query = db.prepareStatement("SELECT subject, COUNT(*) FROM " + SCHEMA
            + ".ledger_subject WHERE subject = ANY (?) GROUP BY subject")) {
      Array subjects = db.createArrayOf("varchar", scenes.stream().map(id -> "scene:" + id).toArray());
      query.setArray(1, subjects);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          counts.put(UUID.fromString(rs.getString(1).substring("scene:".length())), rs.getInt(2));
        }
      }
    }
    return counts;
  }

  private UUID westernId(SetSafeProcess app, String token) throws Exception {
    String productions = send(request(app, token, "/api/productions").GET().build(), 200);
    List<String> ids = JsonPath.read(productions, "$[?(@.name == '" + WESTERN + "')].id");
    assertThat(ids).as("the demo western among " + productions).hasSize(1);
    return UUID.fromString(ids.get(0));
  }

  private String post(SetSafeProcess app, String token, String path, String body) throws Exception {
    return send(request(app, token, path).POST(HttpRequest.BodyPublishers.ofString(body)).build(), 200);
  }

  private String send(HttpRequest request, int expectedStatus) throws Exception {
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(request.method() + " " + request.uri() + ": " + response.body())
        .isEqualTo(expectedStatus);
    return response.body();
  }

  private static HttpRequest.Builder request(SetSafeProcess app, String token, String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
  }

  /**
   * A personal API token for a demo user, written straight into the token table as SetSafe would
   * (only its SHA-256 is stored): issuing one through SetSafe needs a browser session.
   */
  private static String tokenFor(String username) throws SQLException {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String token = "sst_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    try (Connection db = connect();
        PreparedStatement insert = db.prepareStatement("INSERT INTO " + SCHEMA + ".api_token "
            + "(id, user_id, name, token_hash, token_prefix, created_at) "
            + "SELECT ?, id, 'kill test', ?, ?, ? FROM " + SCHEMA + ".app_user WHERE username = ?")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, sha256(token));
      insert.setString(3, token.substring(0, 10));
      insert.setObject(4, OffsetDateTime.now());
      insert.setString(5, username);
      assertThat(insert.executeUpdate()).as("demo user " + username).isEqualTo(1);
    }
    return token;
  }

  private static String sha256(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void dropSchema() throws SQLException {
    try (Connection db = connect(); Statement drop = db.createStatement()) {
      drop.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }

  private static int queryInt(String sql) throws SQLException {
    try (Connection db = connect(); Statement query = db.createStatement(); ResultSet rs = query.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(databaseUrl(), databaseUser(), "");
  }

  private static String databaseUrl() {
    return System.getenv().getOrDefault("SETSAFE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  }

  private static String databaseUser() {
    return System.getenv().getOrDefault("SETSAFE_TEST_PG_USER", "postgres");
  }

  private SetSafeProcess start(String name) throws IOException {
    SetSafeProcess app = SetSafeProcess.start(name, dataDir);
    started.add(app);
    app.awaitReady();
    return app;
  }

  /** SetSafe in a JVM of its own, on the test's classpath, the kill schema and the test's data directory. */
  private static final class SetSafeProcess {

    private final Process process;
    private final int port;
    private final Path log;

    private SetSafeProcess(Process process, int port, Path log) {
      this.process = process;
      this.port = port;
      this.log = log;
    }

    static SetSafeProcess start(String name, Path dataDir) throws IOException {
      int port = freePort();
      Files.createDirectories(LOGS);
      Path log = LOGS.resolve(name + ".log");
      List<String> command = List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"),
          "org.setsafe.SetSafeApplication",
          "--server.port=" + port,
          "--spring.profiles.active=postgres",
          "--spring.datasource.url=" + databaseUrl() + "?currentSchema=" + SCHEMA,
          "--spring.datasource.username=" + databaseUser(),
          "--spring.datasource.password=",
          "--spring.flyway.schemas=" + SCHEMA,
          "--spring.flyway.default-schema=" + SCHEMA,
          "--spring.flyway.create-schemas=true",
          "--setsafe.data-dir=" + dataDir.resolve("data"),
          "--setsafe.ledger.key-dir=" + dataDir.resolve("ledger-keys"),
          "--setsafe.demo.enabled=true",
          "--setsafe.demo.background=false",
          "--setsafe.demo.password=kill-test-demo-password");
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      return new SetSafeProcess(process, port, log);
    }

    void awaitReady() {
      HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
      HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
      await("SetSafe ready on port " + port).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
          .ignoreException(ConnectException.class)
          .until(() -> {
            if (!process.isAlive()) {
              throw new AssertionError("SetSafe exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            return probe.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          });
    }

    /** SIGKILL on Linux: no shutdown hook, no graceful stop, nothing flushed. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("SetSafe gone after SIGKILL").isTrue();
    }

    void stop() {
      if (!process.isAlive()) {
        return;
      }
      process.destroy();
      try {
        if (!process.waitFor(40, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }

    String tail() {
      try {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static int freePort() throws IOException {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      }
    }
  }
}
