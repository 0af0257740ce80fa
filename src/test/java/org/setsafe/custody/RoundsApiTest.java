package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.setsafe.custody.ArmorersPhone.counts;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rounds after they were received, through the API: rounds fired, malfunctions, disposal, a lot's counts,
 * returns, transfers and re-inspection, and the close of the day at wrap; each refusal with its rule and in
 * the ledger.
 */
@SetSafeTest
class RoundsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired Custody custody;
  @Autowired CustodyBoards boards;
  @Autowired FirearmsHolds holds;

  private ArmorersPhone western;

  @BeforeEach
  void onSet() {
    western = new ArmorersPhone(mvc, crew, ledger, crew.production(Crew.WESTERN).id());
  }

  // ---- a weapon ----

  @Test
  void aDummyThatFiredIsNotRecordedAsRoundsFiredButSentToTheLiveRoundReport() throws Exception {
    String weapon = receivedRevolver(western);
    String dummies = western.verifiedDummies("rosa.armorer", 6);
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)).andExpect(status().isOk());

    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(dummies, 1)),
        "custody.dummies-do-not-fire")).contains("it was a live round").contains("report a live round found");
  }

  @Test
  void roundsFiredAreRecordedByTheArmorerFromTheLotLoadedAndNeverMoreThanWasLoaded() throws Exception {
    String weapon = receivedRevolver(western);
    String blanks = western.registerLot("rosa.armorer", "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");
    String dummies = western.verifiedDummies("rosa.armorer", 12);
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(blanks, 6)).andExpect(status().isOk());

    western.refused(western.post("dana.ad", "weapons/" + weapon + "/discharge", fired(blanks, 2)),
        "custody.only-armorer-handles");
    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(blanks, 7)),
        "custody.rounds-on-hand")).contains("holds 6");
    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(dummies, 1)),
        "custody.rounds-on-hand")).contains("no .45 Colt dummies");
    western.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(blanks, 0))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("count"))
        .andExpect(jsonPath("$.errors[0].rule").value("Positive"));

    String recorded = json(western.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(blanks, 2))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.rounds-discharged"))
        .andExpect(jsonPath("$.weapon.roundsInWeapon." + blanks).value(4)), "$.eventId");
    western.get("rosa.armorer", "board")
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + blanks + "')].discharged").value(hasItem(2)))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + blanks + "')].onHand").value(hasItem(48)))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + blanks + "')].inWeapons").value(hasItem(4)));
    assertThat(western.inLedger(recorded).leaf()).contains("custody.rounds-discharged").contains(blanks);
  }

  @Test
  void aMalfunctionReportedByAnyoneMakesTheArmorerInspectBeforeTheNextShowClear() throws Exception {
    // A production of its own: the show-clear left awaiting its witnesses here must not wait on the western's crew.
    ArmorersPhone western = new ArmorersPhone(mvc, crew, ledger,
        OwnProduction.create(crew, productions, accounts, schedule, "Malfunction test"));
    String weapon = receivedRevolver(western);
    western.post("tess.grip", "weapons/" + weapon + "/malfunction", "{\"description\":\"Cylinder did not index\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.malfunction"))
        .andExpect(jsonPath("$.weapon.onHold").value(false));
    western.post("tess.grip", "weapons/" + weapon + "/malfunction", "{\"description\":\"\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("description"));

    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/show-clear",
        western.witnesses("eli.actor", "dana.ad", "marcus.camera")), "custody.inspect-after-malfunction"))
        .contains("malfunctioned");
    western.post("rosa.armorer", "weapons/" + weapon + "/inspect",
        "{\"finding\":\"Cylinder hand worn; replaced, indexes every chamber\"}").andExpect(status().isOk());
    western.post("rosa.armorer", "weapons/" + weapon + "/show-clear",
        western.witnesses("eli.actor", "dana.ad", "marcus.camera")).andExpect(status().isOk());
  }

  @Test
  void aWeaponReturnedToTheRentalHouseCarriesItsDispositionRecordAndTakesNoFurtherSteps() throws Exception {
    String weapon = receivedRevolver(western);
    String dummies = western.verifiedDummies("rosa.armorer", 6);
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    String disposal = """
        {"recipient":"Gunslinger Rentals","licenceNumber":"9-85-049-01","disposition":"Returned to the rental house"}""";

    western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/dispose", disposal),
        Custody.ORDER_OF_CUSTODY);
    western.post("rosa.armorer", "weapons/" + weapon + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    western.post("rosa.armorer", "weapons/" + weapon + "/dispose",
        "{\"recipient\":\"Gunslinger Rentals\",\"disposition\":\"Returned to the rental house\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("address"))
        .andExpect(jsonPath("$.errors[0].rule").value("27 CFR 478.125"));
    western.refused(western.post("dana.ad", "weapons/" + weapon + "/dispose", disposal),
        "custody.only-armorer-handles");

    String disposed = json(western.post("rosa.armorer", "weapons/" + weapon + "/dispose", disposal)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.weapon-disposed"))
        .andExpect(jsonPath("$.weapon.state").value("DISPOSED")), "$.eventId");
    LedgerEntry entry = western.inLedger(disposed);
    assertThat(entry.leaf()).contains("Gunslinger Rentals").contains("9-85-049-01")
        .contains("Returned to the rental house");

    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/inspect",
        "{\"finding\":\"Bore clear\"}"), Custody.ORDER_OF_CUSTODY)).contains("takes no further steps");
    western.refused(western.post("eli.actor", "weapons/" + weapon + "/malfunction", "{\"description\":\"Jammed\"}"),
        Custody.ORDER_OF_CUSTODY);
    western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/dispose", disposal),
        Custody.ORDER_OF_CUSTODY);
  }

  @Test
  void aWeaponOnHoldAfterAMisfireStaysUntilItIsReviewed() throws Exception {
    String weapon = receivedRevolver(western);
    try {
      western.post("eli.actor", "weapons/" + weapon + "/misfire", "{\"description\":\"Click, no report\"}")
          .andExpect(status().isOk());
      western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/dispose", """
          {"recipient":"Gunslinger Rentals","address":"12 Cerrillos Rd, Santa Fe NM","disposition":"Returned to the rental house"}"""),
          "custody.weapon-hold-after-misfire");
    } finally {
      StandDown.liftAll(crew, boards, holds, crew.production(Crew.WESTERN).id());
    }
  }

  // ---- a lot ----

  @Test
  void aLotIsCountedAnyTimeAndRoundsLeaveOnlyFromTheBox() throws Exception {
    String lot = western.registerLot("rosa.armorer", "BLANK_HALF", 50, "NEW_FROM_SUPPLIER");
    western.post("rosa.armorer", "lots/" + lot + "/counts", "{\"counted\":50}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("custody.rounds-counted"));
    western.post("rosa.armorer", "lots/" + lot + "/counts", "{\"counted\":-1}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("counted"));
    western.refused(western.post("dana.ad", "lots/" + lot + "/counts", "{\"counted\":50}"),
        "custody.only-armorer-handles");

    assertThat(western.refused(western.post("rosa.armorer", "lots/" + lot + "/returned-to-supplier",
        "{\"count\":60}"), "custody.rounds-on-hand")).contains("Only 50");
    western.post("rosa.armorer", "lots/" + lot + "/returned-to-supplier", "{\"count\":10}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.rounds-returned-to-supplier"))
        .andExpect(jsonPath("$.lot.onHand").value(40));
    western.refused(western.post("rosa.armorer", "lots/" + lot + "/transfers",
        "{\"count\":45,\"direction\":\"OUT\",\"counterpart\":\"Second unit kit\"}"), "custody.rounds-on-hand");
    western.post("rosa.armorer", "lots/" + lot + "/transfers",
            "{\"count\":5,\"direction\":\"OUT\",\"counterpart\":\"Second unit kit, Hank Ostrowski\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.rounds-transferred"))
        .andExpect(jsonPath("$.lot.onHand").value(35));
    western.post("rosa.armorer", "lots/" + lot + "/transfers", "{\"count\":5,\"direction\":\"OUT\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("counterpart"));
    western.post("rosa.armorer", "lots/" + UUID.randomUUID() + "/counts", "{\"counted\":5}")
        .andExpect(status().isNotFound());
  }

  @Test
  void roundsTransferredIntoALotMustBeCheckedAgainBeforeItIsLoaded() throws Exception {
    String weapon = receivedRevolver(western);
    String dummies = western.verifiedDummies("rosa.armorer", 20);
    western.post("rosa.armorer", "lots/" + dummies + "/transfers",
            "{\"count\":10,\"direction\":\"IN\",\"counterpart\":\"Leftovers from Night Shift\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lot.onHand").value(30))
        .andExpect(jsonPath("$.lot.verified").value(false));

    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)),
        "custody.rounds-from-verified-lots")).contains("took in rounds from elsewhere");
    western.post("rosa.armorer", "lots/" + dummies + "/dummies-verified",
        "{\"method\":\"VISUAL_AND_WEIGHT\",\"roundsVerified\":30}").andExpect(status().isOk());
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)).andExpect(status().isOk());
  }

  @Test
  void blanksFromAnotherProductionAreReleasedOnlyByTheArmorersReinspection() throws Exception {
    String weapon = receivedRevolver(western);
    String blanks = western.registerLot("rosa.armorer", "BLANK_QUARTER", 24, "FROM_ANOTHER_PRODUCTION");
    western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(blanks, 6)),
        "custody.rounds-from-verified-lots");
    western.refused(western.post("dana.ad", "lots/" + blanks + "/reinspection", "{\"finding\":\"Looks fine\"}"),
        "custody.only-armorer-handles");

    western.post("rosa.armorer", "lots/" + blanks + "/reinspection",
            "{\"finding\":\"Sealed boxes, supplier labels match the invoice, every round a crimped blank\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.lot-reinspected"))
        .andExpect(jsonPath("$.lot.quarantined").value(false));
    western.post("rosa.armorer", "lots/" + blanks + "/reinspection", "{\"finding\":\"Again\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("Quarantined"));
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(blanks, 6)).andExpect(status().isOk());
  }

  @Test
  void theArmorerQuarantinesALotWithItsReasonAndOnlyAReinspectionThatReleasesItLetsItBeLoaded() throws Exception {
    String weapon = receivedRevolver(western);
    String dummies = western.verifiedDummies("rosa.armorer", 12);

    western.post("rosa.armorer", "lots/" + dummies + "/quarantine", "{\"reason\":\" \"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    western.refused(western.post("dana.ad", "lots/" + dummies + "/quarantine", "{\"reason\":\"Looks odd\"}"),
        "custody.only-armorer-handles");
    western.post("rosa.armorer", "lots/" + dummies + "/quarantine", "{\"reason\":\"One round rattles wrong\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.lot-quarantined"))
        .andExpect(jsonPath("$.lot.quarantined").value(true))
        .andExpect(jsonPath("$.lot.quarantineReason").value("One round rattles wrong"))
        .andExpect(jsonPath("$.lot.name").value(".45 Colt dummies from Desert Prop Ammunition"));
    western.post("rosa.armorer", "lots/" + dummies + "/quarantine", "{\"reason\":\"Again\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("Quarantined"));
    assertThat(western.refused(western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)),
        "custody.rounds-from-verified-lots")).contains("quarantined");

    western.post("rosa.armorer", "lots/" + dummies + "/kept-in-quarantine",
            "{\"finding\":\"Two rounds have no hole in the case\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.lot-kept-in-quarantine"))
        .andExpect(jsonPath("$.lot.quarantined").value(true));
    western.post("rosa.armorer", "lots/" + dummies + "/reinspection",
            "{\"finding\":\"Both pulled for the safety advisor; the other ten drilled and empty\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lot.quarantined").value(false));
    western.post("rosa.armorer", "lots/" + dummies + "/kept-in-quarantine", "{\"finding\":\"Again\"}")
        .andExpect(status().isConflict());
    western.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(dummies, 6)).andExpect(status().isOk());
  }

  // ---- wrap ----

  @Test
  void theDayClosesOnlyWhenEveryLotIsCountedAndNoRoundIsLeftInAWeapon() throws Exception {
    OwnProduction own = OwnProduction.create(crew, productions, accounts, schedule, "Wrap test");
    ArmorersPhone phone = new ArmorersPhone(mvc, crew, ledger, own);
    String weapon = receivedRevolver(phone);
    String blanks = phone.registerLot("rosa.armorer", "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");
    phone.post("rosa.armorer", "weapons/" + weapon + "/load", manifest(blanks, 6)).andExpect(status().isOk());
    phone.post("rosa.armorer", "weapons/" + weapon + "/discharge", fired(blanks, 2)).andExpect(status().isOk());

    assertThat(phone.refused(phone.post("rosa.armorer", "wrap/close", counts(Map.of(blanks, 44))),
        "custody.rounds-reconcile")).contains("4 still loaded in weapons");
    phone.post("rosa.armorer", "weapons/" + weapon + "/unload", "{\"roundsBackToLot\":{\"" + blanks + "\":4}}")
        .andExpect(status().isOk());
    phone.post("rosa.armorer", "wrap/close", counts(Map.of(blanks, 46)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.rounds-reconcile"))
        .andExpect(jsonPath("$.errors[0].field").value("counts"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("counted 46, expected 48")));
    phone.refused(phone.post("dana.ad", "wrap/close", counts(Map.of(blanks, 48))), "custody.only-armorer-handles");

    String mismatch = json(phone.get("sam.safety", "board")
        .andExpect(jsonPath("$.openCountMismatches.length()").value(2))
        .andExpect(jsonPath("$.openCountMismatches[1].differences")
            .value(org.hamcrest.Matchers.containsString("counted 46, expected 48"))), "$.openCountMismatches[1].mismatchId");
    LedgerEntry raised = phone.inLedger(mismatch);
    assertThat(raised.kind()).isEqualTo("custody.round-count-mismatch");
    assertThat(raised.leaf()).contains("counted 46, expected 48");

    String closed = json(phone.post("rosa.armorer", "wrap/close", counts(Map.of(blanks, 48)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("custody.day-closed")), "$.eventId");
    assertThat(phone.inLedger(closed).leaf()).contains("custody.day-closed").contains(blanks + "\":48");
    phone.get("rosa.armorer", "board").andExpect(jsonPath("$.openCountMismatches.length()").value(0));
    phone.get("rosa.armorer", "wrap")
        .andExpect(jsonPath("$.closed").value(true))
        .andExpect(jsonPath("$.lots[0].countedToday").value(48))
        .andExpect(jsonPath("$.weaponsNotLockedUp").value(1));
    phone.post("rosa.armorer", "wrap/close", "{}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("Closed"));
    phone.post("rosa.armorer", "wrap/close", counts(Map.of(UUID.randomUUID().toString(), 1)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("counts"));
  }

  @Test
  void aCountTakenEarlierTodayCountsAtWrapAndAnUncountedLotHoldsTheDayOpen() throws Exception {
    OwnProduction own = OwnProduction.create(crew, productions, accounts, schedule, "Wrap count test");
    ArmorersPhone phone = new ArmorersPhone(mvc, crew, ledger, own);
    String first = phone.registerLot("rosa.armorer", "BLANK_FULL", 12, "NEW_FROM_SUPPLIER");
    String second = phone.registerLot("rosa.armorer", "BLANK_HALF", 30, "NEW_FROM_SUPPLIER");
    phone.post("rosa.armorer", "lots/" + first + "/counts", "{\"counted\":12}").andExpect(status().isOk());

    assertThat(phone.refused(phone.post("rosa.armorer", "wrap/close", "{}"), "custody.rounds-reconcile"))
        .contains("not counted, 30 expected").doesNotContain("counted 12");
    phone.post("rosa.armorer", "wrap/close", counts(Map.of(second, 30))).andExpect(status().isOk());
  }

  @Test
  void aCloseRetriedWithItsIdempotencyKeyIsAnsweredAlikeAndRecordedOnce() throws Exception {
    OwnProduction own = OwnProduction.create(crew, productions, accounts, schedule, "Retry test");
    ArmorersPhone phone = new ArmorersPhone(mvc, crew, ledger, own);
    String lot = phone.registerLot("rosa.armorer", "BLANK_QUARTER", 10, "NEW_FROM_SUPPLIER");

    String short1 = UUID.randomUUID().toString();
    String first = json(phone.post("rosa.armorer", "wrap/close", counts(Map.of(lot, 9)), short1)
        .andExpect(status().isConflict()), "$.refusalId");
    String again = json(phone.post("rosa.armorer", "wrap/close", counts(Map.of(lot, 9)), short1)
        .andExpect(status().isConflict()), "$.refusalId");
    assertThat(again).isEqualTo(first);
    phone.get("rosa.armorer", "board").andExpect(jsonPath("$.openCountMismatches.length()").value(1));

    String key = UUID.randomUUID().toString();
    String closed = json(phone.post("rosa.armorer", "wrap/close", counts(Map.of(lot, 10)), key)
        .andExpect(status().isOk()), "$.eventId");
    String replayed = json(phone.post("rosa.armorer", "wrap/close", counts(Map.of(lot, 10)), key)
        .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true")), "$.eventId");
    assertThat(replayed).isEqualTo(closed);
  }

  @Test
  void theApiDescriptionDocumentsTheRoundsAndWrapRoutes() throws Exception {
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/wrap'].get").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/weapons/{weaponId}/discharge'].post").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/lots/{lotId}/transfers'].post").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/wrap/close'].post.parameters[*].name")
            .value(hasItem("Idempotency-Key")));
  }

  // ---- helpers ----

  private static String fired(String lot, int count) {
    return "{\"lotId\":\"" + lot + "\",\"count\":" + count + "}";
  }

  private static String receivedRevolver(ArmorersPhone phone) throws Exception {
    String weapon = phone.registerRevolver("rosa.armorer");
    phone.post("rosa.armorer", "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    return weapon;
  }
}
