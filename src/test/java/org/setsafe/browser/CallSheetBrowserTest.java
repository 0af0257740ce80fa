package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 1st AD reads the pre-production check and today's call sheet on a phone: big targets, nothing sideways. */
@SetSafeTest
@Tag("browser")
class CallSheetBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Schedule schedule;

  @Test
  void theFirstAdReadsThePreProductionCheckAndTodaysCallSheetOnHerPhone() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    ShootingDay today = SystemActor.call(() -> schedule.dayOn(western.id(), schedule.today(western)).orElseThrow());

    try (Phone phone = new Phone(port)) {
      phone.signIn("dana.ad", Crew.PASSWORD);

      phone.open("/productions/" + western.id() + "/pre-production");
      assertThat(phone.heading()).isEqualTo("Pre-production check");
      assertThat(phone.text()).containsAnyOf("Before shooting starts", "Shooting has begun");
      phone.screenshot("pre-production-check-phone");
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.fitsANarrowPhone()).isTrue();

      phone.open("/productions/" + western.id() + "/schedule/days/" + today.id() + "/safety-sheet");
      assertThat(phone.heading()).isEqualTo("Call sheet — safety section");
      assertThat(phone.text()).contains("Hazards by scene", "Nearest hospital", "Open the PDF to print");
      phone.screenshot("call-sheet-phone");
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.fitsANarrowPhone()).isTrue();
    }
  }
}
