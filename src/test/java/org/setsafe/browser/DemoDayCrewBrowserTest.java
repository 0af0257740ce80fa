package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.ReportCommand.AcknowledgeReport;
import org.setsafe.reporting.ReportSteps;
import org.setsafe.reporting.ReportViews;
import org.setsafe.reporting.StopWorkViews;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo western's shooting day on the phones of three of its crew, on a freshly seeded demo and nothing else
 * prepared, in the order the day goes: the 1st AD reads what needs her, the day's schedule and call sheet, and the
 * morning's meeting, then opens a meeting on set before the church scenes; the performer and the grip acknowledge it
 * on their phones and she records it held; the armorer shows the revolver clear (her steps through the services, as
 * {@link DemoDayBrowserTest} walks them on her phone), the performer and the 1st AD confirm it on theirs, and the
 * performer sees the revolver recorded as with him; the 1st AD stops work on the church scene and the safety advisor
 * resumes it; the grip reports a hazard under her name and another anonymously through the link her pages show, stops
 * work on the next scene and reads her report's state once the safety advisor has acknowledged it.
 *
 * <p>Every screen is kept, fits the screen width (and a 360 px phone), has tap targets of 44 px, and shows real
 * content: names, scene numbers, local times. Each person opens one page by its address and follows links from there
 * by their words; their taps (signing in apart) are counted and printed.
 */
@Tag("browser")
class DemoDayCrewBrowserTest {

  private static final ZoneId SANTA_FE = ZoneId.of("America/Denver");
  private static final String COLT = "Colt Single Action Army #SA73-4471";

  private ConfigurableApplicationContext demo;
  private UUID western;

  @Test
  void theFirstAdThePerformerAndTheGripWalkTheDemoDayOnTheirPhones(@TempDir Path dataDir) throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_crew", dataDir);
    try (ConfigurableApplicationContext started = instances.start("demo-crew")) {
      demo = started;
      int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
      western = SetSafeInstances.western(demo);
      String dashboard = "/productions/" + western;
      // Every step of this walk happens at the instant the demo was seeded: the instances' clock stands still.
      String now = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH)
          .format(SetSafeInstances.clock.instant().atZone(SANTA_FE));
      // The custody pages give the time of day on the set's clock with the zone's name, as every other page does.
      String onSet = DateTimeFormatter.ofPattern("HH:mm zzz", java.util.Locale.ENGLISH)
          .format(SetSafeInstances.clock.instant().atZone(SANTA_FE));
      UUID revolver = SystemActor.call(() -> demo.getBean(Armory.class).weapons(western)).stream()
          .filter(entry -> "SA73-4471".equals(entry.weapon().serial())).findFirst().orElseThrow().weapon().id();
      Scene church = scene("12");

