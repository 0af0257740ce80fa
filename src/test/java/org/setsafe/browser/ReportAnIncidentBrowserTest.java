package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.PublicReportLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grip reports an incident from her phone under her own name, and someone else reports one anonymously through the
 * production's public link, each on a 390 × 844 screen; a form sent with nothing chosen comes back with the reason in
 * the crew's words.
 */
@SetSafeTest
@Tag("browser")
class ReportAnIncidentBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired PublicReportLink link;

  @Test
  void aGripReportsAnIncidentByNameAndSomeoneElseAnonymouslyFromTheirPhones() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String tess = "tess.grip." + suffix;
    Production production = SystemActor.call(() -> productions.create("Dust Devil Creek " + suffix,
        "America/Denver"));
    accounts.createWithPassword(SystemActor.ID, tess, "Tess Lindqvist", null, null, Crew.PASSWORD);
    UUID scene = SystemActor.call(() -> {
      productions.addMember(production.id(), tess, Set.of(CrewRole.CREW), "Grip");
      ShootingDay day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 30),
          "Cerro Pelon Ranch");
      return schedule.addScene(production.id(), "42A", "The showdown at the well", day.id()).id();
    });
    String token = crew.as(tess, () -> link.publicLinkToken(production.id()));

    try (Phone phone = new Phone(port)) {
      phone.signIn(tess, Crew.PASSWORD).open("/productions/" + production.id() + "/incidents/new");
      assertThat(phone.heading()).isEqualTo("Report an incident");
      assertThat(phone.textOf("reported-as")).contains("under your name");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.choose("kind", "INJURY_OR_ILLNESS").choose("severity", "HIGH").type("where", "The well, church set")
          .type("whatHappened", "Marcus slipped off the scaffold and hurt his wrist")
          .type("injured", "Marcus Oyelaran").type("witnesses", "Dana, Eli").choose("sceneId", scene.toString());
      phone.screenshot("incident-report-phone");
      phone.press("Report the incident");

      assertThat(phone.heading()).isEqualTo("Injury or illness");
      assertThat(phone.textOf("opened-by")).isEqualTo("Tess Lindqvist");
      assertThat(phone.textOf("people")).contains("Marcus Oyelaran: Injured").contains("Dana: Witness")
          .contains("Eli: Witness");
      assertThat(phone.textOf("holds")).contains("Sc. 42A held");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }

    try (Phone phone = new Phone(port)) {
      phone.open("/public/incident/" + token);
      assertThat(phone.heading()).isEqualTo("Report an incident anonymously");
      assertThat(phone.text()).contains("Dust Devil Creek").doesNotContain("Sign out");
      assertThat(phone.fitsTheScreenWidth()).isTrue();

      // Sent with nothing chosen (an old page, a form the phone did not check): the reason in the crew's words.
      Phone.Answer refused = phone.postWithoutAForm("/public/incident/" + token,
          Map.of("severity", "LOW", "where", "Stage 2", "whatHappened", "A sandbag fell"));
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.body()).contains("Choose what kind of incident it was.");

      phone.choose("kind", "NEAR_MISS").choose("severity", "HIGH").type("where", "Church set")
          .type("whatHappened", "The revolver was pointed at the lens during the rehearsal");
      phone.screenshot("incident-report-anonymous-phone");
      phone.press("Report it anonymously");
      assertThat(phone.heading()).isEqualTo("Incident reported");
      assertThat(phone.textOf("receipt-code").replace(" ", "")).hasSize(24).containsOnlyDigits();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
  }
}
