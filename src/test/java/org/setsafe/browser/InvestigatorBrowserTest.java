package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.incident.Involvement;
import org.setsafe.incident.InvestigatorAccess;
import org.setsafe.incident.InvestigatorAccess.NewGrant;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.Severity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sheriff's deputy opens the link the safety advisor emailed him, on his own phone and without an account:
 * he reads the incident's summary, takes the report and the evidence bundle away, and finds nothing else behind the
 * link; once the production withdraws it, the same link says so.
 */
@SetSafeTest
@Tag("browser")
class InvestigatorBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Incidents incidents;
  @Autowired InvestigatorAccess investigators;
  @Autowired TestClock clock;

  @Test
  void theDeputyReadsTheIncidentOnHisPhoneTakesTheReportAndBundleAndTheWithdrawnLinkSaysSo() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String safety = "sam.safety.inv." + suffix;
    String grip = "tess.grip.inv." + suffix;
    Production production = SystemActor.call(() -> {
      Production p = productions.create("Glass at the Mission " + suffix, "America/Denver");
      accounts.createWithOneTimePassword(SystemActor.ID, safety, "Samira Haddad", null, null);
      accounts.createWithOneTimePassword(SystemActor.ID, grip, "Zhāng Wěi 张伟", null, null);
      productions.addMember(p.id(), safety, Set.of(CrewRole.SAFETY_ADVISOR), null);
      productions.addMember(p.id(), grip, Set.of(CrewRole.CREW), "Grip");
      schedule.scheduleDay(p.id(), schedule.today(p), LocalTime.of(6, 30), "Mission San Miguel");
      return p;
    });
    UUID incident = crew.as(grip, () -> incidents.open(production.id(), new NewIncident("INJURY_OR_ILLNESS",
        Severity.HIGH, "Mission set, by the breakaway window", null,
        "The breakaway window shattered early and glass hit the grip's forearm",
        List.of(new PersonInput(crew.id(grip), null, Involvement.INJURED)), "Four stitches at the clinic",
        Set.of(), Set.of(), Set.of()))).id();
    String link = crew.as(safety, () -> investigators.grant(production.id(), incident, new NewGrant(
        "Deputy A. Ruiz", "Santa Fe County Sheriff's Office", "ruiz@sheriff.example.gov",
        Instant.now(clock).plus(Duration.ofDays(30))))).link();

    try (Phone phone = new Phone(port)) {
      phone.open(link);
      assertThat(phone.heading()).isEqualTo("Injury or illness");
      assertThat(phone.textOf("reader")).contains("Deputy A. Ruiz").contains("Every read is logged");
      assertThat(phone.textOf("summary")).contains("Mission set, by the breakaway window")
          .contains("glass hit the grip's forearm");
      assertThat(phone.textOf("people")).contains("Zhāng Wěi 张伟").contains("Injured");
      assertThat(phone.text()).doesNotContain("stitches").doesNotContain("Sign out");
      assertThat(phone.textOf("signed")).contains("Not signed off");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      assertThat(phone.accessibilityViolations()).isEmpty();
      phone.screenshot("investigator-incident-phone");

      Phone.Download report = phone.download("Download the report (PDF)");
      assertThat(report.status()).isEqualTo(200);
      assertThat(report.start()).isEqualTo("%PDF-");

      phone.open(link + "/incidents/" + UUID.randomUUID());
      assertThat(phone.text()).doesNotContain("Mission set");
      phone.open("/productions/" + production.id());
      assertThat(phone.url()).contains("/login");

      crew.as(safety, () -> investigators.revoke(production.id(), incident,
          investigators.grants(production.id(), incident).get(0).id()));
      phone.open(link);
      assertThat(phone.heading()).isEqualTo("Access withdrawn");
      assertThat(phone.textOf("problem")).contains("withdrew this access");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("investigator-withdrawn-phone");
    }
    List<InvestigatorAccess.ReadView> reads = crew.as(safety, () -> investigators.reads(production.id(), incident));
    assertThat(reads).extracting(InvestigatorAccess.ReadView::what).containsExactlyInAnyOrder("SUMMARY", "REPORT");
  }
}
