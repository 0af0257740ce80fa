package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Holds that bind the firearms of a production, through the phones of its crew: stop-work on a scene or on the
 * whole production, the stand-down after an accidental discharge or a second misfire of the day, and an earlier
 * day whose rounds are not accounted for; each refusal with its rule and in the ledger. Each test runs on a
 * production of its own, since a hold covers the whole production.
 */
@SetSafeTest
class HoldsThatBindTest {

  private static final String ROSA = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  private OwnProduction western;
  private ArmorersPhone phone;

  @BeforeEach
  void callTime() {
    western = OwnProduction.create(crew, productions, accounts, schedule, "Stand-down at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, western);
  }

  // ---- stop-work binds ----

  @Test
  void duringAStopOnItsSceneAFirearmIsNotIssuedLoadedOrShownClearAndEachRefusalNamesTheCall() throws Exception {
    String revolver = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 6);
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    showAndConfirm(revolver, "show-load");
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());

    // The grip sees the gun pointed at the lens in rehearsal and stops the scene.
    String stop = json(stopWork("tess.grip", "{\"sceneId\":\"" + western.sceneId()
        + "\",\"reason\":\"Gun pointed at the lens in rehearsal\"}").andExpect(status().isCreated()), "$.id");

    // What makes things safer goes on: the armorer collects the revolver and takes the dummies out.
    phone.post(ROSA, "weapons/" + revolver + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    // Getting it ready for the stopped scene again does not.
    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)),
        "custody.stop-work");
    assertThat(reason).contains("Work is stopped on Sc. 42A").contains("called by Tess Lindqvist")
        .contains("Gun pointed at the lens in rehearsal").contains("until the safety advisor resumes work");
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses("eli.actor", "dana.ad",
        "marcus.camera")), "custody.stop-work");
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", western.sceneId())), "custody.stop-work");
    phone.get("dana.ad", "board")
        .andExpect(jsonPath("$.workStopped[0].stopWorkId").value(stop))
        .andExpect(jsonPath("$.workStopped[0].scene").value("Sc. 42A"))
        .andExpect(jsonPath("$.workStopped[0].calledBy").value("Tess Lindqvist"));

    // Only the safety advisor resumes, in writing; then the scene goes on.
    resume(stop, "Camera moved to the remote monitor; the move re-blocked with the armorer");
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.get("dana.ad", "board").andExpect(jsonPath("$.workStopped.length()").value(0));
  }

  @Test
  void stopWorkOnTheWholeProductionHoldsEveryFirearmUntilTheSafetyAdvisorResumesIt() throws Exception {
    String revolver = receivedRevolver();
    String shown = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 6);
    phone.post(ROSA, "weapons/" + shown + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    showClearAndConfirm(shown);

    stopWork("tess.grip", "{\"sceneId\":\"" + western.sceneId() + "\",\"wholeProduction\":true}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sceneId"))
        .andExpect(jsonPath("$.errors[0].rule").value("OneOrTheOther"));
    stopWork("tess.grip", "{\"reason\":\"which scene?\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sceneId"))
        .andExpect(jsonPath("$.errors[0].rule").value("Required"));
    String stop = json(stopWork("marcus.camera", "{\"wholeProduction\":true,\"reason\":\"Camera crew walking off: "
        + "no safety meeting today\"}").andExpect(status().isCreated()), "$.id");
    stopWork("tess.grip", "{\"wholeProduction\":true}").andExpect(status().isConflict());

    // Not issued to the scene, nor loaded, nor shown clear: no firearm at all, issued today or not.
    assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)),
        "custody.stop-work")).contains("Work is stopped on the whole production").contains("Marcus Oyelaran");
    phone.refused(phone.post(ROSA, "weapons/" + shown + "/issue", phone.issue(shown, "eli.actor", western.sceneId())),
        "custody.stop-work");
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses("eli.actor", "dana.ad")),
        "custody.stop-work");
    // Locking up makes things safer: it goes on.
    phone.post(ROSA, "weapons/" + revolver + "/lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk());
    phone.get("grace.producer", "board").andExpect(jsonPath("$.workStopped[0].stopWorkId").value(stop))
        .andExpect(jsonPath("$.workStopped[0].scene").value("the whole production"));

    mvc.perform(MockMvcRequestBuilders.post(reports() + "/stop-work/" + stop + "/resume")
            .header("Authorization", crew.bearer(western.user("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"whySafe\":\"We are fine\"}"))
        .andExpect(status().isForbidden());
    phone.refused(phone.post(ROSA, "weapons/" + shown + "/issue", phone.issue(shown, "eli.actor", western.sceneId())),
        "custody.stop-work");
    resume(stop, "Safety meeting held with the whole crew; the camera crew's concerns answered in writing");
    phone.post(ROSA, "weapons/" + shown + "/issue", phone.issue(shown, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());
  }

  // ---- the stand-down after a discharge ----

  @Test
  void anAccidentalDischargeHoldsEveryFirearmUntilTheSafetyAdvisorAndAProducerBothClearIt() throws Exception {
    String discharged = receivedRevolver();
    String other = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 12);

    String discharge = json(phone.post("eli.actor", "weapons/" + discharged + "/accidental-discharge",
        "{\"description\":\"Fired while being holstered after the take\"}").andExpect(status().isOk()), "$.eventId");

    // Not only the weapon that fired: every firearm of the production stands down.
    assertThat(phone.refused(phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)),
        "custody.firearms-hold")).contains("discharged when nobody meant it to").contains("safety advisor")
        .contains("producer");
    phone.get("dana.ad", "board")
        .andExpect(jsonPath("$.firearmsHold.active").value(true))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].liveRoundFoundId").value(discharge))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].cause").value("ACCIDENTAL_DISCHARGE"))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].what").value("Accidental discharge"))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].weaponId").value(discharged));

    // The armorer cannot lift it; the safety advisor's signature alone does not.
    phone.refused(phone.post(ROSA, "holds/" + discharge + "/clearances", "{\"finding\":\"Holster checked\"}"),
        "custody.firearms-hold");
    phone.post("sam.safety", "holds/" + discharge + "/clearances",
        "{\"finding\":\"Holster replaced; crew re-briefed on finger off the trigger\"}").andExpect(status().isOk());
    assertThat(phone.refused(phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)),
        "custody.firearms-hold")).contains("producer").doesNotContain("safety advisor and");
    phone.post("grace.producer", "holds/" + discharge + "/clearances",
        "{\"finding\":\"Read the safety advisor's finding; the next take waits for the armorer's review\"}")
        .andExpect(status().isOk());

    phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.get("dana.ad", "board").andExpect(jsonPath("$.firearmsHold.active").value(false));
    // The weapon that fired stays held on its own until the armorer and the safety advisor review it.
    phone.refused(phone.post(ROSA, "weapons/" + discharged + "/load", manifest(dummies, 6)),
        "custody.weapon-hold-after-misfire");
  }

  @Test
  void aSecondMisfireTheSameDayHoldsEveryFirearmWhereTheFirstHoldsOnlyItsWeapon() throws Exception {
    String first = receivedRevolver();
    String second = receivedRevolver();
    String other = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 18);

    phone.post("eli.actor", "weapons/" + first + "/misfire", "{\"description\":\"Click, no report\"}")
        .andExpect(status().isOk());
    phone.refused(phone.post(ROSA, "weapons/" + first + "/load", manifest(dummies, 6)),
        "custody.weapon-hold-after-misfire");
    phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + other + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    phone.get("dana.ad", "board").andExpect(jsonPath("$.firearmsHold.active").value(false));

    String misfire = json(phone.post("eli.actor", "weapons/" + second + "/misfire", "{}")
        .andExpect(status().isOk()), "$.eventId");
    assertThat(phone.refused(phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)),
        "custody.firearms-hold")).contains("a second misfire on one production day");
    phone.get("dana.ad", "board")
        .andExpect(jsonPath("$.firearmsHold.openFinds.length()").value(1))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].liveRoundFoundId").value(misfire))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].cause").value("SECOND_MISFIRE"));

    phone.post("sam.safety", "holds/" + misfire + "/clearances",
        "{\"finding\":\"Both revolvers set aside; blanks lot checked, the misfires were light primer strikes\"}")
        .andExpect(status().isOk());
    phone.post("grace.producer", "holds/" + misfire + "/clearances", "{\"finding\":\"Agreed, resume\"}")
        .andExpect(status().isOk());
    phone.post("grace.producer", "holds/" + misfire + "/clearances", "{\"finding\":\"Again\"}")
        .andExpect(status().isConflict());
    phone.post(ROSA, "weapons/" + other + "/load", manifest(dummies, 6)).andExpect(status().isOk());
  }

  // ---- the unreconciled day holds the next day's loads ----

  @Test
  void aDayNotClosedAtWrapHoldsTheNextDaysLoadsUntilTheArmorerAndTheSafetyAdvisorBothSettleIt() throws Exception {
    String revolver = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 12);
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    // Loading again the same day is not held: today is closed at its own wrap.
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    LocalDate firstDay = clock.instant().atZone(western.production().timeZone()).toLocalDate();

    Instant start = clock.instant();
    clock.advance(Duration.ofDays(1));
    try {
      // Nobody closed the day at wrap. The next morning, nothing is loaded until it is settled.
      String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)),
          "custody.unreconciled-day");
      assertThat(reason).contains("not closed at wrap").contains("armorer and safety advisor");
      phone.get("dana.ad", "days/not-settled")
          .andExpect(jsonPath("$.length()").value(1))
          .andExpect(jsonPath("$[0].day").value(firstDay.toString()))
          .andExpect(jsonPath("$[0].notReconciled").value(false));
      phone.get("dana.ad", "board").andExpect(jsonPath("$.daysNotSettled[0].day").value(firstDay.toString()));

      String settle = "days/" + firstDay + "/settlements";
      phone.refused(phone.post("grace.producer", settle, "{\"finding\":\"Fine by me\"}"),
          "custody.unreconciled-day");
      phone.post(ROSA, settle, "{\"finding\":\" \"}").andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value("finding"));
      phone.post(ROSA, settle, "{\"finding\":\"Counted every lot this morning: 12 dummies, all in the box; the "
          + "wrap count was missed when the unit moved\"}").andExpect(status().isOk())
          .andExpect(jsonPath("$.kind").value("custody.day-settled"));
      phone.post(ROSA, settle, "{\"finding\":\"Again\"}").andExpect(status().isConflict());
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)),
          "custody.unreconciled-day")).contains("safety advisor").doesNotContain("armorer and");
      phone.post("sam.safety", settle, "{\"finding\":\"Saw the recount; wrap count added to the 2nd AD's "
          + "checklist\"}").andExpect(status().isOk());

      phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
      phone.get("dana.ad", "days/not-settled").andExpect(jsonPath("$.length()").value(0));
    } finally {
      clock.set(start);
    }
  }

  @Test
  void aDayWhoseCountDidNotReconcileHoldsTheNextDaysLoadsButADayClosedAtWrapDoesNot() throws Exception {
    String revolver = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 12);
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":5}}")
        .andExpect(status().isOk());
    phone.refused(phone.post(ROSA, "wrap/close", "{\"counts\":{\"" + dummies + "\":11}}"),
        "custody.rounds-reconcile");

    Instant start = clock.instant();
    clock.advance(Duration.ofDays(1));
    try {
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)),
          "custody.unreconciled-day")).contains("did not reconcile").contains("still loaded in weapons");
      phone.get("dana.ad", "days/not-settled").andExpect(jsonPath("$[0].notReconciled").value(true));
    } finally {
      clock.set(start);
    }
    // Back on the first day, the armorer finds the round in the revolver, unloads it and closes the day.
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":1}}")
        .andExpect(status().isOk());
    phone.post(ROSA, "wrap/close", "{\"counts\":{\"" + dummies + "\":12}}").andExpect(status().isOk());
    clock.advance(Duration.ofDays(1));
    try {
      phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    } finally {
      clock.set(start);
    }
  }

  // ---- builders ----

  private String reports() {
    return "/api/productions/" + western.id() + "/reports";
  }

  private ResultActions stopWork(String who, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(reports() + "/stop-work")
        .header("Authorization", crew.bearer(western.user(who))).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private void resume(String stop, String whySafe) throws Exception {
    mvc.perform(MockMvcRequestBuilders.post(reports() + "/stop-work/" + stop + "/resume")
            .header("Authorization", crew.bearer(western.user("sam.safety"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"whySafe\":\"" + whySafe + "\"}"))
        .andExpect(status().isOk());
  }

  private void showClearAndConfirm(String revolver) throws Exception {
    showAndConfirm(revolver, "show-clear");
  }

  /** Shown clear when empty, or its load shown when loaded ("show-load"), and each witness confirms. */
  private void showAndConfirm(String revolver, String showing) throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/" + showing, phone.witnesses("eli.actor", "dana.ad", "marcus.camera"))
        .andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      phone.post(witness, "weapons/" + revolver + "/" + showing + "/confirm", "").andExpect(status().isOk());
    }
  }



  private String receivedRevolver() throws Exception {
    String weapon = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    return weapon;
  }
}
