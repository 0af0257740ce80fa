package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An actor puts her shooting days into her phone's calendar from her account, then revokes the address. */
@SetSafeTest
@Tag("browser")
class CalendarBrowserTest {

  @LocalServerPort int port;

  @Test
  void anActorMakesHerCalendarAddressOnHerPhoneAndRevokesIt() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("june.actor", Crew.PASSWORD);
      phone.open("/account");
      phone.follow("My calendar");
      assertThat(phone.heading()).isEqualTo("My calendar");
      assertThat(phone.fitsTheScreenWidth()).isTrue();

      phone.press("Make my calendar address");
      assertThat(phone.textOf("calendar-address")).contains("Shown only now").contains("Add to my phone's calendar");
      assertThat(phone.valueOf("calendar-url")).contains("/public/calendar/scal_").endsWith(".ics");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      phone.screenshot("my-calendar-phone");

      phone.press("Revoke my calendar address");
      assertThat(phone.text()).contains("Calendar address revoked").contains("You have no calendar address");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
  }
}
