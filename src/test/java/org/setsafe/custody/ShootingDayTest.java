package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.ArmorersPhone.counts;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A shooting day on a western, told as it happens on set, through the phones of the armorer and the crew:
 * first the day as it should go, from the rental truck to the closed day; then the same day with each link of
 * the "Rust" failure chain attempted, each refused or flagged with its reason, and each refusal on record.
 *
 * <p>Each day runs on a production of its own, so the wrap count covers only that day's lots.
 */
@SetSafeTest
class ShootingDayTest {

  private static final String ROSA = "rosa.armorer";
  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);
  private static final String[] WITNESSES_OF_42A = {"eli.actor", "dana.ad", "marcus.camera"};

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired org.setsafe.TestClock clock;
  @Autowired UnattendedWatch watch;

  private OwnProduction western;
  private ArmorersPhone phone;

  @BeforeEach
  void callTime() {
    western = OwnProduction.create(crew, productions, accounts, schedule, "High Noon at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, western);
  }

  @Test
  void aShootingDayFromTheRentalTruckToTheClosedDay() throws Exception {
    // The rental truck arrives. Rosa, the armorer, puts the revolver on the register and takes it into custody
    // from the rental house, whose licence number goes on the acquisition record.
    String revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive",
            "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\",\"licenceNumber\":\"9-85-049-01\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("WITH_ARMORER"));

    // A box of fifty dummies: she checks every round, primer drilled, not a sample. A sealed box of fifty
    // quarter-load blanks comes straight from the supplier.
    String dummies = phone.registerLot(ROSA, "DUMMY", 50, "NEW_FROM_SUPPLIER");
    phone.post(ROSA, "lots/" + dummies + "/dummies-verified",
        "{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":50}").andExpect(status().isOk());
    String blanks = phone.registerLot(ROSA, "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");

    // Rehearsal of scene 42A with dummies: inspect, load six, show it clear to the actor, the 1st AD and the
    // camera operator, who each confirm from their own phone. Only then can Dana announce it cold.
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes, hammer safe\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    showLoadAndConfirm(revolver);
    phone.get("dana.ad", "weapons/" + revolver).andExpect(jsonPath("$.cold").value(true));

    // She hands it to Eli for the rehearsal, collects it herself afterwards, and puts the six dummies back.
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("ISSUED"));
    phone.post(ROSA, "weapons/" + revolver + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());

    // The take: five quarter-load blanks, as the scene's plan now fires. Hot, so never announced cold and never
    // "shown clear": Rosa shows each witness the five blanks and the empty sixth chamber, and each confirms that.
    phone.planDischarge(western.sceneId(), revolver, "eli.actor");
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear before loading blanks\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 5)).andExpect(status().isOk());
    showLoadAndConfirm(revolver);
    phone.get("dana.ad", "weapons/" + revolver).andExpect(jsonPath("$.cold").value(false));
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());

    // Eli fires three in the take. Rosa collects the revolver, counts the empties and records the three
    // fired, then takes out the two left and puts them back in the box.
    phone.post(ROSA, "weapons/" + revolver + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/discharge", "{\"lotId\":\"" + blanks + "\",\"count\":3}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.roundsInWeapon." + blanks).value(2));
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + blanks + "\":2}}")
        .andExpect(status().isOk());

    // Wrap: the revolver goes into the safe; she counts every lot, and the day closes.
    phone.post(ROSA, "weapons/" + revolver + "/lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("LOCKED_UP"));
    phone.get(ROSA, "wrap").andExpect(jsonPath("$.weaponsNotLockedUp").value(0));
    String closed = json(phone.post(ROSA, "wrap/close", counts(Map.of(dummies, 50, blanks, 47)))
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("custody.day-closed")), "$.eventId");

    // The record: the board shows nothing outstanding, the ledger holds the closed day with its counts.
    phone.get("grace.producer", "board")
        .andExpect(jsonPath("$.openCountMismatches.length()").value(0))
        .andExpect(jsonPath("$.firearmsHold.active").value(false))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + blanks + "')].discharged").value(org.hamcrest.Matchers.hasItem(3)));
    assertThat(phone.inLedger(closed).leaf()).contains(dummies + "\":50").contains(blanks + "\":47");
    assertThat(refusalsOnRecord()).isEmpty();
  }

  @Test
  void theSameDayWithEachRustFailureAttemptedIsRefusedOrFlaggedAndEveryRefusalIsOnRecord() throws Exception {
    String revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\"}")
        .andExpect(status().isOk());
    String blanks = phone.registerLot(ROSA, "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");

    // Dummies left over from another production, checked "by shaking most of the time": ten of fifty rattled.
    // They are not loaded.
    String leftovers = phone.registerLot(ROSA, "DUMMY", 50, "FROM_ANOTHER_PRODUCTION");
    phone.post(ROSA, "lots/" + leftovers + "/dummies-verified", "{\"method\":\"RATTLE_TEST\",\"roundsVerified\":10}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(leftovers, 6)),
        "custody.rounds-from-verified-lots")).contains("quarantined");

    // The 1st AD takes the revolver and hands it to the actor himself.
    assertThat(phone.refused(phone.post("dana.ad", "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", western.sceneId())), "custody.only-armorer-handles"))
        .contains("A 1st AD announces what the armorer recorded");

    // The armorer hands it over with no show-clear.
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId())),
        "custody.show-clear-before-issue");

    // Marcus finds a live round in the leftover box. Every firearm is held at once: nothing is loaded or issued
    // until the safety advisor and a producer have both cleared it in writing.
    String find = json(phone.post("marcus.camera", "live-rounds-found",
            "{\"where\":\"Leftover dummy box on the prop cart\",\"lotId\":\"" + leftovers + "\"}")
        .andExpect(status().isCreated()), "$.eventId");
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 5)), "custody.firearms-hold");
    showClearAndConfirm(revolver);
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId())),
        "custody.firearms-hold");

    // The whole leftover box goes back; the live round goes to the safety advisor, sealed, as evidence.
    phone.post(ROSA, "lots/" + leftovers + "/returned-to-supplier", "{\"count\":49}").andExpect(status().isOk());
    phone.post(ROSA, "lots/" + leftovers + "/transfers",
            "{\"count\":1,\"direction\":\"OUT\",\"counterpart\":\"Samira Haddad, safety advisor: live round sealed as evidence\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.lot.onHand").value(0));
    phone.post("sam.safety", "live-rounds-found/" + find + "/clearances",
        "{\"finding\":\"Leftover lot removed from set; every cart and kit searched; no other live round\"}")
        .andExpect(status().isOk());
    phone.post("grace.producer", "live-rounds-found/" + find + "/clearances",
        "{\"finding\":\"Read the finding; leftover ammunition is banned from this production\"}")
        .andExpect(status().isOk());

    // With the hold cleared, the take goes ahead properly: five blanks, shown and confirmed, four fired.
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    phone.planDischarge(western.sceneId(), revolver, "eli.actor");
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(blanks, 5)).andExpect(status().isOk());
    showLoadAndConfirm(revolver);
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/discharge", "{\"lotId\":\"" + blanks + "\",\"count\":4}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + blanks + "\":1}}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk());

    // At wrap the blanks count two short. The day does not close, the safety advisor sees the mismatch on the
    // board, and the producer sees it on the dashboard.
    assertThat(phone.refused(phone.post(ROSA, "wrap/close", counts(Map.of(blanks, 44))), "custody.rounds-reconcile"))
        .contains("counted 44, expected 46");
    String mismatch = json(phone.get("sam.safety", "board")
        .andExpect(jsonPath("$.openCountMismatches.length()").value(1)), "$.openCountMismatches[0].mismatchId");
    assertThat(phone.inLedger(mismatch).kind()).isEqualTo("custody.round-count-mismatch");
    String dashboard = mvc.perform(get("/productions/" + western.id()).with(crew.signedIn(western.user("grace.producer"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(dashboard).contains("Round count does not reconcile");

    // Two blanks turn up in the armorer's belt pouch. The recount reconciles and the day closes.
    phone.post(ROSA, "wrap/close", counts(Map.of(blanks, 46))).andExpect(status().isOk());
    phone.get("sam.safety", "board").andExpect(jsonPath("$.openCountMismatches.length()").value(0));

    // Every refusal of the day is in the ledger, with its rule.
    assertThat(refusalsOnRecord()).containsExactlyInAnyOrder(
        "custody.rounds-from-verified-lots", "custody.only-armorer-handles", "custody.show-clear-before-issue",
        "custody.firearms-hold", "custody.firearms-hold", "custody.rounds-reconcile");
  }

  @Test
  void atLunchARevolverLeftWithTheActorIsFlaggedAtOnceAndBecomesAReportWhenNobodyLocksItUp() throws Exception {
    String revolver = issuedToEli();

    // Dana calls lunch. The revolver is still in Eli's holster, hung on the cart by the craft-services tent.
    mvc.perform(post("/api/productions/" + western.id() + "/meal-break")
            .header("Authorization", crew.bearer(western.user("dana.ad"))))
        .andExpect(status().isOk());
    String alert = json(phone.get("sam.safety", "alerts")
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].weaponId").value(revolver)), "$[0].eventId");
    assertThat(phone.inLedger(alert).kind()).isEqualTo("custody.weapon-left-unattended");

    // Rosa, Dana and Samira hear at once, on their phones: lock it up now.
    String safetyAdvisor = crew.bearer(western.user("sam.safety"));
    for (String told : List.of(ROSA, "dana.ad", "sam.safety")) {
      mvc.perform(get("/api/inbox").header("Authorization", crew.bearer(western.user(told))))
          .andExpect(jsonPath("$.items[*].subject").value(hasItem(org.hamcrest.Matchers.startsWith("[SetSafe] Lock it up now"))));
    }

    // Nobody goes for it. When the grace runs out, reporting opens a firearms report, for escalation to chase.
    clock.advance(Duration.ofMinutes(11));
    watch.sweep();
    String reports = "/api/productions/" + western.id() + "/reports";
    await().atMost(LANDS_WITHIN).untilAsserted(() -> mvc.perform(get(reports).header("Authorization", safetyAdvisor))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.source == 'custody.lock-up-overdue')].category").value(hasItem("FIREARMS"))));
  }

  @Test
  void theArmorerIsNotAlsoMadePropsAssistantWhileTheRevolverIsOut() throws Exception {
    issuedToEli();

    // Short a props assistant, the producer tries to give Rosa the job too while the revolver is with Eli.
    String body = mvc.perform(put("/api/productions/" + western.id() + "/members/" + crew.id(western.user(ROSA)))
            .header("Authorization", crew.bearer(western.user("grace.producer")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"ARMORER\",\"CREW\"],\"department\":\"Props\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.armorer-has-no-other-duties"))
        .andReturn().getResponse().getContentAsString();
    assertThat(phone.inLedger(com.jayway.jsonpath.JsonPath.read(body, "$.refusalId")).kind())
        .isEqualTo("custody.refused");
    assertThat(refusalsOnRecord()).contains("custody.armorer-has-no-other-duties");
  }

  /** Scene 42A's revolver, received, inspected, shown clear to everyone who must see it, and issued to Eli. */
  private String issuedToEli() throws Exception {
    String revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    showClearAndConfirm(revolver);
    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());
    return revolver;
  }

  // ---- helpers ----

  /** The armorer shows the revolver clear to the actor, the 1st AD and the camera operator; each confirms. */
  private void showClearAndConfirm(String revolver) throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses(WITNESSES_OF_42A))
        .andExpect(status().isOk());
    for (String witness : List.of(WITNESSES_OF_42A)) {
      phone.post(witness, "weapons/" + revolver + "/show-clear/confirm", "").andExpect(status().isOk());
    }
  }

  /** Loaded, the revolver is shown round by round to the actor, the 1st AD and the camera operator; each confirms. */
  private void showLoadAndConfirm(String revolver) throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/show-load", phone.witnesses(WITNESSES_OF_42A))
        .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("custody.load-shown"));
    for (String witness : List.of(WITNESSES_OF_42A)) {
      phone.post(witness, "weapons/" + revolver + "/show-load/confirm", "").andExpect(status().isOk());
    }
  }

  /** The rule of every refusal the ledger holds about this production, in the order recorded. */
  private List<String> refusalsOnRecord() {
    List<LedgerEntry> entries = SystemActor.call(() -> ledger.history(western.id(), "production:" + western.id()));
    return entries.stream().filter(entry -> entry.kind().equals("custody.refused"))
        .map(entry -> com.jayway.jsonpath.JsonPath.read(entry.leaf(), "$.fact.rule").toString())
        .collect(Collectors.toList());
  }
}
