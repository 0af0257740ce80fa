package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Show clear or show the load, never confused. Found in review: a revolver with six rounds in it was "shown clear"
 * and each witness confirmed the chamber and barrel empty. Over HTTP, on H2 and PostgreSQL: a loaded weapon is
 * refused a show-clear on record; its load is shown round by round and each witness confirms those words; a load
 * after the showing lapses it; blanks shown for a scene that fires nothing are refused by the plan; and a loaded
 * weapon is locked up only with the armorer's reason.
 */
@SetSafeTest
class ShowClearOrShowTheLoadApiTest {

  private static final String ROSA = "rosa.armorer";
  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private OwnProduction set;
  private ArmorersPhone phone;
  private String revolver;
  private String blanks;

  @BeforeEach
  void revolverInTheArmorersHands() throws Exception {
    set = OwnProduction.create(crew, productions, accounts, schedule, "Show the Load");
    phone = new ArmorersPhone(mvc, crew, ledger, set);
    revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    blanks = phone.registerLot(ROSA, "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
  }

  @Test
  void aLoadedRevolverShownClearIsRefusedOnRecordAndNothingWaitsForTheWitnesses() throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 6)).andExpect(status().isOk());

    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses(WITNESSES)),
        "custody.show-what-is-in-it");

    assertThat(reason).contains("6 rounds in it").contains("never shown clear");
    phone.get("dana.ad", "weapons/" + revolver)
        .andExpect(jsonPath("$.showClear").doesNotExist())
        .andExpect(jsonPath("$.cold").value(false));
    phone.refused(phone.post("eli.actor", "weapons/" + revolver + "/show-clear/confirm", ""),
        "custody.show-clear-before-issue");
  }

  @Test
  void theLoadIsShownRoundByRoundEachWitnessConfirmsThoseWordsAndTheIssueGoesAhead() throws Exception {
    phone.planDischarge(set.sceneId(), revolver, "eli.actor");
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 5)).andExpect(status().isOk());
    String words = "5 quarter-load blanks from lot " + blanks.substring(0, 8).toUpperCase()
        + " in chamber 1, chamber 2, chamber 3, chamber 4, chamber 5; chamber 6 empty.";

    phone.post(ROSA, "weapons/" + revolver + "/show-load", phone.witnesses(WITNESSES))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.load-shown"))
        .andExpect(jsonPath("$.weapon.showClear.shown").value(words))
        .andExpect(jsonPath("$.weapon.showClear.load['chamber 5'].roundClass").value("BLANK_QUARTER"))
        .andExpect(jsonPath("$.weapon.showClearAwaiting.length()").value(3));
    // Shown a load, a witness cannot confirm it "clear".
    phone.refused(phone.post("eli.actor", "weapons/" + revolver + "/show-clear/confirm", ""),
        "custody.show-what-is-in-it");
    for (String witness : WITNESSES) {
      phone.post(witness, "weapons/" + revolver + "/show-load/confirm", "")
          .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("custody.load-show-confirmed"));
    }

    phone.get(ROSA, "weapons/" + revolver + "/events")
        .andExpect(jsonPath("$[-1].kind").value("custody.load-show-confirmed"))
        .andExpect(jsonPath("$[-1].event.shown").value(words));
    String issued = json(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", set.sceneId())).andExpect(status().isOk()), "$.eventId");
    assertThat(phone.inLedger(issued).kind()).isEqualTo("custody.weapon-issued");
  }

  @Test
  void aLoadAfterTheShowClearLapsesItAndTheIssueIsRefused() throws Exception {
    showAndConfirm("show-clear");
    String dummies = phone.verifiedDummies(ROSA, 6);
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6))
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.showClear").doesNotExist());

    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", set.sceneId())), "custody.show-clear-before-issue");

    assertThat(reason).contains("no showing of the load").contains("show the load");
  }

  @Test
  void blanksShownForASceneWhosePlanFiresNothingAreRefusedByThePlanAndDummiesGoAhead() throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 6)).andExpect(status().isOk());
    showAndConfirm("show-load");

    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", set.sceneId())), "protocol.no-blanks-without-discharge");
    assertThat(reason).contains("fires nothing").contains("blanks");

    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + blanks + "\":6}}")
        .andExpect(status().isOk());
    String dummies = phone.verifiedDummies(ROSA, 6);
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    showAndConfirm("show-load");
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", set.sceneId()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.cold").value(true));
  }

  @Test
  void anEmptyWeaponHasNoLoadToShow() throws Exception {
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-load", phone.witnesses(WITNESSES)),
        "custody.show-what-is-in-it");
    phone.post(ROSA, "weapons/" + revolver + "/show-load", "{\"witnesses\":[]}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("witnesses"));
  }

  @Test
  void aLoadedWeaponIsLockedUpOnlyWithTheArmorersReasonWhichTheLockUpCarries() throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 6)).andExpect(status().isOk());

    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/lock-up",
        "{\"location\":\"Armory truck, safe 2\"}"), "custody.lock-up-unloaded");
    assertThat(reason).contains("6 rounds in it").contains("write why");
    phone.get(ROSA, "weapons/" + revolver).andExpect(jsonPath("$.state").value("WITH_ARMORER"));

    String lockedUp = json(phone.post(ROSA, "weapons/" + revolver + "/lock-up",
            "{\"location\":\"Armory truck, safe 2\",\"loadedReason\":\"Hot for the next set-up; safe 2 sealed\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("LOCKED_UP")), "$.eventId");
    phone.get(ROSA, "weapons/" + revolver + "/events")
        .andExpect(jsonPath("$[-1].event.loadedReason").value("Hot for the next set-up; safe 2 sealed"));
    assertThat(phone.inLedger(lockedUp).leaf()).contains("Hot for the next set-up");
  }

  private void showAndConfirm(String step) throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/" + step, phone.witnesses(WITNESSES))
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.showClear.shown", startsWith(
            step.equals("show-clear") ? "Empty" : "6 ")));
    for (String witness : List.of(WITNESSES)) {
      phone.post(witness, "weapons/" + revolver + "/" + step + "/confirm", "").andExpect(status().isOk());
    }
  }
}
