package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.Crew;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.SystemActor;
import org.setsafe.reporting.ManagementReviewViews;
import org.setsafe.reporting.ReportView;
import org.setsafe.reporting.ReportViews;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a newcomer starts it, on an empty database, seen from the production office on a phone: the safety
 * advisor signs the shoot-out's weapon plan that waits for her, reads the pre-production check and acts on the key
 * grip's report, its escalation in words; the producer, on two productions, reads the grips' reports and the
 * management review they opened, answers it, and reads the pre-production check, today's call sheet (and its PDF)
 * and the ledger; studio safety sees every production, one production's reports, reviews and ledger, and is offered
 * none of the crew's steps. Every screen is kept; each person's taps are counted (signing in apart).
 */
@Tag("browser")
class DemoDayOfficeBrowserTest {

  /** A moment on a page, in the western's zone (Denver): "14:07 MST", or "MDT" in summer. */
  private static final String DENVER_TIME = "\\b\\d{2}:\\d{2} M[SD]T\\b";
  /** A fact's kind as the code writes it ("reporting.hazard-reported"): for the signed record, not the sentence. */
  private static final String CODE = "\\b(production|custody|training|reporting|escalation|protocol)\\.[a-z]+-[a-z-]+";

  private static final String PLATFORM = "Camera platform on the ridge has no guard rail";
  private static final String DRIVING = "Grips driving home after 14-hour days";
  private static final String CABLE = "Cable run across the church doorway";
  private static final String REVIEW = "Grip has filed 3 safety reports in the last 14 days";

  @Test
  void theSafetyAdvisorTheProducerAndStudioSafetyWalkTheDemoDayOnAPhone(@TempDir Path dataDir) throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_office", dataDir);
    try (ConfigurableApplicationContext demo = instances.start("demo-office",
        Map.of("setsafe.demo.reports", "true"))) {
      int port = Integer.parseInt(demo.getEnvironment().getProperty("local.server.port"));
      UUID western = SetSafeInstances.western(demo);
      // The grips' reports start escalating as they are filed, after the seed commits: their first level told.
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> SystemActor.call(
          () -> demo.getBean(ReportViews.class).reports(western)).stream().map(ReportView::escalationLevel)
          .filter(level -> level != null && level.startsWith("First told")).count() == 3);

