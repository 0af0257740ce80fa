package org.setsafe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for a production's facts to reach the ledger. The ledger records each fact after its request has committed,
 * on another thread, so a test that reads what the ledger prints (an investigation report's timeline, whose SHA-256
 * a signer signs) reads it once no fact of the production is still on its way: otherwise a late one changes what was
 * read, and the signature is rightly refused.
 */
public final class LedgerLanding {

  /** The ledger's listener as the event publication registry names it (see the ledger's {@code LedgerRecorder}). */
  private static final String LEDGER = "org.setsafe.ledger.LedgerRecorder.record(org.setsafe.shared.RecordedFact)";

  private LedgerLanding() {}

  public static void awaitFactsOf(JdbcTemplate jdbc, UUID productionId) {
    awaitFactsOf(JdbcClient.create(jdbc), productionId);
  }

  public static void awaitFactsOf(JdbcClient jdbc, UUID productionId) {
    awaitFactsMentioning(jdbc, productionId);
  }

  /**
   * Waits for the facts that name {@code id} (a report's, a weapon's): for a test on a production other tests share,
   * where a fact of theirs still on its way is none of this test's business.
   */
  public static void awaitFactsMentioning(JdbcClient jdbc, UUID id) {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("SELECT event_type || ' ' || "
        + "publication_date FROM event_publication WHERE completion_date IS NULL AND listener_id = ? "
        + "AND serialized_event LIKE ?").params(LEDGER, "%" + id + "%").query(String.class).list())
        .as("facts naming %s still on their way to the ledger", id).isEmpty());
  }
}