      try (Phone dana = new Phone(port); Phone eli = new Phone(port); Phone tess = new Phone(port)) {
        dana.signIn("dana.ad", Crew.PASSWORD).open(dashboard);
        eli.signIn("eli.actor", Crew.PASSWORD).open(dashboard);
        tess.signIn("tess.grip", Crew.PASSWORD).open(dashboard);
        int danaFrom = dana.taps();
        int eliFrom = eli.taps();
        int tessFrom = tess.taps();

        // ---- Morning: the 1st AD's dashboard, schedule, call sheet and the meeting held at call ----
        assertThat(dana.heading()).isEqualTo("Dust Devil Creek");
        assertThat(dana.textOf("needs-you")).contains("Needs you now");
        assertThat(dana.textOf("today")).contains("Call 06:30 at Bonanza Creek Ranch, church")
            .contains("Sc. 12 Church interior: the Marshal confronts Cole")
            .contains("Sc. 12A Church interior, continued");
        fitsAGlovedHand(dana, "demo-crew-dana-1-dashboard-phone");

        dana.follow("Schedule");
        assertThat(dana.heading()).isEqualTo("Schedule");
        String schedule = dana.text();
        // Scenes in their natural order: 12 before 12A before 19, never 12A after 19 or 7 after 34.
        assertThat(schedule).containsSubsequence("Stagecoach arrives", "Church interior: the Marshal",
            "Church interior, continued", "Dry wash ambush", "Saloon: card game", "Ridge line", "Epilogue");
        fitsAGlovedHand(dana, "demo-crew-dana-2-schedule-phone");
        dana.follow("12");
        assertThat(dana.heading()).isEqualTo("Scene 12");
        assertThat(dana.text()).contains("Church interior: the Marshal confronts Cole. Revolver drawn, not fired.");
        assertThat(dana.offers("Weapon plan for scene 12")).isTrue();
        fitsAGlovedHand(dana, "demo-crew-dana-3-scene-12-phone");

        dana.follow("← Schedule").follow("← Dust Devil Creek").follow("Today's safety section");
        assertThat(dana.heading()).isEqualTo("Call sheet — safety section");
        assertThat(dana.textOf("day")).contains("call 06:30 at Bonanza Creek Ranch, church");
        assertThat(dana.textOf("scenes")).contains("Sc. 12").contains("Sc. 12A").contains("Firearms");
        assertThat(dana.textOf("meetings"))
            .contains("Safety meeting, scenes 12, 12A — Held at " + now + " (Dana Whitcombe)");
        fitsAGlovedHand(dana, "demo-crew-dana-4-call-sheet-phone");
        Phone.Download pdf = dana.download("Open the PDF to print");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.start()).isEqualTo("%PDF-");

