package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A shooting day on "Dust Devil Creek" through the custody API, as the armorer's and the crew's phones would
 * drive it; then each link of the "Rust" failure chain, refused with its rule and found in the ledger.
 */
@SetSafeTest
class CustodyApiTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired Ledger ledger;
  @Autowired Custody custody;
  @Autowired CustodyBoards boards;
  @Autowired FirearmsHolds holds;
  @LocalServerPort int port;

  private Production western;
  private String base;
  private String rosa;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
    base = "/api/productions/" + western.id() + "/custody";
    rosa = crew.bearer("rosa.armorer");
  }

  // ---- the day as it should go ----

  @Test
  void aRentalRevolverGoesToTheActorForTheChurchSceneAndComesBackToLockUp() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\",\"licenceNumber\":\"9-85-049-01\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("WITH_ARMORER"));
    String lot = verifiedDummyLot();
    send(rosa, url + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes, hammer safe\"}").andExpect(status().isOk());
    send(rosa, url + "/load", manifest(lot, 6))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.roundsInWeapon." + lot).value(6));

    // Six verified dummies in it: never "shown clear", the load is shown chamber by chamber.
    send(rosa, url + "/show-load", witnesses("eli.actor", "dana.ad", "marcus.camera"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.showClear.shown").value(org.hamcrest.Matchers.startsWith("6 dummies from lot ")))
        .andExpect(jsonPath("$.weapon.showClearAwaiting.length()").value(3));
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      send(crew.bearer(witness), url + "/show-load/confirm", "").andExpect(status().isOk());
    }
    mvc.perform(get(url).header("Authorization", crew.bearer("dana.ad")))
        .andExpect(jsonPath("$.cold").value(true))
        .andExpect(jsonPath("$.showClearAwaiting.length()").value(0));

    String issued = send(rosa, url + "/issue", issue(weapon, "eli.actor", todaysScene()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("custody.weapon-issued"))
        .andExpect(jsonPath("$.weapon.state").value("ISSUED"))
        .andExpect(jsonPath("$.weapon.holderId").value(crew.id("eli.actor").toString()))
        .andReturn().getResponse().getContentAsString();

    send(rosa, url + "/return", "").andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("WITH_ARMORER"));
    send(rosa, url + "/unload", "{\"roundsBackToLot\":{\"" + lot + "\":6}}").andExpect(status().isOk());
    send(rosa, url + "/lock-up", "{\"location\":\"Armory truck, safe 2\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.state").value("LOCKED_UP"));

    mvc.perform(get(base + "/board").header("Authorization", crew.bearer("grace.producer")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapons[?(@.weaponId=='" + weapon + "')].state").value(org.hamcrest.Matchers.hasItem("LOCKED_UP")))
        .andExpect(jsonPath("$.weapons[?(@.weaponId=='" + weapon + "')].lockUpLocation")
            .value(org.hamcrest.Matchers.hasItem("Armory truck, safe 2")))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + lot + "')].inWeapons").value(org.hamcrest.Matchers.hasItem(0)));
    mvc.perform(get(url + "/events").header("Authorization", rosa))
        .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("custody.weapon-received",
            "custody.weapon-inspected", "custody.weapon-loaded", "custody.load-shown", "custody.load-show-confirmed",
            "custody.load-show-confirmed", "custody.load-show-confirmed", "custody.weapon-issued",
            "custody.weapon-returned", "custody.weapon-unloaded", "custody.weapon-locked-up")))
        .andExpect(jsonPath("$[10].version").value(11));
    LedgerEntry entry = inLedger(JsonPath.read(issued, "$.eventId"));
    assertThat(entry.kind()).isEqualTo("custody.weapon-issued");
    assertThat(entry.leaf()).contains(crew.id("eli.actor").toString());
  }

  @Test
  void aCorrectedRecordKeepsTheOriginalVisible() throws Exception {
    String weapon = registerRevolver();
    send(rosa, base + "/weapons/" + weapon + "/corrections", """
        {"kind":"FIREARM","serial":"A9999","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals","reason":"Serial misread at receipt"}""")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));
    mvc.perform(get(base + "/weapons/" + weapon + "/record").header("Authorization", rosa))
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].weapon.serial").value(org.hamcrest.Matchers.startsWith("A1234")))
        .andExpect(jsonPath("$[1].weapon.serial").value("A9999"))
        .andExpect(jsonPath("$[1].correctionReason").value("Serial misread at receipt"));
  }

  @Test
  void aWeaponsStatusNamesTheNextStepAndTheStepsOfWhoeverAsks() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    mvc.perform(get(url).header("Authorization", rosa))
        .andExpect(jsonPath("$.next").value("RECEIVE"))
        .andExpect(jsonPath("$.nextSteps").value(org.hamcrest.Matchers.contains("RECEIVE")));
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\"}").andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.next").value("INSPECT"));
    mvc.perform(get(url).header("Authorization", rosa))
        .andExpect(jsonPath("$.nextSteps").value(org.hamcrest.Matchers.contains("INSPECT", "LOAD", "TRANSFER",
            "DISPOSE", "REPORT")));
    // The actor may report a misfire; the armorer's steps are not theirs.
    mvc.perform(get(url).header("Authorization", crew.bearer("eli.actor")))
        .andExpect(jsonPath("$.next").value("INSPECT"))
        .andExpect(jsonPath("$.nextSteps").value(org.hamcrest.Matchers.contains("REPORT")));
  }

  // ---- the "Rust" chain, link by link ----

  @Test
  void anArmorerWitnessingTheirOwnShowClearIsRefusedAndTheAttemptIsInTheLedger() throws Exception {
    String weapon = registerRevolver();
    String body = send(rosa, base + "/weapons/" + weapon + "/show-clear", witnesses("rosa.armorer", "eli.actor"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("witnesses"))
        .andExpect(jsonPath("$.errors[0].rule").value("custody.show-clear-witnessed-by-others"))
        .andReturn().getResponse().getContentAsString();
    LedgerEntry entry = inLedger(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("custody.refused");
    assertThat(entry.leaf()).contains("custody.show-clear-witnessed-by-others");
  }

  @Test
  void registeringLiveAmmunitionIsRefusedWithTheRuleAndTheAttemptIsInTheLedger() throws Exception {
    String body = send(rosa, base + "/lots", lotJson("live-round"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("roundClass"))
        .andExpect(jsonPath("$.errors[0].rule").value("custody.no-live-ammunition"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("§9155")))
        .andReturn().getResponse().getContentAsString();
    LedgerEntry entry = inLedger(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("custody.refused");
    assertThat(entry.leaf()).contains("custody.no-live-ammunition");
  }

  @Test
  void theRustFailureChainIsRefusedLinkByLinkAndEveryRefusalIsInTheLedger() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    String scene = todaysScene();
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\"}").andExpect(status().isOk());
    send(rosa, url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());

    // The 1st AD takes the gun and hands it to the actor.
    refused(send(crew.bearer("dana.ad"), url + "/issue", issue(weapon, "eli.actor", scene)), "custody.only-armorer-handles");
    // The armorer hands it over without showing it clear.
    refused(send(rosa, url + "/issue", issue(weapon, "eli.actor", scene)), "custody.show-clear-before-issue");
    // Leftover dummies checked by shaking a few.
    String sampled = dummyLot();
    send(rosa, base + "/lots/" + sampled + "/dummies-verified", "{\"method\":\"RATTLE_TEST\",\"roundsVerified\":10}")
        .andExpect(status().isOk());
    refused(send(rosa, url + "/load", manifest(sampled, 6)), "custody.rounds-from-verified-lots");
    // Live rounds are never registered.
    send(rosa, base + "/lots", lotJson("LIVE"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("roundClass"))
        .andExpect(jsonPath("$.errors[0].rule").value("custody.no-live-ammunition"));

    send(rosa, url + "/show-clear", witnesses("eli.actor", "dana.ad", "marcus.camera")).andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      send(crew.bearer(witness), url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    // A live round turns up: every firearm is held until both the safety advisor and a producer clear it.
    String find = JsonPath.read(send(crew.bearer("marcus.camera"), base + "/live-rounds-found",
        "{\"where\":\"Prop cart by the church door\",\"lotId\":\"" + sampled + "\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.eventId");
    try {
      refused(send(rosa, url + "/issue", issue(weapon, "eli.actor", scene)), "custody.firearms-hold");
      send(crew.bearer("sam.safety"), base + "/live-rounds-found/" + find + "/clearances",
          "{\"finding\":\"Lot quarantined and removed from set; every cart searched, no other live rounds\"}")
          .andExpect(status().isOk());
      String stillHeld = refused(send(rosa, url + "/issue", issue(weapon, "eli.actor", scene)), "custody.firearms-hold");
      assertThat(stillHeld).contains("producer");
      refused(send(crew.bearer("dana.ad"), base + "/live-rounds-found/" + find + "/clearances",
          "{\"finding\":\"Looks fine to me\"}"), "custody.firearms-hold");
    } finally {
      send(crew.bearer("sam.safety"), base + "/live-rounds-found/" + find + "/clearances", "{\"finding\":\"Cleared\"}");
      send(crew.bearer("grace.producer"), base + "/live-rounds-found/" + find + "/clearances",
          "{\"finding\":\"Read the safety advisor's finding; supplier changed, armorer briefed the crew\"}");
    }
    mvc.perform(get(base + "/board").header("Authorization", rosa)).andExpect(jsonPath("$.firearmsHold.active").value(false));
    send(rosa, url + "/issue", issue(weapon, "eli.actor", scene)).andExpect(status().isOk());
  }

  @Test
  void aMisfireHoldsTheWeaponUntilTheArmorerAndTheSafetyAdvisorHaveBothReviewedIt() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    try {
      misfireHoldsTheWeapon(url);
    } finally {
      StandDown.liftAll(crew, boards, holds, western.id());
    }
  }

  private void misfireHoldsTheWeapon(String url) throws Exception {
    send(crew.bearer("eli.actor"), url + "/misfire", "{\"description\":\"Hammer fell, no report\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.weapon.onHold").value(true));
    refused(send(rosa, url + "/show-clear", witnesses("eli.actor", "dana.ad")), "custody.weapon-hold-after-misfire");
    refused(send(crew.bearer("dana.ad"), url + "/review", "{\"finding\":\"Looks fine\"}"),
        "custody.weapon-hold-after-misfire");
    send(rosa, url + "/review", "{\"finding\":\"Firing pin worn; replaced, function-tested with dummies\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.onHold").value(true))
        .andExpect(jsonPath("$.weapon.reviewsAwaited[0]").value("SAFETY_ADVISOR"));
    send(crew.bearer("sam.safety"), url + "/review", "{\"finding\":\"Read the armorer's finding and saw the test\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.onHold").value(false))
        .andExpect(jsonPath("$.weapon.state").value("WITH_ARMORER"));
  }

  @Test
  void aStepThatDoesNotFitWhereTheWeaponIsIsRefusedAsOutOfOrder() throws Exception {
    String weapon = registerRevolver();
    refused(send(rosa, base + "/weapons/" + weapon + "/lock-up", "{\"location\":\"Safe\"}"), Custody.ORDER_OF_CUSTODY);
    refused(send(crew.bearer("june.actor"), base + "/weapons/" + weapon + "/show-clear/confirm", ""),
        "custody.show-clear-before-issue");
  }

  @Test
  void theApiDescriptionDocumentsTheCustodyRoutesAndTheIdempotencyKey() throws Exception {
    mvc.perform(get("/api/openapi"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/weapons/{weaponId}/issue'].post").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/board'].get").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/custody/weapons/{weaponId}/issue'].post.parameters[*].name")
            .value(org.hamcrest.Matchers.hasItem("Idempotency-Key")));
  }

  // ---- who may take a firearm in hand ----

  @Test
  void aFirearmGoesOnlyToAPerformerWithFirearmsSafetyTrainingOrTheArmorersBriefing() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    String scene = todaysScene();
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    send(rosa, url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    send(rosa, url + "/show-clear", witnesses("june.actor", "dana.ad", "marcus.camera")).andExpect(status().isOk());
    for (String witness : List.of("june.actor", "dana.ad", "marcus.camera")) {
      send(crew.bearer(witness), url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    String rules = "/api/productions/" + western.id() + "/performer-training-rule";
    String producer = crew.bearer("grace.producer");
    try {
      // June has no firearms safety course on record, and this production now wants the course, not a briefing.
      mvc.perform(put(rules).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
              .content("{\"briefingAccepted\":false,\"briefingValidDays\":30}"))
          .andExpect(status().isOk()).andExpect(jsonPath("$.briefingAccepted").value(false));
      String reason = refused(send(rosa, url + "/issue", issue(weapon, "june.actor", scene)), "training.firearms-safety");
      assertThat(reason).contains("§9156").contains("do not accept an armorer's briefing");

      // The production accepts the armorer's briefing; only the armorer may give it, and says what it covered.
      mvc.perform(put(rules).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
              .content("{\"briefingAccepted\":true,\"briefingValidDays\":0}"))
          .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("briefingValidDays"));
      mvc.perform(put(rules).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
              .content("{\"briefingAccepted\":true,\"briefingValidDays\":30}"))
          .andExpect(status().isOk());
      String briefings = "/api/productions/" + western.id() + "/armorer-briefings";
      String briefing = "{\"performerId\":\"" + crew.id("june.actor") + "\",\"topics\":\"Safe handling of the SAA\"}";
      send(crew.bearer("june.actor"), briefings, briefing).andExpect(status().isForbidden());
      send(producer, briefings, briefing).andExpect(status().isForbidden());
      send(rosa, briefings, "{\"performerId\":\"" + crew.id("june.actor") + "\",\"topics\":\" \"}")
          .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("topics"));
      send(rosa, briefings, briefing).andExpect(status().isCreated())
          .andExpect(jsonPath("$.performerName").value("June Castellanos"))
          .andExpect(jsonPath("$.armorerName").value("Rosa Delgado"));
      String recorded = mvc.perform(get(briefings).header("Authorization", crew.bearer("dana.ad")))
          .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
      assertThat(JsonPath.<List<String>>read(recorded, "$[*].topics")).contains("Safe handling of the SAA");

      send(rosa, url + "/issue", issue(weapon, "june.actor", scene)).andExpect(status().isOk())
          .andExpect(jsonPath("$.weapon.holderId").value(crew.id("june.actor").toString()));
    } finally {
      mvc.perform(put(rules).header("Authorization", producer).contentType(MediaType.APPLICATION_JSON)
          .content("{\"briefingAccepted\":true,\"briefingValidDays\":30}"));
    }
  }

  // ---- two phones, one weapon ----

  @Test
  void ofTwoSimultaneousIssuesOfOneWeaponExactlyOneIsRecorded() throws Exception {
    String weapon = readyToIssue();
    String body = issue(weapon, "eli.actor", todaysScene());
    String url = base + "/weapons/" + weapon + "/issue";
    assertThat(inParallel(List.of(new Call(crew.bearer("rosa.armorer"), url, body),
        new Call(crew.bearer("hank.props"), url, body)))).containsExactlyInAnyOrder(200, 409);
    mvc.perform(get(base + "/weapons/" + weapon + "/events").header("Authorization", rosa))
        .andExpect(jsonPath("$[?(@.kind=='custody.weapon-issued')]").value(org.hamcrest.Matchers.hasSize(1)));
  }

  @Test
  void twoLoadsAtOnceCannotBothTakeTheLastRoundsOfALot() throws Exception {
    String lot = JsonPath.read(send(rosa, base + "/lots", lotJson("DUMMY", 6)).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
    send(rosa, base + "/lots/" + lot + "/dummies-verified", "{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":6}")
        .andExpect(status().isOk());
    List<String> weapons = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      String weapon = registerRevolver();
      send(rosa, base + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
          .andExpect(status().isOk());
      weapons.add(weapon);
    }
    assertThat(inParallel(List.of(
        new Call(crew.bearer("rosa.armorer"), base + "/weapons/" + weapons.get(0) + "/load", manifest(lot, 6)),
        new Call(crew.bearer("hank.props"), base + "/weapons/" + weapons.get(1) + "/load", manifest(lot, 6)))))
        .containsExactlyInAnyOrder(200, 409);
    mvc.perform(get(base + "/board").header("Authorization", rosa))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + lot + "')].inWeapons").value(org.hamcrest.Matchers.hasItem(6)))
        .andExpect(jsonPath("$.lots[?(@.lotId=='" + lot + "')].remaining").value(org.hamcrest.Matchers.hasItem(0)));
  }

  private record Call(String token, String url, String body) {}

  /** Sends the calls as real HTTP requests from separate threads, released at the same instant. */
  private List<Integer> inParallel(List<Call> calls) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService phones = Executors.newFixedThreadPool(calls.size());
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (Call call : calls) {
        answers.add(phones.submit(() -> {
          HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + call.url()))
              .header("Authorization", call.token()).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(call.body())).build();
          start.await();
          return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) {
        statuses.add(answer.get());
      }
      return statuses;
    } finally {
      phones.shutdownNow();
    }
  }

  // ---- a phone on a bad connection ----

  @Test
  void theSameStepSentTwiceWithOneIdempotencyKeyIsRecordedOnceAndAnsweredAlike() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    String key = UUID.randomUUID().toString();
    String first = mvc.perform(post(url + "/inspect").header("Authorization", rosa).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content("{\"finding\":\"Bore clear\"}"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String again = mvc.perform(post(url + "/inspect").header("Authorization", rosa).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content("{\"finding\":\"Bore clear\"}"))
        .andExpect(status().isOk()).andExpect(header().string("Idempotent-Replayed", "true"))
        .andReturn().getResponse().getContentAsString();

    assertThat((String) JsonPath.read(again, "$.eventId")).isEqualTo(JsonPath.read(first, "$.eventId"));
    mvc.perform(get(url + "/events").header("Authorization", rosa))
        .andExpect(jsonPath("$[?(@.kind=='custody.weapon-inspected')]").value(org.hamcrest.Matchers.hasSize(1)));
    mvc.perform(post(url + "/inspect").header("Authorization", rosa).header("Idempotency-Key", key)
            .contentType(MediaType.APPLICATION_JSON).content("{\"finding\":\"Something else\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].rule").value("Reused"));

    // A refused step retried with its key gets the same refusal, recorded once.
    String refusedKey = UUID.randomUUID().toString();
    String[] refusals = new String[2];
    for (int attempt = 0; attempt < 2; attempt++) {
      refusals[attempt] = mvc.perform(post(url + "/issue").header("Authorization", rosa).header("Idempotency-Key", refusedKey)
              .contentType(MediaType.APPLICATION_JSON).content(issue(weapon, "eli.actor", todaysScene())))
          .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("custody.show-clear-before-issue"))
          .andReturn().getResponse().getContentAsString();
    }
    assertThat((String) JsonPath.read(refusals[1], "$.refusalId")).isEqualTo(JsonPath.read(refusals[0], "$.refusalId"));
  }

  // ---- what the API refuses before anything happens ----

  @Test
  void aFirearmWithoutItsAcquisitionRecordOrOwnerIsRefusedNamingTheFieldAndRule() throws Exception {
    send(rosa, base + "/weapons", "{\"kind\":\"FIREARM\",\"serial\":\"B1\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("ownerName"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotBlank"));
    send(rosa, base + "/weapons", "{\"kind\":\"FIREARM\",\"serial\":\"B1\",\"ownerName\":\"Gunslinger Rentals\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].rule").value("27 CFR 478.125"));
    send(crew.bearer("dana.ad"), base + "/weapons", """
        {"kind":"RUBBER_PROP","ownerName":"Prop house"}""")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.only-armorer-handles"));
  }

  // ---- helpers ----

  private ResultActions send(String token, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  /** Asserts a 409 naming the rule, finds the recorded refusal in the ledger, and returns the reason. */
  private String refused(ResultActions call, String rule) throws Exception {
    String body = call.andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:setsafe:problem:refused"))
        .andExpect(jsonPath("$.rule").value(rule))
        .andExpect(jsonPath("$.errors[0].rule").value(rule))
        .andReturn().getResponse().getContentAsString();
    LedgerEntry entry = inLedger(JsonPath.read(body, "$.refusalId"));
    assertThat(entry.kind()).isEqualTo("custody.refused");
    assertThat(entry.leaf()).contains(rule);
    return JsonPath.read(body, "$.reason");
  }

  private LedgerEntry inLedger(String factId) {
    UUID id = UUID.fromString(factId);
    return await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(id).orElse(null), entry -> entry != null);
  }

  private String registerRevolver() throws Exception {
    String body = send(rosa, base + "/weapons", """
        {"kind":"FIREARM","serial":"A1234-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.weapon.id");
  }

  private String dummyLot() throws Exception {
    return JsonPath.read(send(rosa, base + "/lots", lotJson("dummy")).andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
  }

  private String verifiedDummyLot() throws Exception {
    String lot = dummyLot();
    send(rosa, base + "/lots/" + lot + "/dummies-verified", "{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":50}")
        .andExpect(status().isOk());
    return lot;
  }

  private static String lotJson(String roundClass) {
    return lotJson(roundClass, 50);
  }

  private static String lotJson(String roundClass, int count) {
    return """
        {"roundClass":"%s","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s","count":%d,
         "origin":"NEW_FROM_SUPPLIER"}""".formatted(roundClass, LocalDate.now(), count);
  }

  private static String manifest(String lot, int rounds) {
    StringBuilder json = new StringBuilder("{\"manifest\":{");
    for (int chamber = 1; chamber <= rounds; chamber++) {
      json.append(chamber == 1 ? "" : ",").append("\"chamber ").append(chamber).append("\":\"").append(lot).append('"');
    }
    return json.append("}}").toString();
  }

  private String witnesses(String... usernames) {
    return "{\"witnesses\":[" + String.join(",", java.util.Arrays.stream(usernames)
        .map(name -> "\"" + crew.id(name) + "\"").toList()) + "]}";
  }

  /** The issue's body, once the scene is through every scene-safety gate for this weapon and performer. */
  private String issue(String weapon, String performer, String sceneId) {
    crew.readyToShoot(western.id(), UUID.fromString(sceneId), UUID.fromString(weapon), crew.id(performer));
    return "{\"performerId\":\"" + crew.id(performer) + "\",\"sceneId\":\"" + sceneId + "\"}";
  }

  /** A weapon received, inspected and shown clear to the actor, the 1st AD and the camera head, all confirmed. */
  private String readyToIssue() throws Exception {
    String weapon = registerRevolver();
    String url = base + "/weapons/" + weapon;
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    send(rosa, url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    send(rosa, url + "/show-clear", witnesses("eli.actor", "dana.ad", "marcus.camera")).andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      send(crew.bearer(witness), url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    return weapon;
  }

  /** A scene on today's call sheet naming its cast and camera head (the demo seeds one; made if the clock moved). */
  private String todaysScene() {
    return TodaysScene.of(schedule, crew, western).toString();
  }
}
