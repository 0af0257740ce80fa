package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.CommitCount;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * What one custody step costs the database, counted, not timed: the request (who is asking, the step's reads, its
 * event and the publication that carries it to the ledger) and the ledger's hand-over (the entry, and the
 * publication completed with it) commit at most three transactions, with or without an Idempotency-Key. Counted as
 * PostgreSQL counts them ({@code xact_commit}): read-only autocommit queries too.
 */
@SetSafeTest
@Import(CommitCount.class)
class TransactionsPerCustodyStepTest {

  static final int BUDGET = 3;
  private static final String ROSA = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("applicationTaskExecutor") ThreadPoolTaskExecutor listeners;

  private OwnProduction own;
  private String weapon;
  private String token;

  @BeforeEach
  void aWeaponLockedUp() throws Exception {
    own = OwnProduction.create(crew, productions, accounts, schedule, "Commit Creek");
    ArmorersPhone phone = new ArmorersPhone(mvc, crew, ledger, own);
    weapon = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    token = crew.bearer(own.user(ROSA));
    // Once through, so what is counted is a step like any other of the day, not the first one.
    step("lock-up", "{\"location\":\"Armory truck, safe 1\"}", null);
    step("unlock", "", null);
    step("lock-up", "{\"location\":\"Armory truck, safe 1\"}", null);
  }

  @Test
  void aCustodyStepCommitsAtMostThreeTransactionsLedgerIncluded() throws Exception {
    List<CommitCount.Commit> commits = counted(() -> step("unlock", "", null));

    assertThat(commits).as("transactions committed for one unlock, ledger included").hasSizeLessThanOrEqualTo(BUDGET);
  }

  @Test
  void aStepSentWithAnIdempotencyKeyStaysWithinTheBudgetToo() throws Exception {
    List<CommitCount.Commit> commits = counted(() -> step("unlock", "", UUID.randomUUID().toString()));

    assertThat(commits).as("transactions committed for one unlock sent with a key, ledger included")
        .hasSizeLessThanOrEqualTo(BUDGET);
  }

  private interface Step {
    String run() throws Exception;
  }

  /** Counts the step's transactions until its fact is in the ledger and every listener is done with it. */
  private List<CommitCount.Commit> counted(Step step) throws Exception {
    CommitCount.start();
    String eventId = step.run();
    CommitCount.notCounting(() -> {
      awaitTheLedger();
      return null;
    });
    List<CommitCount.Commit> commits = CommitCount.stop();
    assertThat(ledger.byFactId(UUID.fromString(eventId))).as("the step's fact in the ledger").isPresent();
    commits.forEach(commit -> System.out.println("  committed: " + commit));
    return commits;
  }

  /** Posts a custody step as the armorer's phone does; returns the recorded event's id. */
  private String step(String action, String body, String idempotencyKey) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/productions/" + own.id()
        + "/custody/weapons/" + weapon + "/" + action).header("Authorization", token)
        .contentType(MediaType.APPLICATION_JSON).content(body);
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    String eventId = json(mvc.perform(request).andExpect(status().isOk()), "$.eventId");
    CommitCount.notCounting(() -> {
      awaitTheLedger();
      return null;
    });
    return eventId;
  }

  private void awaitTheLedger() {
    await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND "
          + "serialized_event LIKE ?", Long.class, "%" + own.id() + "%")).as("facts still on their way").isZero();
      assertThat(listeners.getActiveCount() + listeners.getQueueSize()).as("listeners still at work").isZero();
    });
  }
}
