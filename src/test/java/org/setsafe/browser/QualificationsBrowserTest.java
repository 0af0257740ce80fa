package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The safety advisor checks the crew's qualifications on a phone: the dashboard card, the overview, one person. */
@SetSafeTest
@Tag("browser")
class QualificationsBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;

  @Test
  void theSafetyAdvisorFindsHanksPermitRunningOutAndOpensHisCertificates() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("sam.safety", Crew.PASSWORD);
      assertThat(phone.textOf("qualifications")).contains("Hank Ostrowski").contains("Armorer permit expires on")
          .contains("June Castellanos").contains("Firearms safety training missing");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("qualifications-dashboard-phone");

      phone.follow("Qualifications");
      assertThat(phone.heading()).isEqualTo("Qualifications");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("qualifications-overview-phone");

      phone.follow("Hank Ostrowski");
      assertThat(phone.heading()).isEqualTo("Hank Ostrowski");
      assertThat(phone.textOf("certifications")).contains("Armorer permit").contains("AP-2024-00652");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("qualifications-person-phone");
    }
  }

  @Test
  void anActorSeesHerOwnQualificationsAndTheFormToAddOne() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("june.actor", Crew.PASSWORD);
      phone.open("/account/qualifications");
      assertThat(phone.heading()).isEqualTo("My qualifications");
      assertThat(phone.textOf("certifications")).contains("Production safety training");
      assertThat(phone.text()).contains("Add a certificate").contains("Scanned copy or photo");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("my-qualifications-phone");
    }
  }
}
