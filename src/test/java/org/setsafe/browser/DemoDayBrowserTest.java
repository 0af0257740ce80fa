package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.custody.Armory;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.SystemActor;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a newcomer starts it, on an empty database, and nothing else prepared: the armorer takes the western's
 * revolver out of lock-up, shows it clear, the actor, the 1st AD and the camera head each confirm on their own
 * phone, she issues it to the actor for today's church scene, takes it back and locks it up. Her taps from the
 * lock-up to the issue are counted (signing in and the witnesses' phones apart); every screen is kept.
 */
@Tag("browser")
class DemoDayBrowserTest {

  /** The most taps the armorer may need from the revolver in lock-up to the revolver in the actor's hand. */
  static final int MOST_TAPS_TO_ISSUE = 8;

  @Test
  void theArmorerTakesTheDemoRevolverFromLockUpToTheActorAndBack(@TempDir Path dataDir) throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_day", dataDir);
    try (ConfigurableApplicationContext demo = instances.start("demo-day")) {
      int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
      UUID western = SetSafeInstances.western(demo);
      UUID revolver = SystemActor.call(() -> demo.getBean(Armory.class).weapons(western)).stream()
          .filter(entry -> "SA73-4471".equals(entry.weapon().serial())).findFirst().orElseThrow().weapon().id();
      String dashboard = "/productions/" + western;
      // What scanning the tag on the revolver opens.
      String weapon = dashboard + "/custody/weapons/" + revolver;

      try (Phone rosa = new Phone(port)) {
        rosa.signIn("rosa.armorer", Crew.PASSWORD).open(weapon);
        int atLockUp = rosa.taps();
        assertThat(rosa.heading()).isEqualTo("Colt Single Action Army #SA73-4471");
        assertThat(rosa.textOf("state")).contains("Locked up: Armory truck, safe 1");
        rosa.screenshot("demo-day-1-armorer-revolver-locked-up-phone");

        rosa.press("Unlock");
        assertThat(rosa.textOf("state")).contains("With the armorer");
        // Out of lock-up it is checked again before anyone is shown it (a clearance check every time it comes out).
        rosa.type("finding", "Bore and chambers clear, cylinder empty").press("Inspected");
        rosa.tick("Eli Navarro");
        rosa.screenshot("demo-day-2-armorer-show-clear-phone");
        rosa.press("Shown clear");
        assertThat(rosa.textOf("awaiting")).contains("Dana Whitcombe").contains("Eli Navarro")
            .contains("Marcus Oyelaran");
        rosa.screenshot("demo-day-3-armorer-awaiting-witnesses-phone");

        for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
          try (Phone phone = new Phone(port)) {
            phone.signIn(witness, Crew.PASSWORD).open(dashboard);
            assertThat(phone.textOf("show-clears-awaiting")).contains("Shown to you, to confirm");
            phone.follow("Confirm or refuse");
            assertThat(phone.textOf("confirmation")).contains("Colt Single Action Army #SA73-4471")
                .contains("Rosa Delgado showed it clear to you");
            phone.screenshot("demo-day-4-" + witness.replace('.', '-') + "-confirm-phone");
            phone.press("I saw it clear");
            assertThat(phone.waitForText("nothing-awaiting", "Nothing waits for you")).isNotEmpty();
          }
        }

        // Her page turns to the issue by itself once the last witness has confirmed: no reload.
        rosa.waitForText("next-step", "Issue it");
        String eli = SetSafeInstances.user(demo, "eli.actor").toString();
        String church = church(demo, western).toString();
        // The performer shown the weapon, and today's only scene with him in its cast, are chosen already.
        if (!rosa.valueOf("performer").equals(eli)) {
          rosa.choose("performer", eli);
        }
        if (!rosa.valueOf("scene").equals(church)) {
          rosa.choose("scene", church);
        }
        rosa.screenshot("demo-day-5-armorer-issue-phone");
        rosa.press("Issue");
        assertThat(rosa.textOf("state")).contains("With Eli Navarro");
        int tapsToIssue = rosa.taps() - atLockUp;
        rosa.screenshot("demo-day-6-armorer-issued-phone");
        System.out.println("Demo day: the armorer's taps from lock-up to issue: " + tapsToIssue);

        rosa.press("Returned to me");
        assertThat(rosa.textOf("state")).contains("With the armorer");
        rosa.type("location", "Armory truck, safe 1").press("Lock up");
        assertThat(rosa.textOf("state")).contains("Locked up: Armory truck, safe 1");
        assertThat(rosa.textOf("history")).contains("Shown clear to Dana Whitcombe, Eli Navarro, Marcus Oyelaran")
            .contains("Issued to Eli Navarro").contains("Returned from Eli Navarro");
        assertThat(rosa.fitsTheScreenWidth()).isTrue();
        rosa.screenshot("demo-day-7-armorer-locked-up-again-phone");

        assertThat(tapsToIssue).as("the armorer's taps from lock-up to issue").isLessThanOrEqualTo(MOST_TAPS_TO_ISSUE);
      }
    }
  }

  private static UUID church(ConfigurableApplicationContext demo, UUID western) {
    return SystemActor.call(() -> demo.getBean(org.setsafe.production.Schedule.class).scenes(western)).stream()
        .filter(scene -> scene.number().equals("12")).findFirst().orElseThrow().id();
  }
}
