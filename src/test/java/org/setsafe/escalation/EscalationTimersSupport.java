package org.setsafe.escalation;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits for persisted timers without sleeping: until no job of a report (or no delivery) is due and undone. */
final class EscalationTimersSupport {

  private EscalationTimersSupport() {}

  /** Fired steps of a report as {@code round/step}, in the order they fired. */
  static List<String> fired(EscalationStore store, UUID reportId) {
    return store.steps(reportId).stream().map(s -> s.round() + "/" + s.step()).toList();
  }

  /** Waits until every escalation job of this report that is due by the clock has run, and every due delivery. */
  static void settle(JdbcClient jdbc, Clock clock, UUID reportId) {
    await("due timers of report " + reportId).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50))
        .until(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ? AND "
                + "((task_name = 'escalation-step' AND task_instance LIKE ?) OR task_name = 'notify-delivery')")
            .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), reportId + "/%")
            .query(Integer.class).single() == 0);
  }

  /** Waits until no job of any kind is due by {@code now} (two instances' worth of steps and deliveries). */
  static void awaitNothingDue(JdbcClient jdbc, Instant now) {
    await("nothing due").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
        .until(() -> jdbc.sql("SELECT COUNT(*) FROM scheduled_tasks WHERE execution_time <= ?")
            .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).query(Integer.class).single() == 0);
  }

  /** One fired step of a report ({@code L2R0}, {@code deadline}), in its first round that has it. */
  static FiredStep step(EscalationStore store, UUID reportId, String name) {
    return store.steps(reportId).stream().filter(s -> s.step().equals(name)).findFirst().orElseThrow();
  }

  /** The ledger's {@code escalation.report-escalated} facts of a report for one level's telling or reminder. */
  static List<LedgerEntry> escalatedFacts(Ledger ledger, UUID productionId, UUID reportId, int level, int repeat) {
    return SystemActor.call(() -> ledger.history(productionId, "report:" + reportId)).stream()
        .filter(e -> e.kind().equals("escalation.report-escalated"))
        .filter(e -> JsonPath.<Integer>read(e.leaf(), "$.fact.level") == level
            && JsonPath.<Integer>read(e.leaf(), "$.fact.repeat") == repeat)
        .toList();
  }

  /** A local Slack-compatible webhook receiver: records every JSON body posted to it. */
  static final class WebhookReceiver implements AutoCloseable {
    final List<String> bodies = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    WebhookReceiver() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", exchange -> {
        try (InputStream in = exchange.getRequestBody()) {
          bodies.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
      });
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }
}
