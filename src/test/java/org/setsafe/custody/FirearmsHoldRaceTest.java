package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestDatabase;
import org.setsafe.custody.CustodyBoard.Recorded;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.FirearmsHoldPolicy;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A live round found and an issue at the same moment: the issue either commits before the find or is held by
 * it, never slips through while the find is being recorded. The find's transaction is held open while a real
 * HTTP issue arrives; the issue must wait for it and then be refused by the firearms hold.
 */
@SetSafeTest
class FirearmsHoldRaceTest {

  private static final Duration AT_MOST = Duration.ofSeconds(20);

  @Autowired Crew crew;
  @Autowired Custody custody;
  @Autowired FirearmsHolds holds;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Schedule schedule;
  @Autowired CustodyStore store;
  @LocalServerPort int port;

  @Test
  void anIssueArrivingWhileALiveRoundIsBeingRecordedWaitsForItAndIsHeld() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String base = "http://127.0.0.1:" + port + "/api/productions/" + western.id() + "/custody";
    String rosa = crew.bearer("rosa.armorer");
    HttpClient http = HttpClient.newHttpClient();
    String weapon = JsonPath.read(post(http, rosa, base + "/weapons", """
        {"kind":"FIREARM","serial":"RACE-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6))).body(),
        "$.weapon.id");
    assertThat(post(http, rosa, base + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .statusCode()).isEqualTo(200);

    String scene = todaysScene(western);
    CountDownLatch recorded = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<UUID> find = CompletableFuture.supplyAsync(() -> as("marcus.camera", () ->
        transactions.execute(tx -> {
          Recorded found = holds.liveRoundFound(western.id(), "Under the prop cart", null, null, null);
          recorded.countDown();
          awaitQuietly(commit);
          return found.eventId();
        })));
    try {
      assertThat(recorded.await(AT_MOST.toSeconds(), TimeUnit.SECONDS)).isTrue();
      CompletableFuture<HttpResponse<String>> issue = CompletableFuture.supplyAsync(() ->
          post(http, rosa, base + "/weapons/" + weapon + "/issue",
              "{\"performerId\":\"" + crew.id("eli.actor") + "\",\"sceneId\":\"" + scene + "\"}"));
      // Without the production's firearms lock the issue would finish here, refused for some other reason.
      await().atMost(AT_MOST).until(() -> issue.isDone() || waitingForALock());
      commit.countDown();
      HttpResponse<String> answer = issue.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
      assertThat(answer.statusCode()).isEqualTo(409);
      assertThat((String) JsonPath.read(answer.body(), "$.rule")).isEqualTo(FirearmsHoldPolicy.RULE);
    } finally {
      commit.countDown();
      UUID findId = find.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
      clear(http, base, findId, "sam.safety");
      clear(http, base, findId, "grace.producer");
    }
  }

  /**
   * Issues at once take the firearms lock together, since one issue decides nothing another depends on: a second
   * issue goes on while the first is still open (on PostgreSQL; H2 has no shared row lock and takes them in turn).
   * A live-round find still waits for an open issue, which then commits before it.
   */
  @Test
  void issuesAtOnceShareTheFirearmsLockAndALiveRoundFoundWaitsForThem() throws Exception {
    UUID western = crew.production(Crew.WESTERN).id();
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> firstIssue = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
      store.lockFirearmsForIssue(western);
      locked.countDown();
      awaitQuietly(commit);
    }));
    try {
      assertThat(locked.await(AT_MOST.toSeconds(), TimeUnit.SECONDS)).isTrue();
      if (TestDatabase.isPostgres()) {
        CompletableFuture<Void> secondIssue = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
            tx -> store.lockFirearmsForIssue(western)));
        secondIssue.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
        assertThat(firstIssue).as("the first issue is still open").isNotDone();
      }
      CompletableFuture<Void> find = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
          tx -> store.lockFirearms(western)));
      await().atMost(AT_MOST).until(() -> find.isDone() || waitingForALock());
      assertThat(find).as("a live-round find waits for the open issue").isNotDone();
      commit.countDown();
      find.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
    } finally {
      commit.countDown();
      firstIssue.get(AT_MOST.toSeconds(), TimeUnit.SECONDS);
    }
  }

  private String todaysScene(Production western) {
    return SystemActor.call(() -> {
      LocalDate today = schedule.today(western);
      ShootingDay day = schedule.dayOn(western.id(), today)
          .orElseGet(() -> schedule.scheduleDay(western.id(), today, LocalTime.of(6, 30), "Rancho de las Golondrinas"));
      List<Scene> scenes = schedule.scenesOn(western.id(), day.id());
      return (scenes.isEmpty()
          ? schedule.addScene(western.id(), "T" + today.getDayOfYear(), "Gunfight rehearsal", day.id())
          : scenes.get(0)).id().toString();
    });
  }

  /** Whether some session of this database is waiting for a row lock now. */
  private boolean waitingForALock() {
    if (TestDatabase.isPostgres()) {
      return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
          .query(Long.class).single() > 0;
    }
    return jdbc.sql("SELECT count(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL")
        .query(Long.class).single() > 0;
  }

  private void clear(HttpClient http, String base, UUID findId, String who) {
    post(http, crew.bearer(who), base + "/live-rounds-found/" + findId + "/clearances",
        "{\"finding\":\"Round traced to a visitor's pocket; removed, set searched\"}");
  }

  private <T> T as(String username, java.util.function.Supplier<T> work) {
    return crew.as(username, work);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(AT_MOST.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static HttpResponse<String> post(HttpClient http, String token, String url, String json) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
