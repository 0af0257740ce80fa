package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The safety advisor, on a phone, opens the production's ledger, sees what was recorded and the key
 * that signs it, and follows one person's history; the page fits the screen however long the ids.
 */
@SetSafeTest
@Tag("browser")
class LedgerBrowserTest {

  /** A fact's kind as the code writes it ("custody.weapon-issued"): for the API and the signed record, not the page. */
  private static final String CODE = "\\b(production|custody|training|reporting|escalation)\\.[a-z]+-[a-z-]+";

  @LocalServerPort int port;
  @Autowired Crew crew;

  @Test
  void theSafetyAdvisorReadsTheLedgerAndAPersonsHistoryOnAPhone() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("sam.safety", Crew.PASSWORD);
      phone.follow("Ledger");

      assertThat(phone.heading()).isEqualTo("Ledger");
      assertThat(Long.parseLong(phone.textOf("ledger-size"))).isPositive();
      // The newest entries come first, each a sentence of who did what; which ones depends on what the demo
      // production last recorded. The kind's code is folded away under the signed record.
      assertThat(phone.textOf("sentence")).isNotBlank().doesNotContainPattern(CODE);
      assertThat(phone.text()).contains("The signed record").doesNotContainPattern(CODE)
          .contains("SHA256:").contains("Download evidence bundle");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("safety-advisor-ledger-phone");

      phone.open("/productions/" + crew.production(Crew.WESTERN).id() + "/crew");
      phone.follow("History");
      assertThat(phone.heading()).startsWith("History of ");
      assertThat(phone.textOf("sentence")).isNotBlank().doesNotContainPattern(CODE);
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("person-history-phone");
    }
  }
}
