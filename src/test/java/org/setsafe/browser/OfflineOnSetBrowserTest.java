package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.SafetyMeetings;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A dead spot on the ranch, on real phones (headless Chromium, DevTools' offline emulation). The camera head loses
 * signal with today's pages open: he files a hazard report, acknowledges the safety meeting and confirms a show-clear;
 * each is shown as NOT YET RECORDED, nothing reaches the server, and a reload without signal still shows the page,
 * with its age. Signal returns: each is recorded exactly once. The actor confirms a show-clear in the dead spot while
 * the armorer locks the weapon up: when it arrives it is refused, and the phone says so loudly, with the reason. The
 * armorer's two phones take different steps on one weapon in the dead spot: the one that arrives second loses, and
 * says why.
 */
@SetSafeTest
@Tag("browser")
class OfflineOnSetBrowserTest {

  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired SafetyMeetings meetings;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Productions productions;

  @Test
  void inADeadSpotTheCameraHeadReportsAcknowledgesAndConfirmsAndEachIsRecordedOnceWhenSignalReturns()
      throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    UUID meeting = crew.as("dana.ad", () -> meetings.open(western.id(), List.of())).id();
    String revolver = shownClear(western, WITNESSES);
    String title = "Dummy rounds loose in the prop truck " + UUID.randomUUID().toString().substring(0, 8);
    UUID marcus = crew.id("marcus.camera");

    try (Phone phone = new Phone(port)) {
      phone.signIn("marcus.camera", Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      // Today's pages, opened with signal: the phone keeps them.
      phone.open(dashboard + "/reports/new").open(dashboard + "/briefing/meetings/" + meeting + "/acknowledge")
          .open(dashboard + "/custody/confirmations");

      phone.offline();
      phone.open(dashboard + "/reports/new");
      assertThat(phone.heading()).as("the report form, from the phone").isNotBlank();
      phone.choose("category", "FIREARMS").choose("severity", "HIGH").type("title", title)
          .type("description", "In a coffee can, not marked").pressAndStay("Report it");
      assertThat(phone.waitFor("not-yet-recorded")).contains("Not yet recorded (1)").contains(title)
          .contains("NOT YET RECORDED");
      phone.screenshot("offline-1-report-kept-phone");

      phone.open(dashboard + "/briefing/meetings/" + meeting + "/acknowledge")
          .pressAndStay("I was at the meeting and understood it");
      assertThat(phone.waitForText("not-yet-recorded", "Not yet recorded (2)")).contains("Safety meeting acknowledged");

      phone.open(dashboard + "/custody/confirmations");
      phone.script("document.querySelector('form[action*=\"" + revolver + "/show-clear/confirm\"] button').click();");
      assertThat(phone.waitForText("not-yet-recorded", "Not yet recorded (3)")).contains("I saw it shown clear");

      // Reloaded without signal, the page is still there, says how old it is, and what is kept is still not recorded.
      phone.reload();
      assertThat(phone.heading()).isNotBlank();
      assertThat(phone.waitFor("kept-page-age")).contains("This page is as it was");
      assertThat(phone.waitFor("no-signal")).contains("No signal");
      assertThat(phone.waitForText("not-yet-recorded", "Not yet recorded (3)")).isNotEmpty();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("offline-2-reloaded-without-signal-phone");
      assertThat(reports(title)).as("nothing reached the server").isZero();
      assertThat(acknowledgments(meeting, marcus)).isZero();
      assertThat(confirmations(revolver, marcus)).isZero();

      phone.online();
      assertThat(phone.waitFor("recorded-after-signal")).contains("Recorded now that signal returned").contains(title);
      awaitGone(phone, "not-yet-recorded");
      phone.screenshot("offline-3-recorded-when-signal-returned-phone");
      // Sent again (a reload, the next tick), nothing is recorded twice.
      phone.script("return window.setSafeOffline.sendKept();");
      phone.reload();
      assertThat(reports(title)).isEqualTo(1);
      assertThat(acknowledgments(meeting, marcus)).isEqualTo(1);
      assertThat(confirmations(revolver, marcus)).isEqualTo(1);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'offline.sent-after-no-signal' "
          + "AND actor_id = ?").param(marcus).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }
    // The walk is over and the revolver goes back in the safe: the other walks share the western, and its showing
    // would otherwise wait on the 1st AD's and the actor's confirmation pages.
    custody(western, "rosa.armorer", revolver, "lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk());
  }

  @Test
  void aQueueKeptUnderOnePersonIsNotSentWhenAnotherSignsInOnThePhoneAndIsSentUnderTheFirstWhenTheySignInAgain()
      throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String title = "Ladder footing soft by the water trough " + UUID.randomUUID().toString().substring(0, 8);

    try (Phone phone = new Phone(port)) {
      phone.signIn("marcus.camera", Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      phone.open(dashboard + "/reports/new");
      phone.offline();
      phone.choose("category", "FIREARMS").choose("severity", "HIGH").type("title", title)
          .type("description", "Rigged for the crane shot").pressAndStay("Report it");
      assertThat(phone.waitFor("not-yet-recorded")).contains("Not yet recorded (1)").contains(title);
      // His sign-in ends while the phone has no signal; signal returns and what was kept cannot be sent.
      phone.signInEnds();
      phone.online();
      phone.script("return window.setSafeOffline.sendKept();");
      assertThat(reports(title)).isZero();

      // The 1st AD borrows the phone: the camera head's report is held, never sent under her name.
      phone.signIn("dana.ad", Crew.PASSWORD).open(dashboard);
      assertThat(phone.waitFor("held-for-another")).contains("1 action kept on this phone by another person")
          .contains("never sent under your name");
      phone.script("return window.setSafeOffline.sendKept();");
      phone.reload();
      assertThat(phone.shows("recorded-after-signal")).isFalse();
      assertThat(reports(title)).isZero();
      phone.screenshot("offline-7-held-for-another-phone");

      // She signs out; he signs in again: sent, once, under his name.
      phone.press("Sign out");
      phone.signIn("marcus.camera", Crew.PASSWORD).open(dashboard);
      assertThat(phone.waitFor("recorded-after-signal")).contains(title);
      awaitGone(phone, "not-yet-recorded");
      phone.script("return window.setSafeOffline.sendKept();");
      phone.reload();
      assertThat(jdbc.sql("SELECT reporter_id FROM hazard_report WHERE title = ?").param(title).query(UUID.class)
          .list()).containsExactly(crew.id("marcus.camera"));
    }
  }

  @Test
  void aStopWorkCalledInADeadSpotSaysNobodyHasBeenNotifiedAndIsRecordedOnceWhenSignalReturns() throws Exception {
    // A production of its own: a stop holds the whole production, and the other walks share the western.
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String grip = "tess.grip." + suffix;
    Production production = SystemActor.call(() -> productions.create("Stop in a dead spot " + suffix,
        "America/Denver"));
    SystemActor.run(() -> {
      accounts.createWithPassword(SystemActor.ID, grip, "Tess Lindqvist", null, null, Crew.PASSWORD);
      productions.addMember(production.id(), grip, Set.of(CrewRole.CREW), "Grip");
    });
    String dashboard = "/productions/" + production.id();

    try (Phone tess = new Phone(port)) {
      tess.signIn(grip, Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      tess.open(dashboard + "/stop-work?sceneId=production");
      tess.offline();
      tess.type("reason-whole", "Live round found in the dummy box").pressAndStay("Stop everything now");
      assertThat(tess.waitFor("stop-not-sent")).contains("STOP-WORK NOT SENT. Nobody has been notified yet.")
          .contains("Call \"STOP\" aloud now");
      assertThat(tess.waitFor("not-yet-recorded")).contains("Stop-work").contains("NOT YET RECORDED");
      assertThat(tess.fitsTheScreenWidth()).isTrue();
      tess.screenshot("offline-8-stop-work-not-sent-phone");
      assertThat(stops(production)).isZero();

      tess.online();
      assertThat(tess.waitFor("recorded-after-signal")).contains("Stop-work");
      awaitGone(tess, "stop-not-sent");
      tess.script("return window.setSafeOffline.sendKept();");
      tess.reload();
      assertThat(stops(production)).isEqualTo(1);
    }
  }

  @Test
  void aShowClearConfirmedInADeadSpotAfterTheArmorerLockedTheWeaponUpIsRefusedLoudlyWithItsReason()
      throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String revolver = shownClear(western, WITNESSES);

    try (Phone eli = new Phone(port)) {
      eli.signIn("eli.actor", Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      eli.open(dashboard + "/custody/confirmations");
      eli.offline();
      eli.script("document.querySelector('form[action*=\"" + revolver + "/show-clear/confirm\"] button').click();");
      assertThat(eli.waitFor("not-yet-recorded")).contains("I saw it shown clear");

      // Meanwhile, with signal, the armorer locks it up: the showing is over.
      custody(western, "rosa.armorer", revolver, "lock-up", "{\"location\":\"Armory truck, safe 2\"}")
          .andExpect(status().isOk());

      eli.online();
      String refused = eli.waitFor("refused-on-arrival");
      assertThat(refused).contains("REFUSED when it arrived").contains("NOT recorded").contains("I saw it shown clear")
          .contains("armorer and the 1st AD have been told");
      awaitGone(eli, "not-yet-recorded");
      eli.screenshot("offline-4-refused-on-arrival-phone");
      assertThat(confirmations(revolver, crew.id("eli.actor"))).isZero();
      // The ledger shows the refusal with both times: the phone's when Eli tapped, the server's when it refused.
      List<String> both = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
              "SELECT leaf FROM ledger_entry WHERE kind = 'offline.refused-after-no-signal' AND actor_id = ? "
              + "AND leaf LIKE ?").param(crew.id("eli.actor")).param("%" + revolver + "%").query(String.class).list(),
          l -> !l.isEmpty());
      assertThat(both).hasSize(1);
      assertThat(both.get(0)).contains("\"phoneTime\":\"").contains("\"occurredAt\":\"")
          .contains("\"refusedKind\":\"custody.refused\"");
    }
  }

  @Test
  void theArmorersTwoPhonesTakeDifferentStepsOnOneWeaponInADeadSpotAndTheSecondToArriveLosesSayingWhy()
      throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String revolver = inspected(western);
    String weapon = dashboard + "/custody/weapons/" + revolver;

    try (Phone first = new Phone(port); Phone second = new Phone(port)) {
      first.signIn("rosa.armorer", Crew.PASSWORD).open(weapon).keptByTheServiceWorker();
      second.signIn("rosa.armorer", Crew.PASSWORD).open(weapon).keptByTheServiceWorker();
      first.offline();
      second.offline();

      first.unfold("Other actions").type("location", "Armory truck, safe 2").pressAndStay("Lock up");
      assertThat(first.waitFor("not-yet-recorded")).contains("Custody step (lock-up)");
      second.tick("Eli Navarro").pressAndStay("Shown clear");
      assertThat(second.waitFor("not-yet-recorded")).contains("Custody step (show-clear)");

      first.online();
      assertThat(first.waitFor("recorded-after-signal")).contains("Custody step (lock-up)");
      second.online();
      String lost = second.waitFor("refused-on-arrival");
      assertThat(lost).contains("Custody step (show-clear)").contains("changed since this phone last saw it")
          .contains("another phone recorded a step first");
      second.screenshot("offline-5-second-phone-loses-phone");
      assertThat(jdbc.sql("SELECT kind FROM custody_event WHERE weapon_id = ? AND stream_version IS NOT NULL "
          + "ORDER BY stream_version DESC")
          .param(UUID.fromString(revolver)).query(String.class).list().get(0)).isEqualTo("custody.weapon-locked-up");
    }
  }

  @Test
  void withOneBarTheCameraHeadsReportIsKeptNotLostAndRecordedOnceWhenTheSignalImproves() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String title = "Blank casings in the horse trailer " + UUID.randomUUID().toString().substring(0, 8);
    UUID marcus = crew.id("marcus.camera");

    try (Phone phone = new Phone(port)) {
      phone.signIn("marcus.camera", Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      phone.open(dashboard + "/reports/new");
      // One bar: the phone says it is online, but the report does not get through.
      phone.oneBarFor(dashboard + "/reports");
      phone.choose("category", "FIREARMS").choose("severity", "HIGH").type("title", title)
          .type("description", "Left after the second take").pressAndStay("Report it");

      assertThat(phone.waitFor("not-yet-recorded")).contains("Not yet recorded (1)").contains(title)
          .contains("NOT YET RECORDED");
      assertThat(phone.script("return navigator.onLine;")).as("the phone thinks it has signal").isEqualTo(true);
      assertThat(phone.shows("no-signal")).isFalse();
      assertThat(phone.heading()).as("still the report page, not the browser's error").isNotBlank();
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("offline-9-one-bar-report-kept-phone");
      assertThat(reports(title)).isZero();

      // The signal improves: the next try sends it, with the same key, and it is recorded once.
      phone.barsBack();
      phone.script("return window.setSafeOffline.sendKept();");
      assertThat(phone.waitFor("recorded-after-signal")).contains(title);
      awaitGone(phone, "not-yet-recorded");
      phone.script("return window.setSafeOffline.sendKept();");
      phone.reload();
      assertThat(reports(title)).isEqualTo(1);
      assertThat(jdbc.sql("SELECT reporter_id FROM hazard_report WHERE title = ?").param(title).query(UUID.class)
          .list()).containsExactly(marcus);
    }
  }

  @Test
  void withOneBarAShowClearConfirmationRefusedByTheServerShowsItsRefusalOnceAndIsRecordedOnce() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String dashboard = "/productions/" + western.id();
    String revolver = shownClear(western, WITNESSES);
    UUID eli = crew.id("eli.actor");

    try (Phone phone = new Phone(port)) {
      phone.signIn("eli.actor", Crew.PASSWORD).open(dashboard).keptByTheServiceWorker();
      phone.open(dashboard + "/custody/confirmations");
      // Meanwhile the armorer locks it up: the showing is over, and the confirmation will be refused.
      custody(western, "rosa.armorer", revolver, "lock-up", "{\"location\":\"Armory truck, safe 2\"}")
          .andExpect(status().isOk());

      phone.pressIn(revolver + "/show-clear/confirm");

      assertThat(phone.waitFor("refusal")).isNotBlank();
      assertThat(phone.count("refusal")).as("the refusal is shown once").isEqualTo(1);
      assertThat(phone.shows("not-yet-recorded")).isFalse();
      assertThat(phone.shows("refused-on-arrival")).as("answered at once, not kept").isFalse();
      assertThat(phone.url()).endsWith(dashboard + "/custody/confirmations");
      phone.screenshot("offline-10-one-bar-refusal-shown-once-phone");
      assertThat(refusals(revolver, eli)).as("recorded once").isEqualTo(1);
      assertThat(confirmations(revolver, eli)).isZero();
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> refusalsInTheLedger(revolver, eli),
          n -> n >= 1);
      assertThat(refusalsInTheLedger(revolver, eli)).as("one refusal fact in the ledger").isEqualTo(1);
    }
  }

  // ---- the day around them ----

  /** A revolver of the western, received, inspected and shown clear to these witnesses by the armorer. */
  private String shownClear(Production western, String... witnesses) throws Exception {
    String revolver = inspected(western);
    StringBuilder ids = new StringBuilder();
    for (String w : witnesses) {
      ids.append(ids.length() == 0 ? "" : ",").append('"').append(crew.id(w)).append('"');
    }
    custody(western, "rosa.armorer", revolver, "show-clear", "{\"witnesses\":[" + ids + "]}")
        .andExpect(status().isOk());
    return revolver;
  }

  private String inspected(Production western) throws Exception {
    String created = mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + western.id() + "/custody/weapons")
            .header("Authorization", crew.bearer("rosa.armorer")).contentType(MediaType.APPLICATION_JSON).content("""
                {"kind":"FIREARM","serial":"D%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
                 "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
                 "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6))))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String revolver = JsonPath.read(created, "$.weapon.id");
    custody(western, "rosa.armorer", revolver, "receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    custody(western, "rosa.armorer", revolver, "inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
    return revolver;
  }

  private ResultActions custody(Production western, String who, String weapon, String step, String json)
      throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + western.id() + "/custody/weapons/" + weapon
            + "/" + step)
        .header("Authorization", crew.bearer(who)).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private long reports(String title) {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single();
  }

  private long acknowledgments(UUID meeting, UUID who) {
    return jdbc.sql("SELECT COUNT(*) FROM safety_meeting_acknowledgment WHERE meeting_id = ? AND user_id = ?")
        .param(meeting).param(who).query(Long.class).single();
  }

  private long confirmations(String weapon, UUID who) {
    return jdbc.sql("SELECT COUNT(*) FROM custody_event WHERE weapon_id = ? AND kind = 'custody.show-clear-confirmed' "
        + "AND actor_id = ?").param(UUID.fromString(weapon)).param(who).query(Long.class).single();
  }

  private long refusals(String weapon, UUID who) {
    return jdbc.sql("SELECT COUNT(*) FROM custody_event WHERE weapon_id = ? AND kind = 'custody.refused' "
        + "AND actor_id = ?").param(UUID.fromString(weapon)).param(who).query(Long.class).single();
  }

  private long refusalsInTheLedger(String weapon, UUID who) {
    return jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'custody.refused' AND actor_id = ? AND leaf LIKE ?")
        .param(who).param("%" + weapon + "%").query(Long.class).single();
  }

  private long stops(Production production) {
    return jdbc.sql("SELECT COUNT(*) FROM stop_work WHERE production_id = ?").param(production.id())
        .query(Long.class).single();
  }

  private static void awaitGone(Phone phone, String testId) {
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !phone.shows(testId));
  }
}
