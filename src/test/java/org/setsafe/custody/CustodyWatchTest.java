package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Never unattended (rule 5), the armorer's no-other-duties (rule 7) and scenes that name their cast, through the
 * API on a production of the test's own: guns left out over lunch are flagged once each, an armorer double-booked
 * is refused unless a producer wrote why, and a weapon goes only to a performer the call sheet puts in the scene.
 */
@SetSafeTest
class CustodyWatchTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired UnattendedWatch watch;
  @Autowired TestClock clock;

  /** The production of the test running now, with its own crew. */
  private FreshProduction set;
  @Autowired Ledger ledger;

  // ---- never unattended ----

  @Test
  void aRevolverStillWithTheActorWhenTheMealBreakFallsDueRaisesOneAlertAndLockedUpWeaponsNone() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Lunch");
    LocalTime mealBreak = set.localNow(clock.instant()).plusMinutes(20);
    ShootingDay day = set.today(mealBreak, mealBreak.plusHours(5));
    Scene scene = set.scene(day, Set.of(crew.id(set.who("eli.actor"))), crew.id(set.who("marcus.camera")));
    String out = issuedTo(set, "eli.actor", scene);
    String lockedUp = received(set);
    send("rosa.armorer", custody(set) + "/weapons/" + lockedUp + "/lock-up", "{\"location\":\"Armory truck safe\"}")
        .andExpect(status().isOk());

    watch.sweep();
    assertThat(alerts(set)).as("before the meal break").isEmpty();

    clock.advance(Duration.ofMinutes(21));
    watch.sweep();
    List<Map<String, Object>> alerts = alerts(set);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0)).containsEntry("weaponId", out).containsEntry("holderId", crew.id(set.who("eli.actor")).toString())
        .containsEntry("checkpoint", "meal-break:" + day.date());
    assertThat((String) alerts.get(0).get("reason")).contains("still with a performer at the meal break");
    inLedger((String) alerts.get(0).get("eventId"), "custody.weapon-left-unattended");

    watch.sweep();
    assertThat(alerts(set)).as("a second sweep finds the same and records nothing more").hasSize(1);

    clock.advance(Duration.ofMinutes(10));
    watch.sweep();
    watch.sweep();
    alerts = alerts(set);
    assertThat(alerts).as("out with no custody step for more than 30 minutes, once").hasSize(2);
    assertThat(alerts).extracting(a -> (String) a.get("weaponId")).containsOnly(out);
    assertThat(alerts.get(0).get("checkpoint").toString()).startsWith("idle:");
    assertThat((String) alerts.get(0).get("reason")).contains("no custody step for more than 30 minutes");

    mvc.perform(get("/productions/" + set.id() + "/custody").with(crew.signedIn(set.who("dana.ad"))))
        .andExpect(status().isOk())
        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
            .contains("Left unattended today").contains("still with a performer at the meal break"));
    mvc.perform(get("/productions/" + set.id()).with(crew.signedIn(set.who("grace.producer"))))
        .andExpect(status().isOk())
        .andExpect(result -> assertThat(result.getResponse().getContentAsString())
            .contains("Weapons left unattended").contains("2 alerts today"));
  }

  @Test
  void aRevolverOnTheArmorersCartWhenTheMealBreakIsCalledAlertsTheThreeAtOnceAndOpensAReportAfterTheGrace()
      throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Lunch cart");
    ShootingDay day = set.today(null, null);
    String cart = received(set);
    String safe = received(set);
    lockUp(set, safe);

    callMealBreak(set);
    List<Map<String, Object>> alerts = alerts(set);
    assertThat(alerts).as("the revolver on the cart, not the one in the safe").singleElement().satisfies(alert -> {
      assertThat(alert).containsEntry("weaponId", cart).containsEntry("checkpoint", "meal-break:" + day.date())
          .containsEntry("holderId", crew.id(set.who("rosa.armorer")).toString());
      assertThat((String) alert.get("reason")).contains("out of lock-up with the armorer at the meal break");
    });
    for (String told : List.of("rosa.armorer", "dana.ad", "sam.safety")) {
      assertThat(inbox(told)).as(told + " is told at once").anyMatch(subject -> subject.contains("Lock it up now"));
    }
    assertThat(inbox("eli.actor")).noneMatch(subject -> subject.contains("Lock it up now"));

    clock.advance(Duration.ofMinutes(9));
    watch.sweep();
    assertThat(kinds(set)).as("within the grace").doesNotContain("custody.lock-up-overdue");

    clock.advance(Duration.ofMinutes(2));
    watch.sweep();
    watch.sweep();
    assertThat(kinds(set)).as("once, however often swept").containsOnlyOnce("custody.lock-up-overdue");
    Map<String, Object> report = reportFrom(set, "custody.lock-up-overdue");
    assertThat(report).containsEntry("title", "Weapon not locked up").containsEntry("severity", "HIGH")
        .containsEntry("category", "FIREARMS");
    assertThat((String) report.get("description")).contains("the meal break of " + day.date())
        .contains("still out of lock-up with the armorer, 10 minutes after the alert");
    for (String told : List.of("rosa.armorer", "dana.ad", "sam.safety")) {
      assertThat(inbox(told)).anyMatch(subject -> subject.contains("Still not locked up: hazard report opened"));
    }
    assertThat(reports(set)).filteredOn(r -> "custody.lock-up-overdue".equals(r.get("source"))).hasSize(1);
  }

  @Test
  void aRevolverLockedUpWithinTheGraceOpensNoReport() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Locked in time");
    set.today(null, null);
    String cart = received(set);

    callMealBreak(set);
    assertThat(alerts(set)).hasSize(1);
    clock.advance(Duration.ofMinutes(4));
    lockUp(set, cart);
    clock.advance(Duration.ofMinutes(30));
    watch.sweep();

    assertThat(kinds(set)).containsExactly("custody.weapon-left-unattended");
  }

  @Test
  void aProductionShortensTheGraceButNeverLengthensItAndOnlyThoseWhoAnswerForSafetySetIt() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Short grace");
    set.today(null, null);
    String url = custody(set) + "/watch";
    mvc.perform(get(url).header("Authorization", crew.bearer(set.who("eli.actor")))).andExpect(status().isOk())
        .andExpect(jsonPath("$.lockUpGraceMinutes").value(10)).andExpect(jsonPath("$.idleLimitMinutes").value(30))
        .andExpect(jsonPath("$.productionLockUpGraceMinutes").doesNotExist());

    String refused = putJson("rosa.armorer", url, "{\"lockUpGraceMinutes\":3}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.never-unattended"))
        .andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(refused, "$.reason")).contains("Only a producer, a UPM or the safety advisor");
    inLedger(JsonPath.read(refused, "$.refusalId"), "custody.refused");
    putJson("grace.producer", url, "{\"lockUpGraceMinutes\":30}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lockUpGraceMinutes"))
        .andExpect(jsonPath("$.errors[0].rule").value("Range"));
    putJson("grace.producer", url, "{\"lockUpGraceMinutes\":0}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lockUpGraceMinutes"));
    putJson("sam.safety", url, "{\"lockUpGraceMinutes\":3}").andExpect(status().isOk())
        .andExpect(jsonPath("$.lockUpGraceMinutes").value(3))
        .andExpect(jsonPath("$.setBy").value(crew.id(set.who("sam.safety")).toString()));

    received(set);
    callMealBreak(set);
    clock.advance(Duration.ofMinutes(4));
    watch.sweep();
    assertThat(kinds(set)).as("3 minutes, not 10").contains("custody.lock-up-overdue");
    assertThat((String) reportFrom(set, "custody.lock-up-overdue").get("description")).contains("3 minutes after");

    putJson("leo.upm", url, "{}").andExpect(status().isOk()).andExpect(jsonPath("$.lockUpGraceMinutes").value(10));
  }

  @Test
  void aRevolverOutOfLockUpWithNobodyTakingAStepAlertsAfterTheIdleLimitOnce() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Idle cart");
    String cart = received(set);

    clock.advance(Duration.ofMinutes(29));
    watch.sweep();
    assertThat(alerts(set)).isEmpty();
    clock.advance(Duration.ofMinutes(2));
    watch.sweep();
    watch.sweep();
    assertThat(alerts(set)).singleElement().satisfies(alert -> {
      assertThat(alert).containsEntry("weaponId", cart);
      assertThat(alert.get("checkpoint").toString()).startsWith("idle:");
      assertThat((String) alert.get("reason")).contains("out of lock-up with the armorer with no custody step");
    });
    for (String told : List.of("rosa.armorer", "dana.ad", "sam.safety")) {
      assertThat(inbox(told)).anyMatch(subject -> subject.contains("Lock it up now"));
    }

    // The armorer checks it: that is a step, and nothing is overdue.
    send("rosa.armorer", custody(set) + "/weapons/" + cart + "/inspect", "{\"finding\":\"Bore clear\"}")
        .andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(11));
    watch.sweep();
    assertThat(kinds(set)).doesNotContain("custody.lock-up-overdue");
  }

  // ---- wrap waits for the count ----

  @Test
  void aWrapCalledWithARoundCountThatDidNotReconcileAlertsTheThreeAndOpensAReportAndSoDoesTheUnclosedDay()
      throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Short count");
    ShootingDay day = set.today(null, null);
    String lot = registerLot(set, 50);
    send("rosa.armorer", custody(set) + "/wrap/close", "{\"counts\":{\"" + lot + "\":44}}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("custody.rounds-reconcile"));

    send("dana.ad", "/api/productions/" + set.id() + "/wrap", "").andExpect(status().isOk());
    List<Map<String, Object>> raised = watchToday(set);
    assertThat(raised).filteredOn(r -> "custody.day-not-reconciled".equals(r.get("kind"))).singleElement()
        .satisfies(r -> {
          Map<String, Object> fact = (Map<String, Object>) r.get("fact");
          assertThat(fact).containsEntry("checkpoint", "wrap:" + day.date()).containsEntry("day", day.date().toString());
          assertThat((String) fact.get("findings")).contains("do not reconcile").contains("still open")
              .contains("counted 44, expected 50");
        });
    for (String told : List.of("rosa.armorer", "dana.ad", "sam.safety")) {
      assertThat(inbox(told)).anyMatch(subject -> subject.contains("Wrap waits for the count"));
    }
    assertThat(reportFrom(set, "custody.day-not-reconciled")).containsEntry("title", "Wrap: the rounds do not reconcile");

    clock.advance(Duration.ofMinutes(119));
    watch.sweep();
    assertThat(kinds(set)).containsOnlyOnce("custody.day-not-reconciled");
    clock.advance(Duration.ofMinutes(2));
    watch.sweep();
    watch.sweep();
    assertThat(kinds(set)).filteredOn("custody.day-not-reconciled"::equals).hasSize(2);
    assertThat(watchToday(set)).extracting(r -> ((Map<String, Object>) r.get("fact")).get("checkpoint"))
        .contains("day-end:" + day.date());
    assertThat(reports(set)).filteredOn(r -> "custody.day-not-reconciled".equals(r.get("source")))
        .extracting(r -> r.get("title")).containsExactlyInAnyOrder("Wrap: the rounds do not reconcile",
            "Shooting day not closed");
  }

  @Test
  void aDayClosedBeforeTheEndOfTheDayRaisesNothingAndOneLeftOpenDoes() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Closed day");
    set.today(null, null);
    lockUp(set, received(set));
    String lot = registerLot(set, 50);
    send("rosa.armorer", custody(set) + "/wrap/close", "{\"counts\":{\"" + lot + "\":50}}")
        .andExpect(status().isOk());
    FreshProduction closed = set;

    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Open day");
    ShootingDay day = set.today(null, null);
    lockUp(set, received(set));
    FreshProduction open = set;

    for (FreshProduction production : List.of(closed, open)) {
      set = production;
      send("dana.ad", "/api/productions/" + set.id() + "/wrap", "").andExpect(status().isOk());
    }
    clock.advance(Duration.ofMinutes(121));
    watch.sweep();

    set = closed;
    assertThat(kinds(set)).isEmpty();
    set = open;
    assertThat(watchToday(set)).singleElement().satisfies(r -> {
      Map<String, Object> fact = (Map<String, Object>) r.get("fact");
      assertThat(fact).containsEntry("checkpoint", "day-end:" + day.date());
      assertThat((String) fact.get("findings")).contains("2 hours after wrap, the armorer had not closed " + day.date());
    });
    assertThat(reportFrom(set, "custody.day-not-reconciled")).containsEntry("title", "Shooting day not closed");
  }

  @Test
  void whenTheFirstAdCallsTheMealBreakAndWrapTheCheckRunsAtOnce() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Call");
    ShootingDay day = set.today(null, null);
    Scene scene = set.scene(day, Set.of(crew.id(set.who("eli.actor"))), null);
    String out = issuedTo(set, "eli.actor", scene);

    send("eli.actor", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isForbidden());
    send("dana.ad", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isOk())
        .andExpect(jsonPath("$.mealBreakCalledAt").isNotEmpty());
    List<Map<String, Object>> alerts = alerts(set);
    assertThat(alerts).hasSize(1);
    assertThat(alerts.get(0)).containsEntry("weaponId", out).containsEntry("checkpoint", "meal-break:" + day.date());
    send("dana.ad", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("mealBreak")).andExpect(jsonPath("$.errors[0].rule").value("Unique"));

    clock.advance(Duration.ofMinutes(5));
    send("dana.ad", "/api/productions/" + set.id() + "/wrap", "").andExpect(status().isOk());
    assertThat(alerts(set)).extracting(a -> a.get("checkpoint")).contains("wrap:" + day.date());
    send("dana.ad", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isConflict());
  }

  @Test
  void noShootingDayTodayMeansNothingToCall() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Dark day");
    send("dana.ad", "/api/productions/" + set.id() + "/wrap", "").andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("date"));
  }

  @Test
  void aPlanWithWrapBeforeTheMealBreakIsRefusedNamingTheField() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Plan");
    ShootingDay day = set.today(null, null);
    mvc.perform(put("/api/productions/" + set.id() + "/shooting-days/" + day.id() + "/plan")
            .header("Authorization", crew.bearer(set.who("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"mealBreak\":\"13:00\",\"wrap\":\"12:00\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("wrap"))
        .andExpect(jsonPath("$.errors[0].rule").value("AfterMealBreak"));
    mvc.perform(put("/api/productions/" + set.id() + "/shooting-days/" + day.id() + "/plan")
            .header("Authorization", crew.bearer(set.who("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"mealBreak\":\"13:00\",\"wrap\":\"02:00\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.mealBreak").value("13:00:00"))
        .andExpect(jsonPath("$.wrap").value("02:00:00"));
  }

  // ---- the armorer has no other duties ----

  @Test
  void theArmorerIsNotMadeFirstAdWhileAWeaponIsOutUnlessAProducerWroteWhy() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Double-booked");
    String rosa = crew.id(set.who("rosa.armorer")).toString();
    String members = "/api/productions/" + set.id() + "/members/";
    changeRoles("leo.upm", set, "tess.grip", "[\"CREW\",\"FIRST_AD\"]").andExpect(status().isOk());
    received(set);

    String body = changeRoles("leo.upm", set, "rosa.armorer", "[\"ARMORER\",\"FIRST_AD\"]")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.type").value("urn:setsafe:problem:refused"))
        .andExpect(jsonPath("$.rule").value("custody.armorer-has-no-other-duties"))
        .andExpect(jsonPath("$.errors[0].field").value("roles"))
        .andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.reason")).contains("no other duties").contains("1st AD");
    LedgerEntry refusal = inLedger(JsonPath.read(body, "$.refusalId"), "custody.refused");
    assertThat(refusal.leaf()).contains("ASSIGN_SECOND_ROLE");
    String crewNow = mvc.perform(get(members.substring(0, members.length() - 1))
        .header("Authorization", crew.bearer(set.who("leo.upm")))).andReturn().getResponse().getContentAsString();
    assertThat((List<List<String>>) JsonPath.read(crewNow, "$[?(@.username == '" + set.who("rosa.armorer") + "')].roles"))
        .containsExactly(List.of("ARMORER"));

    // A new member who would be the property master and a performer at once: refused too.
    mvc.perform(post(members.substring(0, members.length() - 1)).header("Authorization", crew.bearer(set.who("leo.upm")))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"username\":\"" + set.who("hank.props") + "\",\"roles\":[\"PROPERTY_MASTER\",\"PERFORMER\"],\"department\":\"Props\"}"))
        .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("custody.armorer-has-no-other-duties"));

    String override = "{\"armorerId\":\"" + rosa + "\",\"secondRole\":\"FIRST_AD\","
        + "\"reason\":\"Second unit only, no weapons on that unit; Hank covers the armory.\"}";
    String custody = custody(set);
    for (String notProducer : List.of("leo.upm", "dana.ad", "rosa.armorer")) {
      String refused = send(notProducer, custody + "/second-roles", override).andExpect(status().isConflict())
          .andExpect(jsonPath("$.rule").value("custody.armorer-has-no-other-duties"))
          .andReturn().getResponse().getContentAsString();
      assertThat((String) JsonPath.read(refused, "$.reason")).contains("Only a producer");
      inLedger(JsonPath.read(refused, "$.refusalId"), "custody.refused");
    }
    send("grace.producer", custody + "/second-roles", "{\"armorerId\":\"" + rosa + "\",\"secondRole\":\"FIRST_AD\","
        + "\"reason\":\"  \"}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
    send("grace.producer", custody + "/second-roles", "{\"armorerId\":\"" + crew.id(set.who("eli.actor")) + "\","
        + "\"secondRole\":\"FIRST_AD\",\"reason\":\"Not an armorer\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("armorerId"));
    String authorised = send("grace.producer", custody + "/second-roles", override).andExpect(status().isCreated())
        .andExpect(jsonPath("$.day").value(set.today().toString()))
        .andReturn().getResponse().getContentAsString();
    inLedger(JsonPath.read(authorised, "$.eventId"), "custody.second-role-authorised");

    changeRoles("leo.upm", set, "rosa.armorer", "[\"ARMORER\",\"FIRST_AD\"]").andExpect(status().isOk())
        .andExpect(jsonPath("$.roles.length()").value(2));
    mvc.perform(get(custody + "/second-roles").header("Authorization", crew.bearer(set.who("rosa.armorer"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$[0].secondRole").value("FIRST_AD"));
  }

  @Test
  void withEveryWeaponLockedUpTheArmorerMayTakeASecondRole() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Quiet day");
    String weapon = received(set);
    send("rosa.armorer", custody(set) + "/weapons/" + weapon + "/lock-up", "{\"location\":\"Safe\"}")
        .andExpect(status().isOk());
    changeRoles("leo.upm", set, "rosa.armorer", "[\"ARMORER\",\"FIRST_AD\"]").andExpect(status().isOk());
  }

  // ---- scenes name their cast ----

  @Test
  void aWeaponGoesOnlyToAPerformerTheCallSheetPutsInTheScene() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Cast");
    ShootingDay day = set.today(null, null);
    Scene scene = set.scene(day, Set.of(crew.id(set.who("eli.actor"))), crew.id(set.who("marcus.camera")));
    String weapon = received(set);
    String url = custody(set) + "/weapons/" + weapon;
    send("rosa.armorer", url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    send("rosa.armorer", url + "/show-clear", witnesses("june.actor", "dana.ad", "marcus.camera")).andExpect(status().isOk());
    for (String witness : List.of("june.actor", "dana.ad", "marcus.camera")) {
      send(witness, url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    String body = send("rosa.armorer", url + "/issue", issue(weapon, "june.actor", scene)).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.issue-only-to-performer-on-todays-scene"))
        .andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.reason")).contains("not in the cast of scene " + scene.number());
    inLedger(JsonPath.read(body, "$.refusalId"), "custody.refused");

    // Once the 1st AD puts her in the scene, the same issue goes through.
    mvc.perform(put("/api/productions/" + set.id() + "/scenes/" + scene.id() + "/cast")
            .header("Authorization", crew.bearer(set.who("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"cast\":[\"" + crew.id(set.who("eli.actor")) + "\",\"" + crew.id(set.who("june.actor")) + "\"],"
                + "\"cameraHeadId\":\"" + crew.id(set.who("marcus.camera")) + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.cast.length()").value(2));
    send("rosa.armorer", url + "/issue", issue(weapon, "june.actor", scene)).andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.holderId").value(crew.id(set.who("june.actor")).toString()));
  }

  @Test
  void theCastAreThePerformersOnTheProductionAndOnlyManagersNameThem() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Casting");
    Scene scene = set.scene(set.today(null, null), Set.of(), null);
    String url = "/api/productions/" + set.id() + "/scenes/" + scene.id() + "/cast";
    mvc.perform(put(url).header("Authorization", crew.bearer(set.who("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"cast\":[\"" + crew.id(set.who("tess.grip")) + "\"]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cast"))
        .andExpect(jsonPath("$.errors[0].rule").value("Performer"));
    mvc.perform(put(url).header("Authorization", crew.bearer(set.who("dana.ad"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"cast\":[],\"cameraHeadId\":\"" + crew.id(set.who("demo.admin")) + "\"}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cameraHeadId"));
    mvc.perform(put(url).header("Authorization", crew.bearer(set.who("eli.actor"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"cast\":[\"" + crew.id(set.who("eli.actor")) + "\"]}"))
        .andExpect(status().isForbidden());
    String named = mvc.perform(put(url).header("Authorization", crew.bearer(set.who("leo.upm")))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"cast\":[\"" + crew.id(set.who("eli.actor")) + "\"],\"cameraHeadId\":\"" + crew.id(set.who("marcus.camera")) + "\"}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.cameraHeadId").value(crew.id(set.who("marcus.camera")).toString()))
        .andReturn().getResponse().getContentAsString();
    assertThat((List<String>) JsonPath.read(named, "$.cast")).containsExactly(crew.id(set.who("eli.actor")).toString());
    await().atMost(LANDS_WITHIN).until(() -> org.setsafe.identity.SystemActor.call(() ->
        ledger.history(set.id(), "scene:" + scene.id())).stream().anyMatch(e -> e.kind().equals("production.scene-cast-named")));
  }

  // ---- helpers ----

  private String custody(FreshProduction set) {
    return "/api/productions/" + set.id() + "/custody";
  }

  private String received(FreshProduction set) throws Exception {
    String body = send("rosa.armorer", custody(set) + "/weapons", """
        {"kind":"FIREARM","serial":"W-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String weapon = JsonPath.read(body, "$.weapon.id");
    send("rosa.armorer", custody(set) + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    return weapon;
  }

  /** Received, inspected, shown clear to the performer, the 1st AD and the scene's camera head, and issued. */
  private String issuedTo(FreshProduction set, String performer, Scene scene) throws Exception {
    String weapon = received(set);
    String url = custody(set) + "/weapons/" + weapon;
    send("rosa.armorer", url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    List<String> witnesses = scene.cameraHeadId() == null ? List.of(performer, "dana.ad")
        : List.of(performer, "dana.ad", "marcus.camera");
    send("rosa.armorer", url + "/show-clear", witnesses(witnesses.toArray(String[]::new))).andExpect(status().isOk());
    for (String witness : witnesses) {
      send(witness, url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    send("rosa.armorer", url + "/issue", issue(weapon, performer, scene)).andExpect(status().isOk());
    return weapon;
  }

  private String witnesses(String... usernames) {
    return "{\"witnesses\":[" + String.join(",", java.util.Arrays.stream(usernames)
        .map(name -> "\"" + crew.id(set.who(name)) + "\"").toList()) + "]}";
  }

  /** The issue's body, once the scene is through every scene-safety gate for this weapon and performer. */
  private String issue(String weapon, String performer, Scene scene) {
    crew.readyToShoot(set.id(), scene.id(), UUID.fromString(weapon), crew.id(set.who(performer)));
    return "{\"performerId\":\"" + crew.id(set.who(performer)) + "\",\"sceneId\":\"" + scene.id() + "\"}";
  }

  private void lockUp(FreshProduction set, String weapon) throws Exception {
    send("rosa.armorer", custody(set) + "/weapons/" + weapon + "/lock-up", "{\"location\":\"Armory truck safe\"}")
        .andExpect(status().isOk());
  }

  private void callMealBreak(FreshProduction set) throws Exception {
    send("dana.ad", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isOk());
  }

  private String registerLot(FreshProduction set, int count) throws Exception {
    String body = send("rosa.armorer", custody(set) + "/lots", """
        {"roundClass":"BLANK_QUARTER","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s",
         "count":%d,"origin":"NEW_FROM_SUPPLIER"}""".formatted(set.today(), count))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  /** The kinds of what the watch raised today on the production, oldest first. */
  private List<String> kinds(FreshProduction set) throws Exception {
    List<String> kinds = new java.util.ArrayList<>(watchToday(set).stream().map(r -> (String) r.get("kind")).toList());
    java.util.Collections.reverse(kinds);
    return kinds;
  }

  private List<Map<String, Object>> watchToday(FreshProduction set) throws Exception {
    String body = mvc.perform(get(custody(set) + "/watch/today").header("Authorization", crew.bearer(set.who("dana.ad"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$");
  }

  /** The subjects in a person's inbox. */
  private List<String> inbox(String who) throws Exception {
    String body = mvc.perform(get("/api/inbox").header("Authorization", crew.bearer(set.who(who))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.items[*].subject");
  }

  private List<Map<String, Object>> reports(FreshProduction set) throws Exception {
    String body = mvc.perform(get("/api/productions/" + set.id() + "/reports")
            .header("Authorization", crew.bearer(set.who("sam.safety"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$");
  }

  /** The report reporting opened on its own from a custody fact of this kind (it listens after the commit). */
  private Map<String, Object> reportFrom(FreshProduction set, String source) {
    return await().atMost(LANDS_WITHIN).until(() -> reports(set).stream()
        .filter(r -> source.equals(r.get("source"))).reduce((newer, older) -> newer).orElse(null), r -> r != null);
  }

  private ResultActions putJson(String who, String url, String json) throws Exception {
    return mvc.perform(put(url).header("Authorization", crew.bearer(set.who(who))).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private List<Map<String, Object>> alerts(FreshProduction set) throws Exception {
    String body = mvc.perform(get(custody(set) + "/alerts").header("Authorization", crew.bearer(set.who("rosa.armorer"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$");
  }

  private ResultActions changeRoles(String who, FreshProduction set, String member, String roles) throws Exception {
    String department = member.equals("tess.grip") ? "Grip" : member.equals("rosa.armorer") ? "Armory" : "";
    return mvc.perform(put("/api/productions/" + set.id() + "/members/" + crew.id(set.who(member)))
        .header("Authorization", crew.bearer(set.who(who))).contentType(MediaType.APPLICATION_JSON)
        .content("{\"roles\":" + roles + ",\"department\":\"" + department + "\"}"));
  }

  private ResultActions send(String who, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(who))).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private LedgerEntry inLedger(String factId, String kind) {
    UUID id = UUID.fromString(factId);
    LedgerEntry entry = await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(id).orElse(null), e -> e != null);
    assertThat(entry.kind()).isEqualTo(kind);
    return entry;
  }
}
