package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.DatabaseCable;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.identity.ApiTokens;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL goes away for a dozen seconds while crew members file HIGH hazard reports from their phones. Every
 * report SetSafe acknowledged reaches the ledger and fires its escalation's at-once step within seconds of the
 * database coming back (not after the registry's ten-minute staleness); while it is away, readiness says DOWN,
 * and every request is answered within seconds with 503 and Retry-After ("Not recorded — try again"), as a
 * problem detail on the API, a readable page or an htmx fragment on the pages; sign-in too, without counting a
 * failure against the person. The figures measured are printed.
 *
 * <p>The bounds are generous for a loaded two-core machine: catch-up within 30 s of the database's return (measured
 * a few seconds), each refusal within 10 s (Hikari gives up on a connection after 3 s).
 */
@Tag("database")
class DatabaseOutageTest {

  private static final Duration CATCH_UP_BOUND = Duration.ofSeconds(30);
  /**
   * A step whose job had been picked when the database went could not be marked done; db-scheduler runs it again
   * once it counts the job dead: heartbeat-interval x missed-heartbeats-limit (5 s x 6, as configured) after its last
   * heartbeat, then the next poll.
   */
  private static final Duration ESCALATION_BOUND = Duration.ofSeconds(60);
  private static final Duration FAIL_FAST_BOUND = Duration.ofSeconds(10);
  private static final Duration OUTAGE = Duration.ofSeconds(12);
  private static final int CLIENTS = 4;
  /** Each phone files its next report this long after the last was answered: some 15 reports a second in all. */
  private static final Duration FILING_PAUSE = Duration.ofMillis(250);
  private static final String NOT_RECORDED = "Not recorded — SetSafe cannot reach its database. Try again.";
  private static final String SCHEMA = "setsafe_test_outage_cut";
  private static final Pattern REPORT_ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  @TempDir Path dataDir;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final List<UUID> acknowledged = new CopyOnWriteArrayList<>();
  private final List<Answer> answers = new CopyOnWriteArrayList<>();
  private volatile Instant cutAt;
  private volatile Instant backAt;
  private String base;
  /** The schema SetSafe runs on here, with the side-by-side prefix when one is set. */
  private String schema;

  /** What one request got, and when it started and ended. */
  private record Answer(Instant sent, Instant answered, int status, String contentType, String retryAfter,
      String body) {
    Duration took() {
      return Duration.between(sent, answered);
    }
  }

