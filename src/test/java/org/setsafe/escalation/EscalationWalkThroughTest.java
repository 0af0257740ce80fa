package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.escalation.EscalationTimersSupport.fired;
import static org.setsafe.escalation.EscalationTimersSupport.settle;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.escalation.EscalationTimersSupport.WebhookReceiver;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.setsafe.reporting.EscalationStatus;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A shooting day's worst report, walked through every level of the default critical policy with the test clock:
 * a revolver goes off in rehearsal; nobody acknowledges, so the safety advisor, the UPM, the producer and studio
 * safety are told in turn (with reminders); the UPM acknowledges, which stops the climb; the deadline passes
 * unresolved, so it climbs again; it is resolved, and nothing more happens. Email lands in GreenMail, the
 * webhook in a local receiver, and every step in the ledger.
 */
@SetSafeTest
class EscalationWalkThroughTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EscalationStore store;
  @Autowired EscalationStatus status;
  @Autowired Ledger ledger;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void aCriticalFirearmsReportClimbsEveryLevelUntilAcknowledgedThenAgainPastItsDeadlineAndStopsWhenResolved()
      throws Exception {
    ReportFacts facts = new ReportFacts(events, transaction);
    Production western = crew.production(Crew.WESTERN);
    UUID p = western.id();
    try (WebhookReceiver hook = new WebhookReceiver()) {
      mvc.perform(put("/api/productions/{p}/webhook", p).header("Authorization", crew.bearer("sam.safety"))
              .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"" + hook.url() + "\"}"))
          .andExpect(status().isOk()).andExpect(jsonPath("$.host").value("127.0.0.1"));

      // 10:00 — the report. Level 1 (safety advisor) at once.
      // A fresh moment: the scheduler's clock runs on in real time from the last move of the test clock, so
      // moving it now keeps this report's later steps from falling due early.
      clock.advance(Duration.ofMillis(1));
      HazardReported report = facts.criticalFirearmsReport(p, crew.id("eli.actor"), clock.instant());
      UUID r = report.reportId();
      await().atMost(Duration.ofSeconds(90)).until(() -> fired(store, r).contains("1/L1R0"));
      settle(jdbc, clock, r);
      assertThat(fired(store, r)).containsExactly("1/L1R0");
      assertThat(status.levelOf(p, r)).contains("First told: Safety advisor");
      assertThat(inboxSubjects("sam.safety")).anyMatch(s -> s.contains("First told: Safety advisor")
          && s.contains("Revolver went off"));
      await().atMost(Duration.ofSeconds(90)).until(() -> mailTo("sam.safety@demo.invalid").size() == 1);
      MimeMessage first = mailTo("sam.safety@demo.invalid").get(0);
      assertThat(first.getSubject()).contains("First told: Safety advisor").contains("Firearms hazard report (critical)");
      assertThat((String) first.getContent()).contains("https://setsafe.test/productions/" + p + "/reports/" + r)
          .contains("it goes to UPM");
      await().atMost(Duration.ofSeconds(90)).until(() -> ours(hook.bodies).size() == 1);
      assertThat(ours(hook.bodies).get(0)).startsWith("{\"text\":").contains("First told: Safety advisor");

      // +5, +10: reminders to the safety advisor; +15: the UPM, still nobody has acknowledged.
      advanceAndSettle(r, 5);
      advanceAndSettle(r, 5);
      assertThat(fired(store, r)).containsExactly("1/L1R0", "1/L1R1", "1/L1R2");
      assertThat(inboxSubjects("leo.upm")).noneMatch(s -> s.contains("Revolver went off"));
      advanceAndSettle(r, 5);
      assertThat(fired(store, r)).contains("1/L2R0");
      assertThat(status.levelOf(p, r)).contains("Second told: UPM");
      assertThat(inboxSubjects("leo.upm")).anyMatch(s -> s.contains("Second told: UPM"));

      // +20, +25 reminders to the UPM; +30 the producer; +40, +50 reminders; +60 studio safety.
      for (int i = 0; i < 9; i++) {
        advanceAndSettle(r, 5);
      }
      assertThat(fired(store, r)).containsExactlyInAnyOrder("1/L1R0", "1/L1R1", "1/L1R2", "1/L2R0", "1/L2R1",
          "1/L2R2", "1/L3R0", "1/L3R1", "1/L3R2", "1/L4R0");
      assertThat(status.levelOf(p, r)).contains("Fourth told: Studio safety");
      assertThat(inboxSubjects("grace.producer")).anyMatch(s -> s.contains("Third told: Producer"));
      assertThat(inboxSubjects("demo.studio")).anyMatch(s -> s.contains("Fourth told: Studio safety"));
      assertThat(inboxSubjects("marcus.camera")).noneMatch(s -> s.contains("Revolver went off"));

      // 11:01 — the UPM acknowledges: no more reminders, even long past when they were due.
      facts.acknowledge(report, crew.id("leo.upm"), clock.instant().plusSeconds(60));
      await().atMost(Duration.ofSeconds(90)).until(() -> status.levelOf(p, r)
          .filter(l -> l.startsWith("Acknowledged")).isPresent());
      advanceAndSettle(r, 60);
      advanceAndSettle(r, 60);
      assertThat(fired(store, r)).hasSize(10);

      // Four hours after the acknowledgment the report is still not resolved: it climbs again, in a new round that
      // counts from the deadline (were the clock moved past it, the round's reminders due meanwhile would fire too).
      advanceAndSettle(r, 2 * 60);
      assertThat(fired(store, r)).hasSize(12).contains("1/deadline", "2/L4R0");
      assertThat(status.levelOf(p, r)).contains("Fourth told: Studio safety");
      assertThat(inboxSubjects("demo.studio").stream().filter(s -> s.contains("Fourth told") && s.contains("Revolver went off"))).hasSize(2);

      // Resolved: nothing more, ever.
      facts.resolve(report, crew.id("sam.safety"), clock.instant());
      await().atMost(Duration.ofSeconds(90)).until(() -> status.levelOf(p, r).isEmpty());
      advanceAndSettle(r, 24 * 60);
      assertThat(fired(store, r)).hasSize(12);

      // Each person heard each step once; every step is in the ledger.
      assertThat(inboxSubjects("sam.safety").stream().filter(s -> s.contains("Revolver went off"))).hasSize(3);
      assertThat(mailTo("leo.upm@demo.invalid")).hasSize(3);
      assertThat(ours(hook.bodies)).hasSize(11);
      await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(ledgerKinds(p, r))
          .contains("reporting.hazard-reported", "escalation.report-escalated", "escalation.escalation-stopped",
              "escalation.report-re-escalated", "reporting.report-resolved"));
      assertThat(ledgerKinds(p, r).stream().filter("escalation.report-escalated"::equals)).hasSize(12 - 1);
      assertThat(ledgerKinds(p, r).stream().filter("escalation.escalation-stopped"::equals)).hasSize(2);
    }
  }

  @Test
  void everyMemberSeesTheEscalationsButOnlyTheSafetyAdvisorUpmAndProducerChangeThePolicy() throws Exception {
    UUID p = crew.production(Crew.WESTERN).id();
    mvc.perform(get("/api/productions/{p}/escalation-policies", p).header("Authorization", crew.bearer("tess.grip")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.severity == 'CRITICAL')].policy.levels[1].delayMinutes").value(15));
    String policy = """
        {"severity":"HIGH","resolveWithinMinutes":120,"levels":[
          {"name":"Safety advisor","delayMinutes":0,"targets":[{"kind":"ROLE","value":"SAFETY_ADVISOR"}]},
          {"name":"Union safety rep","delayMinutes":20,"targets":[{"kind":"EMAIL","value":"rep@union.example"}],
           "repeatEveryMinutes":10,"repeatTimes":1}]}""";
    mvc.perform(put("/api/productions/{p}/escalation-policies", p).header("Authorization", crew.bearer("tess.grip"))
            .contentType(MediaType.APPLICATION_JSON).content(policy))
        .andExpect(status().isForbidden());
    mvc.perform(put("/api/productions/{p}/escalation-policies", p).header("Authorization", crew.bearer("sam.safety"))
            .contentType(MediaType.APPLICATION_JSON).content(policy.replace("\"delayMinutes\":20", "\"delayMinutes\":-1")))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("delayMinutes")));
    mvc.perform(put("/api/productions/{p}/escalation-policies", p).header("Authorization", crew.bearer("sam.safety"))
            .contentType(MediaType.APPLICATION_JSON).content(policy))
        .andExpect(status().isOk()).andExpect(jsonPath("$.isDefault").value(false));
    mvc.perform(get("/productions/{p}/escalation", p).with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("email:rep@union.example")));
    // The page's form: leo.upm adds a union rep to the low-severity ladder; the grip may not.
    mvc.perform(post("/productions/{p}/escalation", p).with(crew.signedIn("leo.upm")).with(csrf())
            .param("severity", "LOW").param("resolveWithinMinutes", "2880")
            .param("levels[0].name", "Safety advisor").param("levels[0].delayMinutes", "0")
            .param("levels[0].targets", "role:SAFETY_ADVISOR")
            .param("levels[1].name", "Union safety rep").param("levels[1].delayMinutes", "60")
            .param("levels[1].targets", "email:rep@union.example, role:UPM"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/productions/{p}/escalation-policies", p).header("Authorization", crew.bearer("tess.grip")))
        .andExpect(jsonPath("$[?(@.severity == 'LOW')].policy.levels[1].name").value("Union safety rep"))
        .andExpect(jsonPath("$[?(@.severity == 'LOW')].policy.resolveWithinMinutes").value(2880));
    mvc.perform(post("/productions/{p}/escalation", p).with(crew.signedIn("tess.grip")).with(csrf())
            .param("severity", "LOW").param("resolveWithinMinutes", "60")
            .param("levels[0].name", "Nobody").param("levels[0].delayMinutes", "0")
            .param("levels[0].targets", "role:CREW"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/productions/{p}/notifications", p).with(crew.signedIn("tess.grip")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/productions/{p}/notifications", p).with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(status().isOk());
  }

  private void advanceAndSettle(UUID reportId, int minutes) {
    clock.advance(Duration.ofMinutes(minutes));
    settle(jdbc, clock, reportId);
  }

  private List<String> inboxSubjects(String username) {
    UUID user = crew.id(username);
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(user).query(String.class).list();
  }

  /** This report's posts: other tests' reports share the production and may post to the webhook too. */
  private static List<String> ours(List<String> bodies) {
    return bodies.stream().filter(b -> b.contains("Revolver went off")).toList();
  }

  private List<MimeMessage> mailTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains("Revolver went off")
            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private List<String> ledgerKinds(UUID productionId, UUID reportId) {
    return SystemActor.call(() -> ledger.history(productionId, "report:" + reportId)).stream()
        .map(LedgerEntry::kind).toList();
  }
}
