package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.SafetyContacts;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.incident.CareAfterIncidents;
import org.setsafe.incident.Incidents;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.incident.Involvement;
import org.setsafe.incident.ReportingClocks;
import org.setsafe.incident.ReportingClocks.OutcomeInput;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.Severity;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * After the stagecoach overturns, on phones: the camera operator who was hurt finds the support offered on his
 * dashboard, follows it, sees whom to call and declines the check-ins; the counselling contact follows her link to
 * who said yes or no and reads it; the producer, sent the same address, reads nobody's answer; the safety advisor
 * finds the reporting clock on her dashboard and follows it to the "Report made" form.
 */
@SetSafeTest
@Tag("browser")
class SupportAfterAnIncidentBrowserTest {

  private static final Map<String, CrewRole> ROLES = Map.of("grace.producer", CrewRole.PRODUCER, "sam.safety",
      CrewRole.SAFETY_ADVISOR, "tess.grip", CrewRole.CREW, "marcus.camera", CrewRole.CAMERA, "nina.counsel",
      CrewRole.CREW);
  private static final Map<String, String> NAMES = Map.of("grace.producer", "Grace Mbeki", "sam.safety",
      "Samira Haddad", "tess.grip", "Tess Lindqvist", "marcus.camera", "Marcus Oyelaran", "nina.counsel",
      "Nina Albrecht");

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Roster roster;
  @Autowired SafetyContacts contacts;
  @Autowired Incidents incidents;
  @Autowired CareAfterIncidents care;
  @Autowired ReportingClocks clocks;

  @Test
  void theCrewMemberDeclinesTheCounsellingContactSeesItAndTheProducerDoesNot() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create("Stagecoach " + suffix,
        "America/Los_Angeles"));
    ShootingDay day = SystemActor.call(() -> schedule.scheduleDay(production.id(), schedule.today(production),
        LocalTime.of(6, 0), "Lone Pine"));
    ROLES.forEach((name, role) -> {
      accounts.createWithPassword(SystemActor.ID, name + "." + suffix, NAMES.get(name), null, null, Crew.PASSWORD);
      SystemActor.run(() -> productions.addMember(production.id(), name + "." + suffix, Set.of(role),
          role == CrewRole.CREW || role == CrewRole.CAMERA ? "Grip" : null));
      if (role != CrewRole.PRODUCER) {
        SystemActor.run(() -> roster.schedule(production.id(), new DayDuty(day.id(), id(name, suffix), role)));
      }
    });
    SystemActor.run(() -> contacts.name(production.id(), "COUNSELLING", "Dr. Ana Ruiz", "+1 555 0100",
        "any time", null));
    crew.as("sam.safety." + suffix, () -> {
      care.nameCounsellingContact(production.id(), id("nina.counsel", suffix));
      return null;
    });
    UUID incident = crew.as("tess.grip." + suffix, () -> incidents.open(production.id(), new NewIncident(
        "INJURY_OR_ILLNESS", Severity.HIGH, "Alabama Hills, the stagecoach road", null,
        "The stagecoach overturned on the turn",
        List.of(new PersonInput(id("marcus.camera", suffix), null, Involvement.INJURED)), null, null, null, null)))
        .id();
    String dashboard = "/productions/" + production.id();

    try (Phone marcus = new Phone(port)) {
      marcus.signIn("marcus.camera." + suffix, Crew.PASSWORD);
      marcus.open(dashboard);
      // The offer follows the incident's commit: the dashboard asks for itself again until it is there.
      assertThat(marcus.waitForTextBySelf("needs-you", "Support is offered to you",
          java.time.Duration.ofSeconds(40))).contains("See support");
      marcus.follow("See support");
      assertThat(marcus.heading()).isEqualTo("Support after the incident");
      assertThat(marcus.textOf("contacts")).contains("Dr. Ana Ruiz").contains("Call +1 555 0100");
      assertThat(marcus.text()).contains("a day after").contains("PST");
      assertThat(marcus.fitsTheScreenWidth()).isTrue();
      marcus.screenshot("support-1-crew-member-phone");
      marcus.press("No thanks, no more check-ins");
      assertThat(marcus.textOf("declined")).contains("no more check-ins");
      assertThat(marcus.text()).contains("(won't be sent)");
      marcus.screenshot("support-2-crew-member-declined-phone");
    }

    String answers;
    try (Phone nina = new Phone(port)) {
      nina.signIn("nina.counsel." + suffix, Crew.PASSWORD);
      nina.open(dashboard + "/support");
      nina.follow("Who said yes or no (counselling contact only)");
      assertThat(nina.heading()).isEqualTo("Who accepted support");
      assertThat(nina.textOf("answers")).contains("Marcus Oyelaran declined");
      assertThat(nina.fitsTheScreenWidth()).isTrue();
      nina.screenshot("support-3-counselling-contact-phone");
      answers = nina.url().substring(nina.url().indexOf("/productions/"));
    }

    try (Phone grace = new Phone(port)) {
      grace.signIn("grace.producer." + suffix, Crew.PASSWORD);
      grace.open(answers);
      // Refused: no list, no name, only who may read it.
      assertThat(grace.heading()).isEqualTo("Not allowed");
      assertThat(grace.text()).doesNotContain("Marcus Oyelaran").doesNotContain("Who accepted support")
          .contains("Only the production's counselling contact reads");
    }

    crew.as("sam.safety." + suffix, () -> clocks.recordOutcome(production.id(), incident,
        new OutcomeInput("IN_PATIENT_HOSPITALIZATION", "CA", null)));
    try (Phone sam = new Phone(port)) {
      sam.signIn("sam.safety." + suffix, Crew.PASSWORD);
      sam.open(dashboard);
      assertThat(sam.textOf("needs-you")).contains("Cal/OSHA report of in-patient hospitalization due")
          .contains("8 hours left");
      sam.follow("Report made");
      assertThat(sam.heading()).isEqualTo("Reporting clocks");
      assertThat(sam.textOf("time-left")).isEqualTo("8 hours left");
      assertThat(sam.text()).contains("PST").contains("Reference the regulator gave");
      assertThat(sam.fitsTheScreenWidth()).isTrue();
      sam.screenshot("support-4-reporting-clock-phone");
    }
  }

  private UUID id(String name, String suffix) {
    return crew.id(name + "." + suffix);
  }
}
