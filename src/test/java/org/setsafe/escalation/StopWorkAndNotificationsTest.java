package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.reporting.ReportEvents.StopWorkCalled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stop-work reaches everyone at once and they hear when work resumes; a webhook that keeps failing is retried with
 * backoff and then shown as failed to the safety advisor; each person reads (only) their own inbox, and the page
 * header counts what is unread; a re-opened report escalates again from level 1.
 */
@SetSafeTest
class StopWorkAndNotificationsTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EscalationStore store;
  @Autowired Ledger ledger;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void stopWorkTellsEveryoneAtOnceOnEveryChannelAndTheSamePeopleHearWhenWorkResumes() throws Exception {
    ReportFacts facts = new ReportFacts(events, transaction);
    UUID p = crew.production(Crew.WESTERN).id();
    Set<UUID> toNotify = Set.of(crew.id("marcus.camera"), crew.id("dana.ad"), crew.id("sam.safety"),
        crew.id("grace.producer"));
    StopWorkCalled call = facts.stopWork(p, crew.id("marcus.camera"), clock.instant(), toNotify);
    await().atMost(Duration.ofSeconds(90)).until(() -> inboxKeys(call.stopWorkId() + "/called") == 4);
    List<String> told = List.of("marcus.camera@demo.invalid", "dana.ad@demo.invalid", "sam.safety@demo.invalid",
        "grace.producer@demo.invalid");
    await().atMost(Duration.ofSeconds(90)).until(() -> mails("STOP WORK").stream().filter(told::contains).count() == 4);
    assertThat(mails("STOP WORK").stream().filter(told::contains)).containsExactlyInAnyOrderElementsOf(told);
    assertThat(inboxKeysOf("tess.grip")).noneMatch(key -> key.contains(call.stopWorkId().toString()));

    facts.resume(call, crew.id("sam.safety"), clock.instant());
    await().atMost(Duration.ofSeconds(90)).until(() -> inboxKeys(call.stopWorkId() + "/resumed") == 4);
    await().atMost(Duration.ofSeconds(90)).until(() -> mails("Work resumes").stream().filter(told::contains).count() == 4);
    await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
        SystemActor.call(() -> ledger.history(p, "stop-work:" + call.stopWorkId())).stream().map(LedgerEntry::kind))
        .contains("escalation.stop-work-notified", "reporting.stop-work-called", "reporting.work-resumed"));
  }

  @Test
  void aWebhookThatKeepsFailingIsRetriedWithBackoffThenShownFailedToTheSafetyAdvisor() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    HttpServer failing = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    failing.createContext("/hook", exchange -> {
      if (new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .contains("coffee can")) {
        posts.incrementAndGet();
      }
      exchange.sendResponseHeaders(503, -1);
      exchange.close();
    });
    failing.start();
    try {
      UUID p = crew.production(Crew.WESTERN).id();
      mvc.perform(put("/api/productions/{p}/webhook", p).header("Authorization", crew.bearer("leo.upm"))
              .contentType(MediaType.APPLICATION_JSON)
              .content("{\"url\":\"http://127.0.0.1:" + failing.getAddress().getPort() + "/hook\"}"))
          .andExpect(status().isOk());
      mvc.perform(put("/api/productions/{p}/webhook", p).header("Authorization", crew.bearer("leo.upm"))
              .contentType(MediaType.APPLICATION_JSON).content("{\"url\":\"ftp://example.org/x\"}"))
          .andExpect(status().isBadRequest())
          .andExpect(content().string(Matchers.allOf(Matchers.containsString("url"),
              Matchers.containsString("WebhookUrl"))));
      ReportFacts facts = new ReportFacts(events, transaction);
      // A fresh moment: the scheduler's clock runs on in real time from the last move of the test clock, so
      // moving it now keeps this report's later steps from falling due early.
      clock.advance(Duration.ofMillis(1));
      // The delivery log lists the production's latest deliveries: start after every one already there, since a
      // test before this one may have left deliveries stamped later than where the shared clock stands now.
      java.sql.Timestamp latest = jdbc.sql("SELECT MAX(created_at) FROM delivery WHERE production_id = ?").param(p)
          .query((rs, row) -> rs.getTimestamp(1)).single();
      if (latest != null && !latest.toInstant().isBefore(clock.instant())) {
        clock.set(latest.toInstant().plusSeconds(1));
      }
      HazardReported report = facts.criticalFirearmsReport(p, crew.id("hank.props"), clock.instant(),
          "Dummy rounds kept loose in a coffee can");
      String key = "report/" + report.reportId() + "/round/1/level/1/repeat/0";
      // At least the first post: while the test clock stands still the scheduler's clock runs on in real time
      // (see SchedulerClock), so when that clock last moved long ago the first retry may already be due.
      await().atMost(Duration.ofSeconds(90)).until(() -> attempts(key) >= 1);
      // Acknowledge, so that only this one delivery's retries run while the clock moves.
      facts.acknowledge(report, crew.id("sam.safety"), clock.instant());
      await().atMost(Duration.ofSeconds(90)).until(() -> store.find(report.reportId()).orElseThrow().acknowledgedAt()
          != null);
      // The scheduler's clock ticks on in real time while the test clock stands still, so a retry may come
      // before its advance; never later.
      int attempt = 1;
      for (Duration wait : List.of(Duration.ofSeconds(90), Duration.ofMinutes(2), Duration.ofMinutes(10),
          Duration.ofMinutes(30))) {
        int expected = ++attempt;
        clock.advance(wait);
        await().atMost(Duration.ofSeconds(90)).until(() -> attempts(key) >= expected);
      }
      await().atMost(Duration.ofSeconds(90)).until(() -> "FAILED".equals(jdbc.sql(
          "SELECT status FROM delivery WHERE notice_key = ? AND channel = 'WEBHOOK'").param(key)
          .query(String.class).single()));
      clock.advance(Duration.ofHours(2));
      String log = mvc.perform(get("/api/productions/{p}/deliveries", p)
              .header("Authorization", crew.bearer("sam.safety")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      List<Object> failed = JsonPath.read(log, "$[?(@.noticeKey == '" + key + "' && @.channel == 'WEBHOOK')]");
      assertThat(failed).hasSize(1);
      assertThat(log).contains("\"status\":\"FAILED\"").contains("webhook answered HTTP 503");
      assertThat(JsonPath.<List<Integer>>read(log, "$[?(@.noticeKey == '" + key + "' && @.channel == 'WEBHOOK')]"
          + ".attempts")).containsExactly(5);
      assertThat(posts.get()).as("posts of this report's level 1, none after giving up").isEqualTo(5);
      assertThat(log).doesNotContain(String.valueOf(failing.getAddress().getPort()));
      mvc.perform(get("/api/productions/{p}/deliveries", p).header("Authorization", crew.bearer("eli.actor")))
          .andExpect(status().isForbidden());
      mvc.perform(get("/productions/{p}/notifications", p).with(crew.signedIn("sam.safety")))
          .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("FAILED")));
      await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
          SystemActor.call(() -> ledger.recent(p, null, 200)).stream().map(LedgerEntry::kind))
          .contains("notify.delivery-failed"));
    } finally {
      failing.stop(0);
      mvc.perform(put("/api/productions/{p}/webhook", crew.production(Crew.WESTERN).id())
          .header("Authorization", crew.bearer("leo.upm")).contentType(MediaType.APPLICATION_JSON)
          .content("{\"url\":\"\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.host").isEmpty());
    }
  }

  @Test
  void eachPersonReadsOnlyTheirOwnInboxAndThePageHeaderCountsTheUnread() throws Exception {
    ReportFacts facts = new ReportFacts(events, transaction);
    UUID p = crew.production(Crew.WESTERN).id();
    facts.stopWork(p, crew.id("dana.ad"), clock.instant(), Set.of(crew.id("june.actor")));
    await().atMost(Duration.ofSeconds(90)).until(() -> inboxOf("june.actor").size() >= 1);
    String inbox = mvc.perform(get("/api/inbox").header("Authorization", crew.bearer("june.actor")))
        .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(Matchers.greaterThanOrEqualTo(1)))
        .andReturn().getResponse().getContentAsString();
    String itemId = JsonPath.read(inbox, "$.items[0].id");
    mvc.perform(get("/productions/{p}", p).with(crew.signedIn("june.actor")))
        .andExpect(content().string(Matchers.containsString("Inbox (")));
    mvc.perform(post("/api/inbox/{id}/read", itemId).header("Authorization", crew.bearer("tess.grip")))
        .andExpect(status().isNotFound());
    mvc.perform(post("/api/inbox/{id}/read", itemId).header("Authorization", crew.bearer("june.actor")))
        .andExpect(status().isNoContent());
    mvc.perform(post("/account/inbox/read").with(crew.signedIn("june.actor")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/api/inbox").header("Authorization", crew.bearer("june.actor")))
        .andExpect(jsonPath("$.unread").value(0));
    mvc.perform(get("/account/inbox").with(crew.signedIn("june.actor")))
        .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("STOP WORK")));
  }

  @Test
  void aReopenedReportEscalatesAgainFromLevelOne() {
    ReportFacts facts = new ReportFacts(events, transaction);
    UUID p = crew.production(Crew.WESTERN).id();
    // A fresh moment: the scheduler's clock runs on in real time from the last move of the test clock, so
    // moving it now keeps this report's later steps from falling due early.
    clock.advance(Duration.ofMillis(1));
    HazardReported report = facts.criticalFirearmsReport(p, crew.id("rosa.armorer"), clock.instant(),
        "Rifle left on the cart at lunch");
    UUID r = report.reportId();
    await().atMost(Duration.ofSeconds(90)).until(() -> EscalationTimersSupport.fired(store, r).contains("1/L1R0"));
    facts.resolve(report, crew.id("sam.safety"), clock.instant());
    await().atMost(Duration.ofSeconds(90)).until(() -> store.find(r).orElseThrow().resolvedAt() != null);
    facts.reopen(report, crew.id("rosa.armorer"), clock.instant());
    await().atMost(Duration.ofSeconds(90)).until(() -> EscalationTimersSupport.fired(store, r).contains("2/L1R0"));
    assertThat(EscalationTimersSupport.fired(store, r)).containsExactly("1/L1R0", "2/L1R0");
  }

  private int attempts(String key) {
    return jdbc.sql("SELECT attempts FROM delivery WHERE notice_key = ? AND channel = 'WEBHOOK'").param(key)
        .query(Integer.class).optional().orElse(0);
  }

  private int inboxKeys(String suffix) {
    return jdbc.sql("SELECT COUNT(*) FROM inbox_item WHERE notice_key = ?").param("stop-work/" + suffix)
        .query(Integer.class).single();
  }

  /** The notice keys in this person's inbox (other tests on the shared crew may have called stop-work too). */
  private List<String> inboxKeysOf(String username) {
    return jdbc.sql("SELECT notice_key FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).list();
  }

  private List<String> inboxOf(String username) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ?").param(crew.id(username))
        .query(String.class).list();
  }

  private List<String> mails(String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).flatMap(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).map(Object::toString);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
