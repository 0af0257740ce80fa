package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.reporting.PublicReportLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Someone on set scans the QR code on the call sheet with their own phone, without signing in, reports loose
 * rounds anonymously, writes down the receipt code, and later follows the report and adds to it with the code.
 */
@SetSafeTest
@Tag("browser")
class AnonymousReportBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired PublicReportLink reports;

  @Test
  void aCrewMemberReportsAnonymouslyFromAPhoneAndFollowsTheReportWithTheCode() throws Exception {
    String token = SystemActor.call(() -> reports.publicLinkToken(crew.production(Crew.WESTERN).id()));
    try (Phone phone = new Phone(port)) {
      phone.open("/public/report/" + token);
      assertThat(phone.heading()).isEqualTo("Report a hazard anonymously");
      assertThat(phone.text()).contains(Crew.WESTERN).doesNotContain("Sign out");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.choose("category", "FIREARMS").choose("severity", "CRITICAL")
          .type("title", "Loose rounds on the prop cart")
          .type("description", "A handful of rounds loose in the dummy tray, some with primers")
          .type("location", "Church set, prop cart");
      phone.screenshot("anonymous-report-phone");
      phone.press("Report it anonymously");

      assertThat(phone.heading()).isEqualTo("Reported");
      String code = phone.textOf("receipt-code");
      assertThat(code.replace(" ", "")).hasSize(24).containsOnlyDigits();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("anonymous-receipt-phone");

      phone.follow("Follow my report");
      phone.type("code", code).press("Show my report");
      assertThat(phone.heading()).isEqualTo("Loose rounds on the prop cart");
      assertThat(phone.textOf("state")).isEqualTo("Reported");
      phone.type("text", "Still there after lunch, nobody with the cart").press("Add");
      assertThat(phone.text()).contains("Added to your report.")
          .contains("Still there after lunch, nobody with the cart").contains("The reporter");

      phone.open("/public/receipt").type("code", "1111 2222 3333 4444 5555 6666").press("Show my report");
      assertThat(phone.textOf("problem")).contains("No report has this receipt code");
    }
  }
}
