package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.notify.domain.NotifyStore;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production with two safety advisors, one who reads Spanish and one English: a critical firearms report reaches
 * both at once, each in their own language, in their inbox and by email (GreenMail receives one of each); the
 * production's Slack channel, which everyone reads, hears it in English.
 */
@SetSafeTest
class EscalationInEachPersonsLanguageTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final String TITLE = "Loaded revolver left on the prop cart";

  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired NotifyStore notify;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void aCriticalReportReachesEachSafetyAdvisorInTheirLanguageAndTheWebhookInEnglish() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String lucia = "lucia." + suffix;
    String tom = "tom." + suffix;
    List<String> posts = new CopyOnWriteArrayList<>();
    HttpServer slack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    slack.createContext("/hook", exchange -> {
      posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    slack.start();
    try {
      UUID p = SystemActor.call(() -> {
        Production production = productions.create("Río Bravo " + suffix, "America/Denver");
        for (String name : List.of(lucia, tom)) {
          accounts.createWithPassword(SystemActor.ID, name, name, name + "@safety.example", null, Crew.PASSWORD);
          productions.addMember(production.id(), name, Set.of(CrewRole.SAFETY_ADVISOR), "Safety");
        }
        notify.setWebhook(production.id(), "http://127.0.0.1:" + slack.getAddress().getPort() + "/hook",
            SystemActor.ID, clock.instant());
        return production.id();
      });
      accounts.chooseLanguage(crew.id(lucia), "es");
      accounts.chooseLanguage(crew.id(tom), "en");

      HazardReported report = new ReportFacts(events, transaction).criticalFirearmsReport(p, crew.id(tom),
          clock.instant(), TITLE);

      String spanish = "[SetSafe] Primer aviso: Safety advisor — Reporte de peligro: Armas de fuego (crítica): "
          + TITLE;
      String english = "[SetSafe] First told: Safety advisor — Firearms hazard report (critical): " + TITLE;
      await().atMost(Duration.ofSeconds(90)).until(() -> inbox(lucia).size() == 1 && inbox(tom).size() == 1);
      assertThat(inbox(lucia)).containsExactly(spanish);
      assertThat(inbox(tom)).containsExactly(english);
      assertThat(inboxBody(lucia)).startsWith("Reporte de peligro: Armas de fuego (crítica): " + TITLE + "\nReportado el ")
          .contains("Nadie lo ha dado por recibido todavía.", "Si nadie lo da por recibido, pasa a UPM el ",
              "Ábrelo y dalo por recibido.");
      assertThat(inboxBody(tom)).startsWith("Firearms hazard report (critical): " + TITLE + "\nReported ")
          .contains("Nobody has acknowledged it yet.", "If nobody acknowledges it, it goes to UPM at ")
          .endsWith("Open it and acknowledge it.");

      await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(lucia).size() == 1 && mailTo(tom).size() == 1);
      assertThat(subject(mailTo(lucia).get(0))).isEqualTo(spanish);
      assertThat(body(mailTo(lucia).get(0))).contains("Nadie lo ha dado por recibido todavía.")
          .contains("/productions/" + p + "/reports/" + report.reportId());
      assertThat(subject(mailTo(tom).get(0))).isEqualTo(english);
      assertThat(body(mailTo(tom).get(0))).contains("Nobody has acknowledged it yet.")
          .doesNotContain("Nadie");

      await().atMost(Duration.ofSeconds(90)).until(() -> !posts.isEmpty());
      assertThat(posts).hasSize(1);
      assertThat(posts.get(0)).contains("First told: Safety advisor", "Nobody has acknowledged it yet.")
          .doesNotContain("Primer aviso", "Nadie");
    } finally {
      slack.stop(0);
    }
  }

  private List<String> inbox(String username) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).list();
  }

  private String inboxBody(String username) {
    return jdbc.sql("SELECT body FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).single();
  }

  private List<MimeMessage> mailTo(String username) {
    String address = username + "@safety.example";
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String subject(MimeMessage message) throws MessagingException {
    return message.getSubject();
  }

  private static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