        dana.follow("← Dust Devil Creek");
        dana.waitForText("safety-meeting", "Bulletins"); // the block loads itself into the dashboard
        dana.follow("Today's meeting");
        assertThat(dana.heading()).isEqualTo("Safety meeting");
        assertThat(dana.text()).contains(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH)
            .format(SetSafeInstances.clock.instant().atZone(SANTA_FE)) + ": call 06:30 at Bonanza Creek Ranch, church");
        String morning = dana.textOf("meetings");
        assertThat(morning).contains("Opened " + now + " by Dana Whitcombe").contains("held " + now)
            .contains("4 acknowledged").contains("Eli Navarro").contains("June Castellanos")
            .contains("Rosa Delgado").contains("Marcus Oyelaran").doesNotContain("UTC");
        // The agenda: the church scenes with their firearm and their plan, and the day's bulletin.
        String agenda = dana.text().substring(dana.text().indexOf("Agenda"));
        assertThat(agenda).containsSubsequence("Sc. 12", "Hazards: Firearms", "Cast: Eli Navarro, June Castellanos",
            "Weapon plan", COLT, "Sc. 12A", "Hazards: Firearms", "For the whole day",
            "Safety bulletin: Industry Safety Bulletin #1: Firearms and blank ammunition");
        fitsAGlovedHand(dana, "demo-crew-dana-5-morning-meeting-phone");

        // ---- On set before the church scenes: a meeting for those who were not at call, the grip among them ----
        dana.press("Open the meeting");
        assertThat(dana.text()).contains("Meeting opened for 2 scenes. Everyone acknowledges it on their own phone.");
        fitsAGlovedHand(dana, "demo-crew-dana-6-meeting-opened-phone");

        for (Phone phone : List.of(eli, tess)) {
          String who = phone == eli ? "eli" : "tess";
          // Nobody reloads: the block on the dashboard asks for itself again.
          assertThat(phone.waitForTextBySelf("needs-you", "Today's safety meeting for scenes 12, 12A waits for your"
              + " acknowledgment.", Duration.ofSeconds(45))).contains("Acknowledge the meeting");
          fitsAGlovedHand(phone, "demo-crew-" + who + "-1-meeting-to-acknowledge-phone");
          phone.follow("Acknowledge the meeting");
          assertThat(phone.heading()).isEqualTo("Safety meeting");
          assertThat(phone.text()).contains("opened " + now + " by Dana Whitcombe").contains("12, 12A")
              .contains("Industry Safety Bulletin #1");
          fitsAGlovedHand(phone, "demo-crew-" + who + "-2-meeting-phone");
          phone.press("I was at the meeting and understood it");
          assertThat(phone.textOf("notice")).contains("your acknowledgment is recorded");
          assertThat(phone.textOf("acknowledged")).contains("You acknowledged this meeting at " + now);
          fitsAGlovedHand(phone, "demo-crew-" + who + "-3-meeting-acknowledged-phone");
        }

        dana.follow("← Dust Devil Creek");
        dana.waitForText("safety-meeting", "Safety meeting");
        dana.follow("Today's meeting");
        assertThat(dana.text()).contains("2 acknowledged");
        String beforeTheScene = dana.text().substring(dana.text().indexOf("2 acknowledged"));
        assertThat(beforeTheScene).contains("Eli Navarro").contains("Tess Lindqvist");
        fitsAGlovedHand(dana, "demo-crew-dana-7-meeting-acknowledged-phone");
        dana.press("Record it held");
        assertThat(dana.text()).contains("Recorded held, with 2 acknowledgments.");
        assertThat(dana.text()).doesNotContain("Record it held");
        fitsAGlovedHand(dana, "demo-crew-dana-8-meeting-held-phone");

        // ---- The firearm scene: the armorer shows the revolver clear to the performer, the 1st AD and camera ----
        UUID eliId = SetSafeInstances.user(demo, "eli.actor");
        as("rosa.armorer", () -> {
          Custody custody = demo.getBean(Custody.class);
          custody.unlock(western, revolver);
          custody.inspect(western, revolver, "Bore and chambers clear, cylinder empty");
          return custody.showClear(western, revolver, Set.of(eliId, SetSafeInstances.user(demo, "dana.ad"),
              SetSafeInstances.user(demo, "marcus.camera")));
        });

        eli.follow("← Dust Devil Creek");
        assertThat(eli.textOf("needs-you")).contains("The armorer showed you " + COLT);
        eli.follow("Confirm or refuse the show-clear");
        assertThat(eli.textOf("confirmation")).contains(COLT)
            .contains("Rosa Delgado showed it clear to you at " + onSet + ".");
        fitsAGlovedHand(eli, "demo-crew-eli-4-show-clear-phone");
        eli.press("I saw it clear");
        assertThat(eli.waitForText("nothing-awaiting", "Nothing waits for you")).isNotEmpty();

        dana.follow("← Dust Devil Creek");
        assertThat(dana.textOf("needs-you")).contains("The armorer showed you " + COLT);
        dana.follow("Confirm or refuse the show-clear");
        assertThat(dana.textOf("confirmation")).contains("Rosa Delgado showed it clear to you at " + onSet + ".");
        fitsAGlovedHand(dana, "demo-crew-dana-9-show-clear-phone");
        dana.press("I saw it clear");
        assertThat(dana.waitForText("nothing-awaiting", "Nothing waits for you")).isNotEmpty();

        as("marcus.camera", () -> demo.getBean(Custody.class).confirmShowClear(western, revolver));
        as("rosa.armorer", () -> demo.getBean(Custody.class).issue(western, revolver, eliId, church.id()));

        // The performer: his scene today, and the revolver recorded as with him.
        eli.follow("← Dust Devil Creek");
        assertThat(eli.textOf("today")).contains("Sc. 12 Church interior");
        eli.follow("Sc. 12");
        assertThat(eli.heading()).isEqualTo("Scene 12");
        assertThat(eli.text()).contains("Church interior: the Marshal confronts Cole").contains("Firearms")
            .contains("Eli Navarro").contains("Camera head: Marcus Oyelaran");
        fitsAGlovedHand(eli, "demo-crew-eli-5-his-scene-phone");
        eli.follow("← Schedule").follow("← Dust Devil Creek").follow("Where every weapon is");
        assertThat(eli.textOf("weapons")).contains(COLT).contains("With Eli Navarro");
        fitsAGlovedHand(eli, "demo-crew-eli-6-weapons-phone");
        eli.followContaining(COLT);
        assertThat(eli.heading()).isEqualTo(COLT);
        assertThat(eli.textOf("state")).contains("With Eli Navarro");
        assertThat(eli.textOf("history")).contains("Issued to Eli Navarro").contains(onSet);
        fitsAGlovedHand(eli, "demo-crew-eli-7-revolver-with-him-phone");

        // ---- The 1st AD stops work on the church scene; only the safety advisor resumes it ----
        dana.follow("← Dust Devil Creek").follow("Stop work");
        assertThat(dana.textOf("todays-scenes")).contains("Stop Sc. 12").contains("Stop Sc. 12A");
        fitsAGlovedHand(dana, "demo-crew-dana-10-stop-work-phone");
        dana.followContaining("Stop Sc. 12 Church interior");
        dana.type("reason", "Horse loose behind the church set");
        fitsAGlovedHand(dana, "demo-crew-dana-11-stop-work-confirm-phone");
        dana.press("Stop work now");
        assertThat(dana.text()).contains("Work is stopped");
        assertThat(dana.textOf("stopped")).contains("Sc. 12").contains("Horse loose behind the church set")
            .contains("Only the safety advisor resumes work");
        fitsAGlovedHand(dana, "demo-crew-dana-12-work-stopped-phone");

        try (Phone sam = new Phone(port)) {
          sam.signIn("sam.safety", Crew.PASSWORD).open(dashboard);
          assertThat(sam.textOf("needs-you"))
              .contains("Work is stopped on scene 12: Horse loose behind the church set");
          sam.follow("Look into the stop-work");
          String stop = sam.textOf("stopped");
          assertThat(stop).contains("Horse loose behind the church set");
          sam.screenshot("demo-crew-sam-1-stop-work-phone");
          UUID stopped = SystemActor.call(() -> demo.getBean(StopWorkViews.class).stoppedNow(western)).stream()
              .filter(s -> church.id().equals(s.sceneId())).findFirst().orElseThrow().id();
          sam.type("why-" + stopped, "Wrangler has the horse tied at the corral; set walked with the 1st AD")
              .press("Resume work");
          assertThat(sam.text()).contains("Work resumes. Your reason is on record.");
        }

        dana.follow("← Dust Devil Creek");
        assertThat(dana.text()).doesNotContain("WORK STOPPED");
        fitsAGlovedHand(dana, "demo-crew-dana-13-work-resumed-phone");

        // ---- The grip: a hazard under her name, one anonymously, and a stop-work ----
        tess.follow("← Dust Devil Creek").follow("Report a hazard");
        assertThat(tess.heading()).isEqualTo("Report a hazard");
        assertThat(tess.textOf("reported-as")).contains("This will be reported under your name, Tess Lindqvist.");
        assertThat(tess.valueOf("severity")).as("no severity chosen for her").isEmpty();
        assertThat(tess.valueOf("category")).isEmpty();
        fitsAGlovedHand(tess, "demo-crew-tess-4-report-form-phone");
        tess.choose("category", "HEIGHTS").choose("severity", "MEDIUM")
            .type("title", "Ladder by the church flats not footed")
            .type("description", "Nobody footing the ladder while the flats are braced for scene 12A")
            .type("location", "Church set, west wall");
        tess.screenshot("demo-crew-tess-5-report-filled-phone");
        tess.press("Report it");
        assertThat(tess.heading()).isEqualTo("Ladder by the church flats not footed");
        assertThat(tess.textOf("state")).isEqualTo("Reported");
        assertThat(tess.text()).contains("Tess Lindqvist").contains(now).doesNotContain("UTC");
        fitsAGlovedHand(tess, "demo-crew-tess-6-reported-phone");

        tess.follow("← All reports").follow("Anonymous report link");
        assertThat(tess.heading()).isEqualTo("Anonymous report link");
        fitsAGlovedHand(tess, "demo-crew-tess-7-anonymous-link-phone");
        tess.follow("Open the anonymous report page");
        assertThat(tess.heading()).isEqualTo("Report a hazard anonymously");
        assertThat(tess.text()).contains("Dust Devil Creek").doesNotContain("Tess Lindqvist");
        assertThat(tess.textOf("reported-as")).contains("no name goes with it");
        assertThat(tess.valueOf("severity")).isEmpty();
        tess.choose("category", "OTHER").choose("severity", "HIGH")
            .type("title", "Generator cables across the trail to base camp")
            .type("description", "Unmarked cables across the trail; two people tripped after dark");
        fitsAGlovedHand(tess, "demo-crew-tess-8-anonymous-form-phone");
        tess.press("Report it anonymously");
        assertThat(tess.heading()).isEqualTo("Reported");
        assertThat(tess.textOf("receipt-code").replace(" ", "")).hasSize(24).containsOnlyDigits();
        fitsAGlovedHand(tess, "demo-crew-tess-9-anonymous-receipt-phone");

        // Back from the public page by the SetSafe mark: her one production's dashboard.
        tess.follow("SetSafe").follow("Stop work");
        tess.followContaining("Stop Sc. 12A");
        assertThat(tess.textOf("confirm")).contains("Stop work on Sc. 12A?")
            .contains("Cole fires one blank toward the altar");
        fitsAGlovedHand(tess, "demo-crew-tess-10-stop-work-confirm-phone");
        tess.press("Stop work now");
        assertThat(tess.textOf("stopped")).contains("Sc. 12A").contains("No reason given yet");
        fitsAGlovedHand(tess, "demo-crew-tess-11-work-stopped-phone");

        // The safety advisor acknowledges her named report; she reads where it stands on her own page.
        UUID ladder = SystemActor.call(() -> demo.getBean(ReportViews.class).reports(western)).stream()
            .filter(r -> r.title().equals("Ladder by the church flats not footed")).findFirst().orElseThrow().id();
        as("sam.safety", () -> demo.getBean(ReportSteps.class).acknowledge(western,
            new AcknowledgeReport(ladder, "Key grip told; on it")));
        tess.follow("← Dust Devil Creek");
        assertThat(tess.textOf("open-hazards")).contains("Ladder by the church flats not footed")
            .contains("Medium, acknowledged").contains("Generator cables across the trail to base camp");
        assertThat(tess.textOf("stop-work")).contains("Sc. 12A");
        fitsAGlovedHand(tess, "demo-crew-tess-12-dashboard-phone");
        tess.follow("Ladder by the church flats not footed");
        assertThat(tess.textOf("state")).isEqualTo("Acknowledged");
        assertThat(tess.textOf("steps")).contains("Acknowledged by Samira Haddad").contains(now)
            .contains("Key grip told; on it");
        fitsAGlovedHand(tess, "demo-crew-tess-13-report-acknowledged-phone");

        int danaTaps = dana.taps() - danaFrom;
        int eliTaps = eli.taps() - eliFrom;
        int tessTaps = tess.taps() - tessFrom;
        System.out.println("Demo day, taps on each phone (signing in apart): the 1st AD " + danaTaps
            + ", the performer " + eliTaps + ", the grip " + tessTaps);
      }
    }
  }

  private Scene scene(String number) {
    return SystemActor.call(() -> demo.getBean(Schedule.class).scenes(western)).stream()
        .filter(scene -> scene.number().equals(number)).findFirst().orElseThrow();
  }

  /** A step someone takes outside this walk's phones, through the service their page calls, signed in as them. */
  private <T> T as(String username, Supplier<T> work) {
    return SetSafeInstances.as(demo, username, work);
  }

  /** The screen is worked with gloves and fits a small phone; a picture is kept for people to look at. */
  private static void fitsAGlovedHand(Phone phone, String screen) throws Exception {
    phone.screenshot(screen);
    assertThat(phone.tapTargetsTooSmall()).as("tap targets under 44 px on " + screen).isEmpty();
    assertThat(phone.fitsTheScreenWidth()).as(screen + " at 390 px").isTrue();
    assertThat(phone.fitsANarrowPhone()).as(screen + " at 360 px").isTrue();
  }
}
