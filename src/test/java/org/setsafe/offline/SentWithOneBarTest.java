package org.setsafe.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * One bar of signal: the phone sends a hazard report from the page at once, with the key it made, and the answer
 * never comes back (the signal dropped after the server had it). The phone keeps the report and sends it again when
 * the signal is better, with the same key and the time the person tapped: the server answers with its first answer,
 * the report is filed once, and nothing says it was kept without signal, since the server received it when the person
 * acted.
 */
@SetSafeTest
class SentWithOneBarTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;

  @Test
  void aReportThatReachedTheServerBeforeTheSignalDroppedIsFiledOnceWhenThePhoneSendsItAgain() throws Exception {
    String title = "Squib wires across the corral gate " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    // A time of its own, so that the ledger's entries of other phones' actions cannot be taken for this one's.
    Instant tapped = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofSeconds(47));

    MockHttpServletResponse first = mvc.perform(report(title).header("Idempotency-Key", key)).andReturn()
        .getResponse();
    MockHttpServletResponse again = mvc.perform(report(title).header("Idempotency-Key", key)
        .header("SetSafe-Phone-Time", tapped.toString())).andReturn().getResponse();

    assertThat(first.getStatus()).isEqualTo(302);
    assertThat(again.getStatus()).isEqualTo(302);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single())
        .isEqualTo(1);
    // The report's own entry has landed; a phone-time entry would have been published in its transaction.
    await().atMost(Duration.ofSeconds(20)).until(() -> landed("reporting.hazard-reported", title), n -> n == 1);
    assertThat(landed("offline.sent-after-no-signal", tapped.toString()))
        .as("answered from the first answer: not recorded as kept without signal").isZero();
  }

  @Test
  void aReportThatNeverReachedTheServerIsFiledOnceWhenThePhoneSendsItAgainWithItsTime() throws Exception {
    String title = "Horse spooked by the blank fire " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    Instant tapped = clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(3)).minusSeconds(29);

    MockHttpServletResponse sent = mvc.perform(report(title).header("Idempotency-Key", key)
        .header("SetSafe-Phone-Time", tapped.toString())).andReturn().getResponse();
    MockHttpServletResponse again = mvc.perform(report(title).header("Idempotency-Key", key)
        .header("SetSafe-Phone-Time", tapped.toString())).andReturn().getResponse();

    assertThat(sent.getStatus()).isEqualTo(302);
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single())
        .isEqualTo(1);
    await().atMost(Duration.ofSeconds(20)).until(() -> landed("offline.sent-after-no-signal", tapped.toString()),
        n -> n == 1);
  }

  private long landed(String kind, String text) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = ? AND actor_id = ? AND leaf LIKE ?").param(kind)
        .param(crew.id("tess.grip")).param("%" + text + "%").query(Long.class).single();
  }

  /** The report page's form as the phone sends it: its fields and the page's token, the key as a header. */
  private MockMultipartHttpServletRequestBuilder report(String title) {
    return multipart("/productions/" + crew.production(Crew.WESTERN).id() + "/reports")
        .param("category", "FIREARMS").param("severity", "HIGH").param("title", title)
        .param("description", "Taped down after lunch").with(crew.signedIn("tess.grip")).with(csrf());
  }
}
