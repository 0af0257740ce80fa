package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * One firearms day on a western, told as it happens, where each link of the "Rust" chain that SetSafe once let
 * through is tried again and caught: a loaded revolver "shown clear", a revolver left on the armorer's cart over
 * lunch, a rehearsal going on after someone stopped work, an accidental discharge that only held its own gun, and
 * a wrap whose rounds did not add up. Each catch is a refusal with its rule on the ledger, an alert to the people
 * who must act, or a hazard report that escalates. Each refusal is checked down to its entry in the ledger
 * ({@link ArmorersPhone#refused}).
 */
@SetSafeTest
class TheChainBreaksOnAFirearmsDayTest {

  private static final String ROSA = "rosa.armorer";
  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);
  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired UnattendedWatch watch;
  @Autowired TestClock clock;

  private OwnProduction western;
  private ArmorersPhone phone;

  @BeforeEach
  void callTime() {
    western = OwnProduction.create(crew, productions, accounts, schedule, "The chain breaks at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, western);
  }

  @Test
  void aFirearmsDayThroughTheMealBreakAStopWorkAnAccidentalDischargeAndAWrapThatDoesNotAddUp() throws Exception {
    Instant callTime = clock.instant();
    LocalDate shootingDay = callTime.atZone(western.production().timeZone()).toLocalDate();
    try {
      // The rental truck: two revolvers into the armorer's custody, a box of dummies checked round by round, a
      // sealed box of quarter-load blanks.
      String revolver = receivedRevolver();
      String spare = receivedRevolver();
      String dummies = phone.verifiedDummies(ROSA, 12);
      String blanks = phone.registerLot(ROSA, "BLANK_QUARTER", 12, "NEW_FROM_SUPPLIER");

      // Morning rehearsal of 42A with dummies. The revolver holds six rounds, so it cannot be called "clear":
      // Rosa shows the load instead, round by round, and each witness confirms what they saw from their own phone.
      weapon(revolver, "inspect", "{\"finding\":\"Bore and chambers clear, action sound\"}");
      weapon(revolver, "load", manifest(dummies, 6));
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses(WITNESSES)),
          "custody.show-what-is-in-it")).contains("6");
      weapon(revolver, "show-load", phone.witnesses(WITNESSES));
      for (String witness : WITNESSES) {
        phone.post(witness, "weapons/" + revolver + "/show-load/confirm", "").andExpect(status().isOk());
      }
      weapon(revolver, "issue", phone.issue(revolver, "eli.actor", western.sceneId()));
      weapon(revolver, "return", "");
      phone.post(ROSA, "weapons/" + spare + "/lock-up", "{\"location\":\"Armory truck, safe 1\"}")
          .andExpect(status().isOk());

      // The 1st AD calls lunch with the revolver back on the armorer's cart, not in the safe: the armorer, the
      // 1st AD and the safety advisor are told at once, wherever the gun is.
      crewPost("dana.ad", "/api/productions/" + western.id() + "/meal-break", "").andExpect(status().isOk());
      assertThat(alerts()).singleElement().satisfies(alert -> {
        assertThat(alert).containsEntry("weaponId", revolver).containsEntry("checkpoint", "meal-break:" + shootingDay);
        assertThat((String) alert.get("reason")).contains("out of lock-up with the armorer");
      });
      for (String told : List.of(ROSA, "dana.ad", "sam.safety")) {
        assertThat(inbox(told)).as(told + " is told at once").anyMatch(subject -> subject.contains("Lock it up"));
      }
      // Ten minutes of grace pass and it is still on the cart: a hazard report opens and escalates.
      clock.advance(Duration.ofMinutes(11));
      watch.sweep();
      assertThat(reportFrom("custody.lock-up-overdue")).containsEntry("severity", "HIGH");
      // Rosa goes to lock it up as it is, six dummies in it: not without writing why. She unloads it first.
      phone.refused(phone.post(ROSA, "weapons/" + revolver + "/lock-up", "{\"location\":\"Armory truck, safe 1\"}"),
          "custody.lock-up-unloaded");
      weapon(revolver, "unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}");
      weapon(revolver, "lock-up", "{\"location\":\"Armory truck, safe 1\"}");

      // After lunch, an unplanned rehearsal. The revolver is empty and shown clear; Marcus, on the camera, sees it
      // pointed at the lens and stops work on the scene.
      clock.advance(Duration.ofMinutes(40));
      weapon(revolver, "unlock", "");
      weapon(revolver, "inspect", "{\"finding\":\"Bore and chambers clear\"}");
      weapon(revolver, "show-clear", phone.witnesses(WITNESSES));
      for (String witness : WITNESSES) {
        phone.post(witness, "weapons/" + revolver + "/show-clear/confirm", "").andExpect(status().isOk());
      }
      weapon(revolver, "issue", phone.issue(revolver, "eli.actor", western.sceneId()));
      String stop = json(crewPost("marcus.camera", reports() + "/stop-work", "{\"sceneId\":\"" + western.sceneId()
          + "\",\"reason\":\"Revolver pointed at the lens in rehearsal, no one at the remote monitor\"}")
          .andExpect(status().isCreated()), "$.id");
      // Collecting the gun makes things safer and goes on; getting it ready for the stopped scene does not, and the
      // refusal names who stopped work and why.
      weapon(revolver, "return", "");
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses(WITNESSES)),
          "custody.stop-work")).contains("Marcus Oyelaran").contains("pointed at the lens");
      phone.get("dana.ad", "board").andExpect(jsonPath("$.workStopped[0].stopWorkId").value(stop));
      // Only the safety advisor resumes, in writing.
      crewPost("dana.ad", reports() + "/stop-work/" + stop + "/resume", "{\"whySafe\":\"We are behind\"}")
          .andExpect(status().isForbidden());
      crewPost("sam.safety", reports() + "/stop-work/" + stop + "/resume", "{\"whySafe\":\"Camera on the remote "
          + "head, operator at the monitor behind the shield; the move re-blocked with the armorer\"}")
          .andExpect(status().isOk());

      // The take fires quarter-load blanks under the plan. Between takes the revolver goes off as Eli holsters it.
      phone.planDischarge(western.sceneId(), revolver, "eli.actor");
      weapon(revolver, "inspect", "{\"finding\":\"Bore and chambers clear before the blanks\"}");
      weapon(revolver, "load", manifest(blanks, 5));
      weapon(revolver, "show-load", phone.witnesses(WITNESSES));
      for (String witness : WITNESSES) {
        phone.post(witness, "weapons/" + revolver + "/show-load/confirm", "").andExpect(status().isOk());
      }
      weapon(revolver, "issue", phone.issue(revolver, "eli.actor", western.sceneId()));
      String discharge = json(phone.post("eli.actor", "weapons/" + revolver + "/accidental-discharge",
          "{\"description\":\"It went off as I holstered it between takes\"}").andExpect(status().isOk()), "$.eventId");
      weapon(revolver, "return", "");
      weapon(revolver, "unload", "{\"roundsBackToLot\":{\"" + blanks + "\":4}}");
      // Not only that revolver: every firearm of the production stands down until the safety advisor and a
      // producer have both cleared it in writing.
      weapon(spare, "unlock", "");
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + spare + "/load", manifest(dummies, 6)),
          "custody.firearms-hold")).contains("safety advisor").contains("producer");
      phone.post("sam.safety", "holds/" + discharge + "/clearances", "{\"finding\":\"Holster replaced; the cast "
          + "re-briefed on finger off the trigger until the gun is down\"}").andExpect(status().isOk());
      phone.refused(phone.post(ROSA, "weapons/" + spare + "/load", manifest(dummies, 6)), "custody.firearms-hold");
      phone.post("grace.producer", "holds/" + discharge + "/clearances", "{\"finding\":\"Read the safety "
          + "advisor's finding; the discharged revolver stays out until the armorer's review\"}")
          .andExpect(status().isOk());
      weapon(spare, "lock-up", "{\"location\":\"Armory truck, safe 1\"}");
      weapon(revolver, "lock-up", "{\"location\":\"Armory truck, safe 1\"}");

      // Wrap. One blank went off and nobody recorded it: the count does not reconcile, so the armorer cannot close
      // the day; the 1st AD's wrap tells the three and opens a report.
      phone.refused(phone.post(ROSA, "wrap/close", "{\"counts\":{\"" + blanks + "\":11,\"" + dummies + "\":12}}"),
          "custody.rounds-reconcile");
      crewPost("dana.ad", "/api/productions/" + western.id() + "/wrap", "").andExpect(status().isOk());
      for (String told : List.of(ROSA, "dana.ad", "sam.safety")) {
        assertThat(inbox(told)).anyMatch(subject -> subject.contains("Wrap waits for the count"));
      }
      assertThat(reportFrom("custody.day-not-reconciled").get("title")).isEqualTo("Wrap: the rounds do not reconcile");

      // The next morning nothing is loaded until the armorer and the safety advisor have settled the day in writing.
      clock.set(callTime.plus(Duration.ofDays(1)));
      weapon(spare, "unlock", "");
      assertThat(phone.refused(phone.post(ROSA, "weapons/" + spare + "/load", manifest(dummies, 6)),
          "custody.unreconciled-day")).contains("did not reconcile");
      String settle = "days/" + shootingDay + "/settlements";
      phone.post(ROSA, settle, "{\"finding\":\"One quarter-load blank fired in the accidental discharge, found "
          + "spent in the holster; count 11 of 12 is right\"}").andExpect(status().isOk());
      phone.post("sam.safety", settle, "{\"finding\":\"Saw the spent case; the discharge is under review\"}")
          .andExpect(status().isOk());
      weapon(spare, "load", manifest(dummies, 6));

    } finally {
      clock.set(callTime);
    }
  }

  // ---- the crew's phones ----

  private void weapon(String weapon, String step, String json) throws Exception {
    phone.post(ROSA, "weapons/" + weapon + "/" + step, json).andExpect(status().isOk());
  }

  private String receivedRevolver() throws Exception {
    String weapon = phone.registerRevolver(ROSA);
    weapon(weapon, "receive", "{\"receivedFrom\":\"Gunslinger Rentals\",\"licenceNumber\":\"9-85-049-01\"}");
    return weapon;
  }

  private String reports() {
    return "/api/productions/" + western.id() + "/reports";
  }

  private ResultActions crewPost(String who, String url, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(url).header("Authorization", crew.bearer(western.user(who)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private List<Map<String, Object>> crewGet(String who, String url) throws Exception {
    String body = mvc.perform(MockMvcRequestBuilders.get(url).header("Authorization", crew.bearer(western.user(who))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$");
  }

  private List<Map<String, Object>> alerts() throws Exception {
    return crewGet(ROSA, phone.base + "/alerts");
  }

  private List<String> inbox(String who) throws Exception {
    String body = mvc.perform(MockMvcRequestBuilders.get("/api/inbox")
            .header("Authorization", crew.bearer(western.user(who))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.items[*].subject");
  }

  /** The report reporting opened by itself from a custody fact of this kind (it listens after the commit). */
  private Map<String, Object> reportFrom(String source) {
    return await().atMost(LANDS_WITHIN).until(() -> crewGet("sam.safety", reports()).stream()
        .filter(report -> source.equals(report.get("source"))).findFirst().orElse(null), report -> report != null);
  }
}
