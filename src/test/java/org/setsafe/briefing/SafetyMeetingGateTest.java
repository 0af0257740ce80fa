package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.IssueGate.WeaponIssue;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The daily safety meeting as a gate on issuing a firearm (California Labor Code §9153(a)(4); industry safety
 * bulletin #1): refused with no meeting, with a meeting not recorded held, with a meeting the performer did not
 * acknowledge, and after the scene changed; allowed once a meeting held today covers the scene as it is and the
 * performer acknowledged it on their own phone.
 */
@SetSafeTest
class SafetyMeetingGateTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);
  private static final String RULE = "briefing.safety-meeting";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired Ledger ledger;
  @Autowired SafetyMeetings meetings;
  @Autowired ChangingAgendaSource plans;

  private MeetingSet set;
  private String base;

  @BeforeEach
  void onSet() {
    set = MeetingSet.create(crew, productions, accounts, schedule, "Meeting day");
    base = "/api/productions/" + set.id();
  }

  @Test
  void aFirearmIsRefusedUntilAMeetingHeldTodayCoversTheSceneAndThePerformerAcknowledgedIt() throws Exception {
    String weapon = shownClear();
    String issue = "{\"performerId\":\"" + crew.id(set.who("eli.actor")) + "\",\"sceneId\":\"" + set.sceneId() + "\"}";
    String url = base + "/custody/weapons/" + weapon + "/issue";
    // The gates custody asks before the meeting's (training, plan, assessment, staffing) are in order.
    crew.readyToShootBefore(40, set.id(), set.sceneId(), UUID.fromString(weapon), crew.id(set.who("eli.actor")));

    assertThat(refused(send("rosa.armorer", url, issue)))
        .contains("No safety meeting held today covers scene 12A").contains("§9153(a)(4)");

    String meeting = JsonPath.read(send("dana.ad", base + "/briefing/meetings", "{}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.scenes.length()").value(2))
        .andExpect(jsonPath("$.heldAt").doesNotExist())
        .andReturn().getResponse().getContentAsString(), "$.id");
    assertThat(refused(send("rosa.armorer", url, issue))).contains("is not recorded as held yet");

    send("marcus.camera", base + "/briefing/meetings/" + meeting + "/acknowledgments", "{}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.acknowledged[0].name").value("Marcus Oyelaran"));
    send("dana.ad", base + "/briefing/meetings/" + meeting + "/held", "").andExpect(status().isCreated())
        .andExpect(jsonPath("$.heldAt").exists());
    assertThat(refused(send("rosa.armorer", url, issue)))
        .contains("Eli Navarro has not acknowledged the").contains("safety meeting for scene 12A");
    send("eli.actor", base + "/briefing/meetings/" + meeting + "/acknowledgments", "{}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(
            org.hamcrest.Matchers.containsString("recorded held")));

    String second = JsonPath.read(send("sam.safety", base + "/briefing/meetings",
        "{\"sceneIds\":[\"" + set.sceneId() + "\"]}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.scenes.length()").value(1)).andReturn().getResponse().getContentAsString(), "$.id");
    send("eli.actor", base + "/briefing/meetings/" + second + "/acknowledgments", "{}").andExpect(status().isCreated());
    send("sam.safety", base + "/briefing/meetings/" + second + "/held", "").andExpect(status().isCreated());

    send("rosa.armorer", url, issue).andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.state").value("ISSUED"));
    List<String> kinds = await().atMost(LANDS_WITHIN).until(() -> SystemActor.call(() ->
        ledger.history(set.id(), "safety-meeting:" + second)).stream().map(LedgerEntry::kind).toList(), k -> k.size() == 3);
    assertThat(kinds).containsExactlyInAnyOrder("briefing.safety-meeting-opened", "briefing.safety-meeting-acknowledged",
        "briefing.safety-meeting-held");
  }

  @Test
  void aSceneWhosePlanChangedAfterTheMeetingNeedsANewMeeting() {
    plans.plan(set.sceneId());
    UUID eli = crew.id(set.who("eli.actor"));
    heldWith(set.sceneId(), "eli.actor");
    assertThat(gate(eli)).isEmpty();

    plans.resign(set.sceneId());
    assertThat(gate(eli)).hasValueSatisfying(reason -> assertThat(reason)
        .startsWith("Scene 12A changed after the ").contains(" meeting (Weapon plan — Colt SAA for Cole changed)")
        .contains("hold a new meeting"));

    heldWith(set.sceneId(), "eli.actor");
    assertThat(gate(eli)).isEmpty();
  }

  @Test
  void aMeetingOnAnotherSceneDoesNotCoverThisOneAndAReplicaIsNotGated() {
    UUID eli = crew.id(set.who("eli.actor"));
    heldWith(set.quietSceneId(), "eli.actor");
    assertThat(gate(eli)).hasValueSatisfying(r -> assertThat(r).contains("No safety meeting held today covers scene 12A"));
    WeaponIssue replica = new WeaponIssue(set.id(), UUID.randomUUID(), "Rubber revolver", false, null, eli,
        scene(), meetingsToday(), null);
    assertThat(crew.as(set.who("rosa.armorer"), () -> meetings.check(replica))).isEmpty();
  }

  @Test
  void eachPersonAcknowledgesOnlyForThemselvesAndOnlyOnce() throws Exception {
    String meeting = JsonPath.read(send("dana.ad", base + "/briefing/meetings", "{}").andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
    String acknowledgments = base + "/briefing/meetings/" + meeting + "/acknowledgments";

    send("marcus.camera", acknowledgments, "{\"personId\":\"" + crew.id(set.who("eli.actor")) + "\"}")
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("on their own phone")));
    send("dana.ad", acknowledgments, "{\"personId\":\"" + crew.id(set.who("eli.actor")) + "\"}")
        .andExpect(status().isForbidden());
    mvc.perform(post(acknowledgments).header("Authorization", crew.bearer("june.actor"))
        .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());

    send("eli.actor", acknowledgments, "{\"personId\":\"" + crew.id(set.who("eli.actor")) + "\"}")
        .andExpect(status().isCreated());
    send("eli.actor", acknowledgments, "{}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("meetingId"));
    mvc.perform(get(base + "/briefing/meetings/" + meeting).header("Authorization", crew.bearer(set.who("grace.producer"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.acknowledged.length()").value(1))
        .andExpect(jsonPath("$.acknowledged[0].name").value("Eli Navarro"))
        .andExpect(jsonPath("$.notYetAcknowledged.length()").value(5));
  }

  @Test
  void onlyTheFirstAdOrTheSafetyAdvisorRunsTheMeetingAndNobodyHoldsOneNobodyAcknowledged() throws Exception {
    send("eli.actor", base + "/briefing/meetings", "{}").andExpect(status().isForbidden());
    send("rosa.armorer", base + "/briefing/meetings", "{}").andExpect(status().isForbidden());
    String meeting = JsonPath.read(send("dana.ad", base + "/briefing/meetings", "{}").andExpect(status().isCreated())
        .andReturn().getResponse().getContentAsString(), "$.id");
    send("grace.producer", base + "/briefing/meetings/" + meeting + "/held", "").andExpect(status().isForbidden());
    send("dana.ad", base + "/briefing/meetings/" + meeting + "/held", "").andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Nobody has acknowledged")));
  }

  @Test
  void badInputIsAnsweredWithProblemDetailsNamingTheFieldAndTheRule() throws Exception {
    send("dana.ad", base + "/briefing/meetings", "{\"sceneIds\":[\"" + UUID.randomUUID() + "\"]}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sceneIds"))
        .andExpect(jsonPath("$.errors[0].rule").value("TodaysScene"));
    send("dana.ad", base + "/briefing/meetings", "{\"sceneIds\":\"twelve\"}").andExpect(status().isBadRequest());
    send("sam.safety", base + "/briefing/bulletins", "{\"reference\":\"Industry Safety Bulletin #1\",\"text\":\"Loaded.\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title")).andExpect(jsonPath("$.errors[0].rule").value("Size"));
    mvc.perform(get(base + "/briefing/meetings?date=yesterday").header("Authorization", crew.bearer(set.who("eli.actor"))))
        .andExpect(status().isBadRequest());
  }

  @Test
  void theAgendaListsTheDaysScenesTheSourcesItemsAndTheBulletinsWithNoSourceNeeded() throws Exception {
    send("sam.safety", base + "/briefing/bulletins", """
        {"title":"Firearms and blank ammunition","reference":"Industry Safety Bulletin #1",
         "text":"Treat every firearm as loaded.\\nNever point a firearm at anyone.","from":"%s","everyDay":true}"""
        .formatted(meetingsToday()))
        .andExpect(status().isCreated());
    mvc.perform(get(base + "/briefing/agenda?date=" + meetingsToday())
            .header("Authorization", crew.bearer(set.who("marcus.camera"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scenes.length()").value(2))
        .andExpect(jsonPath("$.scenes[?(@.number == '12A')].hazards[0]").value("Firearms"))
        .andExpect(jsonPath("$.scenes[?(@.number == '12A')].cast[0]").value("Eli Navarro"))
        .andExpect(jsonPath("$.dayItems[?(@.source == 'Safety bulletin')].title")
            .value("Industry Safety Bulletin #1: Firearms and blank ammunition"));
  }

  // ---- helpers ----

  private java.time.LocalDate meetingsToday() {
    return crew.as(set.who("dana.ad"), () -> meetings.today(set.id()));
  }

  /** Scene 12A as the schedule has it now, as custody loads it for an issue. */
  private Scene scene() {
    return SystemActor.call(() -> schedule.scene(set.id(), set.sceneId()));
  }

  /** The gate's reason for a firearm to this performer in scene 12A, or empty when it lets it go. */
  private java.util.Optional<String> gate(UUID performer) {
    WeaponIssue issue = new WeaponIssue(set.id(), UUID.randomUUID(), "Colt SAA", true, null, performer, scene(),
        meetingsToday(), null);
    return crew.as(set.who("rosa.armorer"), () -> meetings.check(issue)).map(r -> {
      assertThat(r.rule()).isEqualTo(RULE);
      return r.reason();
    });
  }

  private void heldWith(UUID sceneId, String attendee) {
    UUID meeting = crew.as(set.who("dana.ad"), () -> meetings.open(set.id(), List.of(sceneId)).id());
    crew.as(set.who(attendee), () -> meetings.acknowledge(set.id(), meeting, null));
    crew.as(set.who("dana.ad"), () -> meetings.hold(set.id(), meeting));
  }

  /** A revolver received, inspected and shown clear to Eli, Dana and Marcus, all confirmed. */
  private String shownClear() throws Exception {
    String body = send("rosa.armorer", base + "/custody/weapons", """
        {"kind":"FIREARM","serial":"M-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String weapon = JsonPath.read(body, "$.weapon.id");
    String url = base + "/custody/weapons/" + weapon;
    send("rosa.armorer", url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    send("rosa.armorer", url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    send("rosa.armorer", url + "/show-clear", "{\"witnesses\":[\"" + crew.id(set.who("eli.actor")) + "\",\""
        + crew.id(set.who("dana.ad")) + "\",\"" + crew.id(set.who("marcus.camera")) + "\"]}").andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      send(witness, url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    return weapon;
  }

  /** Asserts a 409 under the meeting rule, finds the recorded refusal in the ledger, and returns the reason. */
  private String refused(ResultActions call) throws Exception {
    String body = call.andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value(RULE))
        .andReturn().getResponse().getContentAsString();
    LedgerEntry entry = inLedger(JsonPath.read(body, "$.refusalId"), "custody.refused");
    assertThat(entry.leaf()).contains(RULE);
    return JsonPath.read(body, "$.reason");
  }

  private ResultActions send(String who, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(who)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private LedgerEntry inLedger(String factId, String kind) {
    UUID id = UUID.fromString(factId);
    LedgerEntry entry = await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(id).orElse(null), e -> e != null);
    assertThat(entry.kind()).isEqualTo(kind);
    return entry;
  }
}