  @Test
  void aShortOutageHoldsNoFactBackAndEveryRequestDuringItIsToldToTryAgain() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "H2 runs embedded in SetSafe's own process, so there is no connection to "
        + "cut; runs in the PostgreSQL pass");
    SetSafeInstances instances = new SetSafeInstances(SCHEMA, dataDir);
    schema = instances.schema();
    instances.emptyDatabase();
    URI postgres = URI.create(SetSafeInstances.pgUrl().substring("jdbc:".length()));
    // The escalation and resubmission timers run on real time here: the delays measured are real ones.
    TestClock clock = new TestClock(Instant.now());
    SetSafeInstances.clock = clock;
    ScheduledExecutorService ticking = Executors.newSingleThreadScheduledExecutor();
    ticking.scheduleAtFixedRate(() -> clock.set(Instant.now()), 0, 10, TimeUnit.MILLISECONDS);
    ScheduledExecutorService crew = Executors.newScheduledThreadPool(CLIENTS);
    try (DatabaseCable cable = new DatabaseCable(postgres.getHost(), postgres.getPort());
         ConfigurableApplicationContext app = instances.start("outage", Map.of("spring.datasource.url",
             "jdbc:postgresql://" + postgres.getHost() + ":" + cable.port() + postgres.getPath()
                 + "?currentSchema=" + instances.schema(), "db-scheduler.heartbeat-interval", "5s",
             "db-scheduler.missed-heartbeats-limit", "6"))) {
      base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      UUID western = SetSafeInstances.western(app);
      String token = app.getBean(ApiTokens.class).issue(SetSafeInstances.user(app, "eli.actor"), "outage").token();
      HttpClient safetyAdvisor = signedIn("sam.safety");
      HttpClient signingIn = HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).build();
      String signInForm = csrf(send(signingIn, get("/login")).body());
      assertThat(send(http, get("/actuator/health/readiness")).status()).isEqualTo(200);

      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        AtomicInteger filed = new AtomicInteger();
        crew.scheduleWithFixedDelay(() -> fileReport(client + " #" + filed.incrementAndGet(), western, token), 0,
            FILING_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
      }
      // Cut while reports are being acknowledged, so some facts are between their commit and their listeners.
      waiting("reports being acknowledged", Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> acknowledged.size() >= 20);
      cutAt = Instant.now();
      cable.cut();

      Answer readiness = send(http, get("/actuator/health/readiness"));
      assertThat(readiness.status()).as("readiness while the database is away").isEqualTo(503);
      assertThat(readiness.took()).isLessThan(FAIL_FAST_BOUND);

      // The API: a signed-in call refused in the token filter, an anonymous report refused in its controller.
      assertTryAgainProblem(send(http, post("/api/productions/" + western + "/reports", report("during the cut"))
          .header("Authorization", "Bearer " + token).build()));
      assertTryAgainProblem(send(http, post("/api/public/productions/" + "x".repeat(24) + "/reports",
          report("anonymous, during the cut")).build()));
      // The pages: a signed-in page (refused in the session's check), the public report page (in its controller),
      // each as a whole page and as an htmx request; and a sign-in, which is not counted as a failed attempt.
      for (String page : List.of("/account/inbox", "/public/report/" + "x".repeat(24))) {
        HttpClient who = page.startsWith("/account") ? safetyAdvisor : http;
        Answer whole = send(who, get(page));
        assertTryAgainPage(whole);
        assertThat(whole.body()).contains("<html");
        Answer fragment = send(who, HttpRequest.newBuilder(URI.create(base + page)).header("HX-Request", "true")
            .timeout(Duration.ofSeconds(30)).GET().build());
        assertTryAgainPage(fragment);
        assertThat(fragment.body()).doesNotContain("<html");
      }
      Answer signIn = send(signingIn, form("/login", "username=sam.safety&password="
          + URLEncoder.encode(Crew.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + signInForm));
      assertTryAgainPage(signIn);

      waiting("the outage to last and requests to be refused", Duration.ofSeconds(60)).until(() -> Duration.between(cutAt, Instant.now()).compareTo(OUTAGE) >= 0
          && refusedDuringOutage().size() >= CLIENTS);
      List<String> heldBack = incompleteSafetyPublications();
      List<UUID> acknowledgedBeforeTheReturn = List.copyOf(acknowledged);
      backAt = Instant.now();
      cable.mend();

      waiting("readiness UP again", CATCH_UP_BOUND).until(() -> send(http, get("/actuator/health/readiness"))
          .status() == 200);
      Duration readyAgain = Duration.between(backAt, Instant.now());
      // Every report acknowledged before the database came back reaches the ledger, and escalates at once.
      waiting("every report acknowledged before the return in the ledger", Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(100)).until(() -> notYet(acknowledgedBeforeTheReturn, IN_LEDGER).isEmpty());
      Duration ledgerCaughtUp = Duration.between(backAt, Instant.now());
      waiting("every report acknowledged before the return escalated", Duration.ofSeconds(120))
          .pollInterval(Duration.ofMillis(100)).until(() -> notYet(acknowledgedBeforeTheReturn, ESCALATED).isEmpty());
      Duration escalationCaughtUp = Duration.between(backAt, Instant.now());

      assertThat(send(safetyAdvisor, get("/account/inbox")).status()).as("the session outlived the outage").isEqualTo(200);
      waiting("reports acknowledged again", Duration.ofSeconds(30)).until(() -> answers.stream()
          .filter(a -> a.sent().isAfter(backAt) && a.status() == 201).count() >= CLIENTS);
      crew.shutdown();
      assertThat(crew.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

      // And so is every report acknowledged since.
      waiting("every acknowledged report in the ledger and escalated", Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100)).until(() -> notYet(acknowledged, IN_LEDGER).isEmpty()
              && notYet(acknowledged, ESCALATED).isEmpty());
      Duration latestStepLateness = latestAtOnceStepLateness();

      System.out.printf("Database outage: %d reports acknowledged, %d facts held back when the database returned "
              + "(%s); readiness UP %d ms after; ledger caught up %d ms after, escalation %d ms after; at-once step at "
              + "most %d ms late; %d requests refused during the outage, slowest in %d ms, %s%n", acknowledged.size(),
          heldBack.size(), heldBack, readyAgain.toMillis(), ledgerCaughtUp.toMillis(), escalationCaughtUp.toMillis(),
          latestStepLateness.toMillis(),
          refusedDuringOutage().size(), refusedDuringOutage().stream().mapToLong(a -> a.took().toMillis()).max()
              .orElse(0), refusedDuringOutage().stream().mapToLong(a -> a.took().toMillis()).sorted().boxed()
              .toList());
      // Whether the cut catches a fact between its commit and its listeners is a race: since the ledger completes
      // its publications in its own group commit the window is narrow, and a run may catch none. So it is printed
      // above, not asserted; PublicationsLeftByAnOutageTest leaves facts in each unfinished state on purpose and
      // proves they are handed over again. What this test holds to is below: nothing acknowledged is lost or late.
      assertThat(ledgerCaughtUp).isLessThan(CATCH_UP_BOUND);
      assertThat(escalationCaughtUp).isLessThan(ESCALATION_BOUND);
      for (Answer refused : refusedDuringOutage()) {
        assertTryAgainProblem(refused);
      }
      assertThat(answers.stream().filter(a -> a.status() >= 500 && a.status() != 503).toList())
          .as("no request answered 500, before, during or after the outage").isEmpty();
    } finally {
      crew.shutdownNow();
      ticking.shutdownNow();
    }
  }

  /**
   * Awaitility fails a wait on any uncaught exception in another thread; while the database is away SetSafe's own
   * timers (the job poller, the ledger) fail by the dozen, as they should, and say so in the log.
   */
  private static ConditionFactory waiting(String what, Duration atMost) {
    return await(what).atMost(atMost).dontCatchUncaughtExceptions();
  }

  /** One report from a crew member's phone. */
  private void fileReport(String which, UUID western, String token) {
    try {
      Answer answer = send(http, post("/api/productions/" + western + "/reports", report(which))
          .header("Authorization", "Bearer " + token).build());
      answers.add(answer);
      Matcher id = REPORT_ID.matcher(answer.body());
      if (answer.status() == 201 && id.find()) {
        acknowledged.add(UUID.fromString(id.group(1)));
      }
    } catch (Exception e) {
      answers.add(new Answer(Instant.now(), Instant.now(), -1, null, null, e.toString()));
    }
  }

  /** The answers to requests sent after the cut and answered before the database came back. */
  private List<Answer> refusedDuringOutage() {
    Instant cut = cutAt;
    Instant back = backAt == null ? Instant.MAX : backAt;
    return answers.stream().filter(a -> cut != null && a.sent().isAfter(cut) && a.answered().isBefore(back)).toList();
  }

  private static void assertTryAgainProblem(Answer answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(503);
    assertThat(answer.took()).isLessThan(FAIL_FAST_BOUND);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.retryAfter()).isNotBlank();
    assertThat(answer.body()).contains("\"type\":\"urn:setsafe:problem:records-unavailable\"")
        .contains("\"title\":\"Records unavailable\"").contains(NOT_RECORDED);
  }

  private static void assertTryAgainPage(Answer answer) {
    assertThat(answer.status()).as("%s", answer).isEqualTo(503);
    assertThat(answer.took()).isLessThan(FAIL_FAST_BOUND);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.retryAfter()).isNotBlank();
    assertThat(answer.body()).contains("Not recorded").contains("cannot reach its database");
  }

  private static final String IN_LEDGER = "SELECT s.subject FROM ledger_subject s JOIN ledger_entry e ON "
      + "e.log_id = s.log_id AND e.entry_index = s.entry_index WHERE e.kind = 'reporting.hazard-reported'";
  private static final String ESCALATED = "SELECT 'report:' || report_id FROM escalation_step WHERE round = 1 "
      + "AND step = 'L1R0'";

  /** Of these reports, those the query (of {@code report:id} subjects) does not find yet. */
  private Set<UUID> notYet(List<UUID> reports, String query) throws SQLException {
    Set<UUID> found = new HashSet<>();
    try (Connection db = database(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        found.add(UUID.fromString(rs.getString(1).substring("report:".length())));
      }
    }
    Set<UUID> missing = new HashSet<>(reports);
    missing.removeAll(found);
    return missing;
  }

  /** The longest any acknowledged report's at-once step fired after it was due. */
  private Duration latestAtOnceStepLateness() throws SQLException {
    try (Connection db = database(); Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT MAX(EXTRACT(EPOCH FROM (fired_at - due_at)) * 1000) FROM "
             + "escalation_step WHERE round = 1 AND step = 'L1R0'")) {
      rs.next();
      return Duration.ofMillis(rs.getLong(1));
    }
  }

  /** The ledger's and escalation's publications still unfinished, by listener and state. */
  private List<String> incompleteSafetyPublications() throws SQLException {
    List<String> pending = new ArrayList<>();
    try (Connection db = database(); Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT listener_id, status, completion_attempts FROM event_publication "
             + "WHERE completion_date IS NULL AND (listener_id LIKE '%LedgerRecorder%' OR listener_id LIKE "
             + "'%EscalationListener%')")) {
      while (rs.next()) {
        String listener = rs.getString(1);
        pending.add(listener.substring(0, listener.indexOf('(')).replaceAll(".*\\.(\\w+\\.\\w+)$", "$1") + " "
            + rs.getString(2) + " x" + rs.getInt(3));
      }
    }
    return pending;
  }

  /** Straight to PostgreSQL, not through the cable: the test's own view of what SetSafe recorded. */
  private Connection database() throws SQLException {
    return DriverManager.getConnection(SetSafeInstances.pgUrl() + "?currentSchema=" + schema,
        SetSafeInstances.pgUser(), "");
  }

  private HttpClient signedIn(String username) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String csrf = csrf(send(client, get("/login")).body());
    Answer signIn = send(client, form("/login", "username=" + username + "&password="
        + URLEncoder.encode(Crew.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf));
    assertThat(signIn.status()).as("%s", signIn).isEqualTo(302);
    Answer home = send(client, get("/account/inbox"));
    assertThat(home.status()).as("%s", home).isEqualTo(200);
    return client;
  }

  private static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token in%n%s", page).isTrue();
    return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
  }

  private static String report(String which) {
    return "{\"category\":\"FIREARMS\",\"severity\":\"HIGH\",\"title\":\"Blank fired toward camera, " + which
        + "\",\"description\":\"The camera operator stood in the line of fire during the rehearsal.\","
        + "\"location\":\"Church set\"}";
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build();
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private HttpRequest form(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static Answer send(HttpClient client, HttpRequest request) throws Exception {
    Instant sent = Instant.now();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(sent, Instant.now(), response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Retry-After").orElse(""),
        response.headers().firstValue("Location").map(to -> "Location: " + to + "\n").orElse("") + response.body());
  }
}
