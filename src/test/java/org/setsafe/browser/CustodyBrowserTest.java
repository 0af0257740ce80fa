package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A shooting day on four phones: the armorer registers a revolver, receives and inspects it and shows it
 * clear; the actor, the 1st AD and the camera head each confirm on their own phone; the armorer issues it to
 * the actor, collects it back and locks it up. Every screen fits a phone and is kept as a screenshot.
 */
@SetSafeTest
@Tag("browser")
class CustodyBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Schedule schedule;

  @Test
  void theArmorerIssuesARevolverAfterAWitnessedShowClearAndLocksItUpAgain() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String scene = todaysScene(western);
    String serial = "B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String label = "Colt Single Action Army #" + serial;

    try (Phone rosa = new Phone(port)) {
      rosa.signIn("rosa.armorer", Crew.PASSWORD).open(dashboard);
      assertThat(rosa.textOf("weapons-out")).contains("out of lock-up").contains("treat every firearm as loaded");
      rosa.follow("Where every weapon is");
      assertThat(rosa.heading()).isEqualTo("Weapons");

      rosa.follow("Register a weapon")
          .type("manufacturerOrImporter", "Colt").type("model", "Single Action Army").type("serial", serial)
          .type("caliberOrGauge", ".45 Colt").type("ownerName", "Gunslinger Rentals").press("Register");
      assertThat(rosa.heading()).isEqualTo(label);
      String weapon = rosa.url().substring(rosa.url().indexOf(dashboard));
      assertThat(rosa.textOf("state")).contains("On the register, not yet received");
      rosa.press("Receive");
      assertThat(rosa.textOf("state")).contains("With the armorer").contains("Not cold");
      rosa.type("finding", "Bore clear, cylinder empty").press("Inspected");
      rosa.tick("Eli Navarro");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-1-armorer-show-clear-phone");
      rosa.press("Shown clear");
      assertThat(rosa.textOf("awaiting")).contains("Dana Whitcombe").contains("Eli Navarro")
          .contains("Marcus Oyelaran");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-2-armorer-awaiting-witnesses-phone");

      for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
        try (Phone phone = new Phone(port)) {
          phone.signIn(witness, Crew.PASSWORD).open(dashboard);
          assertThat(phone.textOf("show-clears-awaiting")).contains("Shown to you, to confirm");
          if (witness.equals("eli.actor")) {
            assertThat(phone.fitsTheScreenWidth()).isTrue();
            phone.screenshot("custody-3-actor-dashboard-phone");
          }
          phone.follow("Confirm or refuse");
          assertThat(phone.textOf("confirmation")).contains(label).contains("Rosa Delgado showed it clear to you")
              .contains("chamber, cylinder or magazine, and barrel empty");
          assertThat(phone.fitsTheScreenWidth()).isTrue();
          phone.screenshot("custody-4-" + witness.replace('.', '-') + "-confirm-phone");
          phone.press("I saw it clear");
          assertThat(phone.text()).contains("Confirmed: you saw it shown clear.").contains("Nothing waits for you.");
        }
      }

      rosa.open(weapon);
      // The scene's plan, assessment, staffing and safety meeting are not this test's subject: done as the crew would.
      crew.readyToShoot(western.id(), UUID.fromString(scene), UUID.fromString(weapon.substring(weapon.lastIndexOf('/') + 1)),
          crew.id("eli.actor"));
      assertThat(rosa.textOf("next-step")).contains("Issue it");
      rosa.choose("performer", crew.id("eli.actor").toString()).choose("scene", scene);
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-5-armorer-issue-phone");
      rosa.press("Issue");
      assertThat(rosa.textOf("state")).contains("With Eli Navarro");

      rosa.follow("← All weapons");
      assertThat(rosa.textOf("weapons")).contains(label).contains("With Eli Navarro");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-6-armorer-board-phone");

      rosa.open(weapon).press("Returned to me");
      assertThat(rosa.textOf("state")).contains("With the armorer");
      rosa.type("location", "Armory truck, safe 2").press("Lock up");
      assertThat(rosa.textOf("state")).contains("Locked up: Armory truck, safe 2");
      assertThat(rosa.textOf("history")).contains("Shown clear to Dana Whitcombe, Eli Navarro, Marcus Oyelaran")
          .contains("Issued to Eli Navarro").contains("Returned from Eli Navarro")
          .contains("Locked up Armory truck, safe 2");
      assertThat(rosa.fitsTheScreenWidth()).isTrue();
      rosa.screenshot("custody-7-armorer-locked-up-phone");
    }
  }

  /** A scene on today's call sheet naming its cast and camera head (the demo seeds one; made if the clock moved). */
  private String todaysScene(Production western) {
    return TodaysScene.of(schedule, crew, western).toString();
  }
}