      int samTaps = safetyAdvisor(port);
      // The answer box on the reviews page is named after its review.
      UUID review = SystemActor.call(() -> demo.getBean(ManagementReviewViews.class).reviews(western)).stream()
          .filter(r -> r.why().equals(REVIEW)).findFirst().orElseThrow().id();
      int graceTaps = producer(port, review);
      int frankTaps = studioSafety(port);
      System.out.printf("Demo office day: taps on a phone (signing in apart): safety advisor %d, producer %d,"
          + " studio safety %d%n", samTaps, graceTaps, frankTaps);
    }
  }

  /** Samira Haddad, the western's safety advisor. */
  private static int safetyAdvisor(int port) throws Exception {
    try (Phone sam = new Phone(port)) {
      sam.signIn("sam.safety", Crew.PASSWORD);
      int start = sam.taps();
      // On one production only: signing in opens its dashboard.
      assertThat(sam.heading()).isEqualTo("Dust Devil Creek");
      assertThat(sam.textOf("needs-you")).contains("The weapon plan for scene 31 waits for your signature.")
          // The grip's reports have escalated to her: each says so, with the level that told her.
          .contains("Rigging and heights hazard report (high): " + PLATFORM + ".")
          .contains("it has reached you (First told: Safety advisor)")
          .contains("Sign the plan for scene 31").contains("Acknowledge the report");
      screen(sam, "demo-office-safety-advisor-1-needs-you-phone");

      sam.follow("Sign the plan for scene 31");
      assertThat(sam.heading()).isEqualTo("Weapon plan, scene 31");
      assertThat(sam.textOf("current")).contains("Beretta 92FS").contains("June Castellanos")
          .contains("Eli Navarro").contains("Half-load 9mm blank")
          .contains("In the line of fire: A-camera on a remote head, remote operation, 30 ft from the muzzle");
      assertThat(sam.textOf("status")).contains("awaiting the safety advisor's sign-off");
      assertThat(sam.textOf("sign-offs")).contains("Armorer: Rosa Delgado");
      screen(sam, "demo-office-safety-advisor-2-plan-to-sign-phone");
      sam.press("Sign as safety advisor");
      assertThat(sam.textOf("status")).contains("Approved");
      assertThat(sam.textOf("sign-offs")).contains("Armorer: Rosa Delgado").contains("Safety advisor: Samira Haddad");
      assertThat(sam.offers("Sign as safety advisor")).isFalse();
      screen(sam, "demo-office-safety-advisor-3-plan-signed-phone");

      sam.follow("SetSafe");
      assertThat(sam.textOf("needs-you")).doesNotContain("scene 31 waits for your signature");
      sam.follow("Pre-production check");
      assertThat(sam.heading()).isEqualTo("Pre-production check");
      assertThat(sam.textOf("countdown")).isNotBlank();
      assertThat(sam.text()).contains("Dust Devil Creek");
      screen(sam, "demo-office-safety-advisor-4-pre-production-phone");

      sam.follow("← Dust Devil Creek");
      sam.follow("All reports");
      assertThat(sam.heading()).isEqualTo("Safety reports");
      assertThat(sam.textOf("open-reports")).contains(PLATFORM).contains(DRIVING).contains(CABLE)
          .contains("Tess Lindqvist").containsPattern(DENVER_TIME).contains("First told: Safety advisor");
      screen(sam, "demo-office-safety-advisor-5-reports-phone");

      sam.followContaining(PLATFORM);
      assertThat(sam.heading()).isEqualTo(PLATFORM);
      assertThat(sam.textOf("state")).isEqualTo("Reported");
      assertThat(sam.textOf("escalation")).isEqualTo("First told: Safety advisor");
      assertThat(sam.text()).contains("Tess Lindqvist").contains("Sc. 31").contains("Cerrillos Hills, ridge line")
          .containsPattern(DENVER_TIME);
      screen(sam, "demo-office-safety-advisor-6-report-phone");
      sam.type("ack", "On my way up to the ridge with the key grip.").press("Acknowledge");
      assertThat(sam.textOf("state")).isEqualTo("Acknowledged");
      sam.type("what", "Guard rail and toe board fitted before the camera goes up; nobody on it until then.")
          .press("Start mitigation");
      assertThat(sam.textOf("steps")).contains("Acknowledged by Samira Haddad").contains("Samira Haddad")
          .contains("Guard rail and toe board fitted").containsPattern(DENVER_TIME);
      screen(sam, "demo-office-safety-advisor-7-report-acted-on-phone");

      sam.follow("← All reports");
      sam.follow("← Dust Devil Creek");
      sam.follow("Escalation");
      assertThat(sam.heading()).isEqualTo("Escalation");
      assertThat(sam.textOf("open-escalations")).contains(PLATFORM)
          .contains("Acknowledged (First told: Safety advisor)").contains(DRIVING)
          .contains("First told: Safety advisor");
      screen(sam, "demo-office-safety-advisor-8-escalation-phone");
      return sam.taps() - start;
    }
  }

  /** Grace Mbeki, producer of the western and of the drama. */
  private static int producer(int port, UUID review) throws Exception {
    try (Phone grace = new Phone(port)) {
      grace.signIn("grace.producer", Crew.PASSWORD);
      int start = grace.taps();
      assertThat(grace.heading()).isEqualTo("Your productions");
      assertThat(grace.text()).contains("Dust Devil Creek").contains("Night Shift");
      assertThat(grace.textOf("needs-you-first")).containsPattern("\\d+ things? needs? you now");
      screen(grace, "demo-office-producer-1-productions-phone");

      grace.follow("Dust Devil Creek");
      assertThat(grace.heading()).isEqualTo("Dust Devil Creek");
      assertThat(grace.textOf("needs-you")).contains("A management review waits for your written answer: " + REVIEW)
          .contains("Answer the review");
      assertThat(grace.textOf("reviews-awaiting")).contains(REVIEW);
      assertThat(grace.textOf("open-hazards")).contains(PLATFORM).contains(DRIVING).contains(CABLE);
      screen(grace, "demo-office-producer-2-dashboard-phone");

      grace.follow("All reports");
      assertThat(grace.textOf("open-reports")).contains(PLATFORM).contains("Being made safe").contains(DRIVING)
          .contains(CABLE).contains("Tess Lindqvist").containsPattern(DENVER_TIME);
      screen(grace, "demo-office-producer-3-reports-phone");

      grace.follow("Management reviews");
      assertThat(grace.heading()).isEqualTo("Management reviews");
      assertThat(grace.textOf("review")).contains(REVIEW).contains("The 3 reports that opened it:")
          .containsPattern(DENVER_TIME);
      assertThat(grace.textOf("reports-behind")).contains(PLATFORM).contains(DRIVING).contains(CABLE);
      screen(grace, "demo-office-producer-4-review-phone");
      grace.followContaining(DRIVING);
      assertThat(grace.heading()).isEqualTo(DRIVING);
      assertThat(grace.text()).contains("Tess Lindqvist").contains("Wrap to call has been under 10 hours");
      screen(grace, "demo-office-producer-5-report-behind-the-review-phone");
      grace.follow("← All reports");
      grace.follow("Management reviews");
      grace.type("answer-" + review, "A fourth grip from Monday and hotel rooms in Santa Fe for anyone"
          + " wrapping after 12 hours; the ridge platform gets its rail before it is used.").press("Answer");
      assertThat(grace.text()).contains("Your answer is on record.").contains("Answered: A fourth grip");
      assertThat(grace.offers("Answer")).isFalse();
      screen(grace, "demo-office-producer-6-review-answered-phone");

      grace.follow("← All reports");
      grace.follow("← Dust Devil Creek");
      grace.follow("Pre-production check");
      assertThat(grace.heading()).isEqualTo("Pre-production check");
      assertThat(grace.textOf("countdown")).isNotBlank();
      screen(grace, "demo-office-producer-7-pre-production-phone");

      grace.follow("← Dust Devil Creek");
      grace.followContaining("safety section");
      assertThat(grace.heading()).isEqualTo("Call sheet — safety section");
      assertThat(grace.textOf("day")).contains("06:30").contains("Bonanza Creek Ranch, church");
      assertThat(grace.textOf("scenes")).contains("12").contains("12A").contains("Firearms");
      assertThat(grace.textOf("concerns")).contains(DRIVING);
      screen(grace, "demo-office-producer-8-call-sheet-phone");
      Phone.Download pdf = grace.download("Open the PDF to print");
      assertThat(pdf.status()).as("the call sheet's PDF").isEqualTo(200);
      assertThat(pdf.contentType()).startsWith("application/pdf");
      assertThat(pdf.start()).isEqualTo("%PDF-");

      grace.follow("← Dust Devil Creek");
      grace.follow("Ledger");
      assertThat(grace.heading()).isEqualTo("Ledger");
      assertThat(grace.textOf("sentence")).isNotBlank().doesNotContainPattern(CODE);
      assertThat(grace.text()).doesNotContainPattern(CODE)
          .contains("Grace Mbeki answered a management review: “A fourth grip")
          .contains("Samira Haddad started making a hazard safe: “Guard rail")
          .contains("Tess Lindqvist reported a hazard: “" + DRIVING + "”");
      screen(grace, "demo-office-producer-9-ledger-phone");
      return grace.taps() - start;
    }
  }

  /** Frank Osei, studio safety: every production, the crew's of none. */
  private static int studioSafety(int port) throws Exception {
    try (Phone frank = new Phone(port)) {
      frank.signIn("demo.studio", Crew.PASSWORD);
      int start = frank.taps();
      assertThat(frank.heading()).isEqualTo("Your productions");
      assertThat(frank.text()).contains("Dust Devil Creek").contains("Night Shift");
      screen(frank, "demo-office-studio-safety-1-productions-phone");

      frank.follow("Dust Devil Creek");
      assertThat(frank.heading()).isEqualTo("Dust Devil Creek");
      assertThat(frank.textOf("open-hazards")).contains(PLATFORM).contains(DRIVING).contains(CABLE)
          .contains("First told: Safety advisor");
      // Not on the crew: he reads, he does not report or stop work for them.
      assertThat(frank.offers("Report a hazard")).isFalse();
      assertThat(frank.offers("Stop work")).isFalse();
      screen(frank, "demo-office-studio-safety-2-dashboard-phone");

      frank.follow("All reports");
      assertThat(frank.textOf("open-reports")).contains(PLATFORM).contains(DRIVING).contains(CABLE);
      assertThat(frank.offers("Report a hazard")).isFalse();
      assertThat(frank.offers("Stop work")).isFalse();
      screen(frank, "demo-office-studio-safety-3-reports-phone");

      frank.followContaining(CABLE);
      assertThat(frank.heading()).isEqualTo(CABLE);
      assertThat(frank.textOf("read-only")).contains("You read this report as studio safety");
      assertThat(frank.textOf("escalation")).isEqualTo("First told: Safety advisor");
      assertThat(frank.offers("Acknowledge")).isFalse();
      assertThat(frank.offers("Add comment")).isFalse();
      screen(frank, "demo-office-studio-safety-4-report-phone");

      frank.follow("← All reports");
      frank.follow("Management reviews");
      assertThat(frank.textOf("review")).contains(REVIEW).contains("Answered: A fourth grip");
      assertThat(frank.offers("Answer")).isFalse();
      screen(frank, "demo-office-studio-safety-5-reviews-phone");

      frank.follow("← All reports");
      frank.follow("← Dust Devil Creek");
      frank.follow("Ledger");
      assertThat(frank.heading()).isEqualTo("Ledger");
      assertThat(frank.textOf("sentence")).isNotBlank().doesNotContainPattern(CODE);
      assertThat(frank.text()).doesNotContainPattern(CODE)
          .contains("Grace Mbeki answered a management review").contains("Samira Haddad acknowledged a hazard report");
      screen(frank, "demo-office-studio-safety-6-ledger-phone");
      return frank.taps() - start;
    }
  }

  /** Every screen of the walk: nothing sideways, every target big enough for a gloved finger, and kept. */
  private static void screen(Phone phone, String name) throws Exception {
    phone.screenshot(name);
    assertThat(phone.fitsTheScreenWidth()).as("%s fits the screen's width", name).isTrue();
    assertThat(phone.tapTargetsTooSmall()).as("%s: tap targets under 44 px", name).isEmpty();
  }

}
