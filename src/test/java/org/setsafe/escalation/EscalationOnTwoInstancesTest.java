package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.TestClock;
import org.setsafe.TestDatabase;
import org.setsafe.escalation.EscalationTimersSupport.WebhookReceiver;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.notify.DeliveryLog;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two SetSafe instances on one PostgreSQL database, both polling the same job table: every escalation step of
 * every report fires exactly once, and each recipient gets exactly one email and the webhook one post per step.
 */
@Tag("database")
class EscalationOnTwoInstancesTest {

  private static final int REPORTS = 12;

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @TempDir Path dataDir;

  @Test
  void eachStepFiresOnceAndEachRecipientHearsOnceWithTwoInstancesOnOneDatabase() throws Exception {
    assumeTrue(TestDatabase.isPostgres(), "several instances share a database only on PostgreSQL (H2 here is "
        + "an embedded single-process database); runs in the PostgreSQL pass");
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_escalation_two", dataDir);
    TestClock clock = SetSafeInstances.clock;

    try (WebhookReceiver hook = new WebhookReceiver();
         ConfigurableApplicationContext a = instances.start("instance-a");
         ConfigurableApplicationContext b = instances.start("instance-b")) {
      UUID western = SetSafeInstances.western(a);
      setWebhook(a, western, hook.url());
      ReportFacts facts = new ReportFacts(a,
          a.getBean(TransactionTemplate.class));
      List<UUID> reports = new ArrayList<>();
      for (int i = 0; i < REPORTS; i++) {
        reports.add(facts.criticalFirearmsReport(western, SetSafeInstances.user(a, "eli.actor"), clock.instant(),
            "Misfire on rifle #" + (i + 1)).reportId());
      }
      EscalationStore store = b.getBean(EscalationStore.class);
      JdbcClient jdbc = b.getBean(JdbcClient.class);
      await().atMost(Duration.ofSeconds(60))
          .until(() -> reports.stream().allMatch(r -> EscalationTimersSupport.fired(store, r).contains("1/L1R0")));
      // Walk an hour in five-minute strides: level 1 and its reminders, level 2 and its reminders, level 3.
      for (int minute = 5; minute <= 30; minute += 5) {
        clock.advance(Duration.ofMinutes(5));
        EscalationTimersSupport.awaitNothingDue(jdbc, clock.instant());
      }

      List<String> expected = List.of("1/L1R0", "1/L1R1", "1/L1R2", "1/L2R0", "1/L2R1", "1/L2R2", "1/L3R0");
      for (UUID report : reports) {
        assertThat(EscalationTimersSupport.fired(store, report)).containsExactlyInAnyOrderElementsOf(expected);
      }
      int steps = REPORTS * expected.size();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation_step").query(Integer.class).single()).isEqualTo(steps);
      Map<String, Integer> mails = new HashMap<>();
      for (MimeMessage message : smtp.getReceivedMessages()) {
        if (!message.getSubject().contains("Misfire on rifle #")) {
          continue; // another test's SetSafe in this JVM may retry an email into this SMTP server
        }
        for (Address to : message.getAllRecipients()) {
          mails.merge(to + " " + message.getSubject(), 1, Integer::sum);
        }
      }
      assertThat(mails.values()).as("emails per recipient and step").containsOnly(1);
      // safety advisor: 3 steps, UPM: 3, producer: 1 — one email each, per report.
      assertThat(mails).hasSize(REPORTS * expected.size());
      assertThat(hook.bodies).hasSize(steps);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE status <> 'SENT'").query(Integer.class).single())
          .isZero();
    }
  }

  private static void setWebhook(ConfigurableApplicationContext app, UUID production, String url) {
    // As the production's safety advisor would from the notifications page.
    SetSafeInstances.as(app, "sam.safety", () -> {
      app.getBean(DeliveryLog.class).setWebhook(production, url);
      return null;
    });
  }
}
