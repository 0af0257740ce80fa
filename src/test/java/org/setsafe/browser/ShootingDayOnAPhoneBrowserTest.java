package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.ResumeWork;
import org.setsafe.reporting.StopWork;
import org.setsafe.reporting.StopWorkViews;
import org.setsafe.reporting.domain.StopWorkCall;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grip sees a ladder nobody is footing, reports it from the phone in the pocket, then sees smoke by the church set
 * and stops work on the scene; the producer and studio safety then read the reports on their own phones. Every
 * screen on the way has tap targets for a gloved finger and scrolls nothing sideways, even on a 360 px phone.
 */
@SetSafeTest
@Tag("browser")
class ShootingDayOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired StopWork stopWork;
  @Autowired StopWorkViews stopWorks;

  @Test
  void theGripReportsAHazardAndStopsWorkAndTheProducerAndStudioSafetyReadTheReports() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String home = "/productions/" + western.id();
    Scene church = SystemActor.call(() -> schedule.scenes(western.id())).stream()
        .filter(s -> s.number().equals("12")).findFirst().orElseThrow();
    try (Phone phone = new Phone(port)) {
      phone.signIn("tess.grip", Crew.PASSWORD).open(home);
      fitsAGlovedHand(phone, "grip-dashboard");

      // Report a hazard: the form chooses nothing for her and says whose name goes with it before she sends.
      int before = phone.taps();
      phone.follow("Report a hazard");
      fitsAGlovedHand(phone, "grip-report-form");
      assertThat(phone.textOf("reported-as")).contains("under your name").contains("Tess Lindqvist");
      phone.choose("category", "HEIGHTS").choose("severity", "MEDIUM")
          .type("title", "Ladder by the flats not footed")
          .type("description", "Nobody footing the ladder while the flats are braced");
      phone.screenshot("grip-report-filled");
      phone.press("Report it");
      int toReport = phone.taps() - before;
      assertThat(phone.heading()).isEqualTo("Ladder by the flats not footed");
      fitsAGlovedHand(phone, "grip-report-filed");
      // Open the form, two taps each for the two lists, one each for two boxes, one to send.
      assertThat(toReport).as("taps to report a hazard").isEqualTo(8);

      // Stop work on today's scene: its description is on the button, and it takes two taps from the stop-work page.
      phone.open(home);
      before = phone.taps();
      phone.follow("Stop work");
      fitsAGlovedHand(phone, "grip-stop-work");
      assertThat(phone.textOf("todays-scenes")).contains("Stop Sc. 12").contains("Church interior")
          .contains("Stop Sc. 12A");
      phone.followContaining("Stop Sc. 12 " + church.description().substring(0, 20));
      fitsAGlovedHand(phone, "grip-stop-work-confirm");
      phone.press("Stop work now");
      int toStop = phone.taps() - before;
      assertThat(phone.text()).contains("Work is stopped");
      fitsAGlovedHand(phone, "grip-work-stopped");
      assertThat(toStop).as("taps from the dashboard to a stopped scene").isEqualTo(3);
    }

    for (String reader : new String[] {"grace.producer", "demo.studio"}) {
      try (Phone phone = new Phone(port)) {
        phone.signIn(reader, Crew.PASSWORD).open(home + "/reports");
        fitsAGlovedHand(phone, reader + "-reports");
        int before = phone.taps();
        phone.followContaining("Ladder by the flats not footed");
        assertThat(phone.taps() - before).as("taps from the list to the report").isEqualTo(1);
        assertThat(phone.heading()).isEqualTo("Ladder by the flats not footed");
        fitsAGlovedHand(phone, reader + "-report");
        if (reader.equals("demo.studio")) {
          assertThat(phone.text()).doesNotContain("Add comment").doesNotContain("Acknowledge");
        } else {
          assertThat(phone.text()).contains("Acknowledge");
        }
      }
    }

    UUID stop = SystemActor.call(() -> stopWorks.stoppedNow(western.id())).stream()
        .filter(s -> church.id().equals(s.sceneId())).map(StopWorkCall::id).findFirst().orElseThrow();
    crew.as("sam.safety", () -> stopWork.resume(western.id(),
        new ResumeWork(stop, "Smoke was the hazer; checked with the SFX lead")));
  }

  @Test
  void theScheduleThePreProductionCheckAndTheLedgerFitASmallPhone() throws Exception {
    String home = "/productions/" + crew.production(Crew.WESTERN).id();
    try (Phone phone = new Phone(port)) {
      // The 1st AD's schedule has a form in every day's row: each day becomes a card of its own.
      phone.signIn("dana.ad", Crew.PASSWORD).open(home + "/schedule");
      fitsAGlovedHand(phone, "ad-schedule");
      String schedule = phone.text();
      assertThat(schedule.indexOf("Stagecoach arrives")).isLessThan(schedule.indexOf("Church interior: the Marshal"));
      assertThat(schedule.indexOf("Church interior, continued")).isLessThan(schedule.indexOf("Dry wash ambush"));
      phone.open(home + "/pre-production");
      fitsAGlovedHand(phone, "ad-pre-production");
      assertThat(phone.heading()).isEqualTo("Pre-production check");
      phone.open(home + "/ledger");
      fitsAGlovedHand(phone, "ad-ledger");
      assertThat(phone.text()).contains("The signed record").doesNotContain("null");
    }
  }

  /** The screen is worked with gloves and fits a small phone; a picture is kept for people to look at. */
  private static void fitsAGlovedHand(Phone phone, String screen) throws Exception {
    phone.screenshot(screen);
    assertThat(phone.tapTargetsTooSmall()).as("tap targets under 44 px on " + screen).isEmpty();
    assertThat(phone.fitsTheScreenWidth()).as(screen + " at 390 px").isTrue();
    assertThat(phone.fitsANarrowPhone()).as(screen + " at 360 px").isTrue();
  }
}
