package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.domain.CustodyEvents.AccidentalDischarge;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A custody fact whose text never passed the door (the command line, a publication recorded before the door
 * existed) still opens its critical hazard report, on PostgreSQL too, which cannot store a NUL: the characters
 * are written out visibly, never dropped, and the listener completes instead of retrying forever.
 */
@SetSafeTest
class AutomaticReportTextTest {

  @Autowired Crew crew;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired java.time.Clock clock;

  @Test
  void aLiveRoundFoundWithANulAndHalfACharacterOpensItsCriticalReport() {
    Production western = crew.production(Crew.WESTERN);
    Instant now = clock.instant();
    LiveRoundFound live = new LiveRoundFound(UUID.randomUUID(), western.id(), crew.id("marcus.camera"), now, null,
        null, "Prop cart\u0000 by the church", "Primer \ud800 dented\u0007");
    AccidentalDischarge discharge = new AccidentalDischarge(UUID.randomUUID(), western.id(), UUID.randomUUID(),
        crew.id("rosa.armorer"), now, "Fired while holstered\u0000\udc00");
    for (Object fact : List.of(live, discharge)) {
      transactions.executeWithoutResult(tx -> publisher.publishEvent(fact));
    }

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(report(live.eventId())).containsEntry("severity", "CRITICAL");
      assertThat(report(discharge.eventId())).containsEntry("severity", "CRITICAL");
    });
    assertThat(report(live.eventId()).get("description"))
        .contains("Prop cart[U+0000] by the church").contains("Primer [U+D800] dented[U+0007]");
    assertThat(report(discharge.eventId()).get("description")).contains("Fired while holstered[U+0000][U+DC00]");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql(
            "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL AND listener_id LIKE ?")
        .param("%AutomaticReports%").query(Long.class).single()).isZero());
  }

  private Map<String, String> report(UUID factId) {
    return jdbc.sql("SELECT severity, description FROM hazard_report WHERE source_fact_id = ?").param(factId)
        .query((rs, row) -> Map.of("severity", rs.getString(1), "description", rs.getString(2)))
        .optional().orElse(Map.of());
  }
}
