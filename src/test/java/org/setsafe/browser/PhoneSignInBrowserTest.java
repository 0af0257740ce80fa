package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The armorer signs in on a phone, sees today on set, and signs out; and cannot see another crew's production. */
@SetSafeTest
@Tag("browser")
class PhoneSignInBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;

  @Test
  void theArmorerSignsInOnAPhoneSeesTodaysShootAndSignsOut() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.open("/login");
      assertThat(phone.heading()).isEqualTo("Sign in");
      phone.signIn("rosa.armorer", Crew.PASSWORD);

      assertThat(phone.heading()).isEqualTo(Crew.WESTERN);
      assertThat(phone.textOf("today")).contains("Call 06:30").contains("Sc. 12A");
      assertThat(phone.textOf("weapons-out")).contains("treat every firearm as loaded");
      assertThat(phone.text()).contains("Rosa Delgado").contains("Samira Haddad");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("armorer-dashboard-phone");

      phone.press("Sign out");
      assertThat(phone.text()).contains("You are signed out.");
      phone.open("/productions");
      assertThat(phone.url()).endsWith("/login");
    }
  }

  @Test
  void aWrongPasswordSaysSoInPlainWords() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.open("/login").type("username", "rosa.armorer").type("password", "not my password").press("Sign in");
      assertThat(phone.text()).contains("Wrong username or password.");
    }
  }

  @Test
  void theArmorerOfOneProductionSeesNothingOfAnother() throws Exception {
    Production drama = crew.production(Crew.DRAMA);
    try (Phone phone = new Phone(port)) {
      phone.signIn("rosa.armorer", Crew.PASSWORD);
      phone.open("/productions/" + drama.id());
      assertThat(phone.heading()).isEqualTo("Not found");
      assertThat(phone.text()).doesNotContain(Crew.DRAMA).doesNotContain("Downtown Los Angeles");
      phone.open("/productions/" + drama.id() + "/crew");
      assertThat(phone.heading()).isEqualTo("Not found");
      assertThat(phone.text()).doesNotContain("Grace Mbeki");
      phone.screenshot("other-production-not-found-phone");
    }
  }
}
