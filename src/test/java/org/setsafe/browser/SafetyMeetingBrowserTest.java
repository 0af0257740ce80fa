package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.SafetyMeetings;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A crew member acknowledges the day's safety meeting on a phone, from the link on the production dashboard. */
@SetSafeTest
@Tag("browser")
class SafetyMeetingBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired SafetyMeetings meetings;

  @Test
  void theCameraOperatorAcknowledgesTheSafetyMeetingFromTheDashboardOnHisPhone() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    UUID altar = SystemActor.call(() -> {
      var today = schedule.dayOn(western.id(), schedule.today(western)).orElseThrow();
      return schedule.scenesOn(western.id(), today.id()).stream().filter(s -> s.number().equals("12A"))
          .map(Scene::id).findFirst().orElseThrow();
    });
    crew.as("dana.ad", () -> meetings.open(western.id(), List.of(altar)));

    try (Phone phone = new Phone(port)) {
      phone.signIn("marcus.camera", Crew.PASSWORD);
      phone.open("/productions/" + western.id());
      assertThat(phone.waitForText("safety-meeting", "Safety meeting to acknowledge"))
          .contains("Acknowledge the meeting (Sc. 12A)");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("safety-meeting-dashboard-phone");

      phone.follow("Acknowledge the meeting (Sc. 12A)");
      assertThat(phone.heading()).isEqualTo("Safety meeting");
      assertThat(phone.text()).contains("I was at the meeting and understood it").contains("Sc. 12A");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("safety-meeting-acknowledge-phone");

      phone.press("I was at the meeting and understood it");
      assertThat(phone.textOf("notice")).contains("your acknowledgment is recorded");
      assertThat(phone.textOf("acknowledged")).contains("You acknowledged this meeting at");
      assertThat(phone.text()).doesNotContain("I was at the meeting and understood it");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("safety-meeting-acknowledged-phone");
    }
  }
}
