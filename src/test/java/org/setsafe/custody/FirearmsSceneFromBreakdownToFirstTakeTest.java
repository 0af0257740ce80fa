package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A firearms scene planned from the script breakdown to the first take, through the crew's own phones: the 1st
 * AD marks scene 42A a firearms scene; the armorer writes the weapon plan (a quarter-load blank toward the altar,
 * the camera operator at a remote monitor) and she and the safety advisor sign it; the safety advisor's risk
 * assessments are signed by the department heads; the dedicated armorer is on the day's roster; the safety
 * meeting is held and acknowledged on each phone. Only then does the revolver go to the actor.
 *
 * <p>Then the director changes the blocking — Cole turns and fires toward the camera — and the plan is redrawn:
 * its sign-offs lapse, the issue is refused until it is signed again, and refused again until a new meeting
 * covers the scene as it now is. Each refusal is in the ledger.
 */
@SetSafeTest
class FirearmsSceneFromBreakdownToFirstTakeTest {

  private static final String ROSA = "rosa.armorer";
  private static final String SAM = "sam.safety";
  private static final String DANA = "dana.ad";
  private static final String GRACE = "grace.producer";
  private static final String[] WITNESSES = {"eli.actor", "dana.ad", "marcus.camera"};

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private final Map<String, String> tokens = new HashMap<>();
  private OwnProduction set;
  private ArmorersPhone phone;
  private String api;

  @Test
  void aFirearmsSceneIsPlannedAssessedStaffedAndBriefedBeforeTheFirstTakeAndReplannedWhenTheBlockingChanges()
      throws Exception {
    set = OwnProduction.create(crew, productions, accounts, schedule, "The Church at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, set);
    api = "/api/productions/" + set.id();
    String scene = set.sceneId().toString();
    UUID day = SystemActor.call(() -> schedule.scene(set.id(), set.sceneId()).shootingDayId());

    // ---- the script breakdown: the 1st AD marks 42A a firearms scene ----
    send(DANA, put(api + "/scenes/" + scene + "/hazards"), "{\"hazards\":[\"FIREARMS\"]}").andExpect(status().isOk());

    // The rental revolver arrives; Rosa takes it into custody. A sealed box of quarter-load blanks too.
    String revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\"}")
        .andExpect(status().isOk());
    String blanks = phone.registerLot(ROSA, "BLANK_QUARTER", 50, "NEW_FROM_SUPPLIER");

    // Eli has never done a firearms safety course; this production accepts the armorer's briefing instead.
    readyInTheArmorersHands(revolver, blanks);
    phone.refused(issue(revolver), "training.firearms-safety");
    send(ROSA, post(api + "/armorer-briefings"), "{\"performerId\":\"" + crew.id(set.user("eli.actor"))
        + "\",\"topics\":\"The Colt SAA: treat it as loaded, finger off the trigger, fire only toward the altar\"}")
        .andExpect(status().isCreated());

    // Nothing is planned yet: the revolver cannot go to Eli, whatever else is in order.
    phone.refused(issue(revolver), "protocol.weapon-plan");

    // ---- the weapon plan ----
    // Rosa's first draft puts Marcus beside the camera, twelve feet from the muzzle, unprotected: refused.
    String marcus = crew.id(set.user("marcus.camera")).toString();
    send(ROSA, post(api + "/protocol/scenes/" + scene + "/weapon-plan/versions"), plan(revolver, false, marcus, null, 12))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].rule", hasItem("protocol.line-of-fire-protected")));
    // At a remote monitor thirty feet back, firing toward the altar, away from everyone.
    send(ROSA, post(api + "/protocol/scenes/" + scene + "/weapon-plan/versions"),
        plan(revolver, false, marcus, "REMOTE_OPERATION", 30)).andExpect(status().isCreated());
    send(ROSA, post(api + "/protocol/scenes/" + scene + "/weapon-plan/sign-offs"), "{\"version\":1,\"capacity\":\"ARMORER\"}")
        .andExpect(status().isCreated());
    // A performer cannot sign it.
    send("eli.actor", post(api + "/protocol/scenes/" + scene + "/weapon-plan/sign-offs"),
        "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}").andExpect(status().isForbidden());
    send(SAM, post(api + "/protocol/scenes/" + scene + "/weapon-plan/sign-offs"), "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status.approved").value(true));

    // ---- the risk assessments ----
    // Samira writes the production's general assessment and the scene's; each department head signs for their
    // hazards. The residual risk is low enough that the producer need not sign.
    phone.refused(issue(revolver), "protocol.risk-assessment");
    send(SAM, post(api + "/risk-assessments/general/versions"), assessment("GENERAL",
        "Long days on an open ranch: heat, traffic on the ranch road", 3, 3, "ADMINISTRATIVE",
        "Water and shade at base camp; a marshal on the ranch road", 2, 2)).andExpect(status().isCreated());
    send(SAM, post(api + "/risk-assessments/general/sign-offs"), "{\"version\":1,\"duty\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isCreated());
    send(DANA, post(api + "/risk-assessments/general/sign-offs"), "{\"version\":1,\"duty\":\"FIRST_AD\"}")
        .andExpect(status().isCreated());
    send(SAM, post(api + "/risk-assessments/scenes/" + scene + "/versions"), assessment("FIREARMS",
        "A blank fired in a closed church: muzzle blast, debris toward the crew", 3, 5, "ENGINEERING",
        "Camera operated remotely from 30 ft; quarter-load blank; fired away from everyone", 1, 4))
        .andExpect(status().isCreated());
    send(SAM, post(api + "/risk-assessments/scenes/" + scene + "/sign-offs"), "{\"version\":1,\"duty\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isCreated());
    send(ROSA, post(api + "/risk-assessments/scenes/" + scene + "/sign-offs"), "{\"version\":1,\"duty\":\"FIREARMS\"}")
        .andExpect(status().isCreated());

    // ---- staffing: Rosa is the day's dedicated armorer ----
    phone.refused(issue(revolver), "staffing.dedicated-armorer");
    send(DANA, post(api + "/staffing/days/" + day + "/roster"),
        "{\"personId\":\"" + crew.id(set.user(ROSA)) + "\",\"duty\":\"ARMORER\"}").andExpect(status().isCreated());
    // Marcus, the camera head, wrapped at 23:00 yesterday on a night unit: seven and a half hours before today's
    // call. The scene is flagged, and no firearm goes out on it until the producer decides what to do.
    LocalDate today = SystemActor.call(() -> schedule.today(set.production()));
    send(DANA, post(api + "/staffing/hours"), "{\"personId\":\"" + marcus + "\",\"date\":\"" + today.minusDays(1)
        + "\",\"on\":\"11:00\",\"off\":\"23:00\"}").andExpect(status().isCreated());
    String tired = phone.refused(issue(revolver), "staffing.rest-and-hours");
    assertThat(tired).contains("Marcus Oyelaran");
    send(GRACE, post(api + "/staffing/decisions"), "{\"sceneId\":\"" + scene + "\",\"personId\":\"" + marcus
        + "\",\"kind\":\"REST_SHORT\",\"decision\":\"Marcus runs the remote head only; the B-camera operator, "
        + "rested, takes the A-camera for the take\"}").andExpect(status().isCreated());

    // ---- the safety meeting, acknowledged on each phone ----
    phone.refused(issue(revolver), "briefing.safety-meeting");
    holdTheSafetyMeeting(scene);

    // ---- the first take ----
    send(ROSA, post(api + "/custody/weapons/" + revolver + "/issue"), issueBody()).andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.state").value("ISSUED"));
    phone.post(ROSA, "weapons/" + revolver + "/return", "").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/discharge", "{\"lotId\":\"" + blanks + "\",\"count\":1}")
        .andExpect(status().isOk());

    // ---- the blocking changes: Cole turns and fires toward the camera ----
    send(ROSA, post(api + "/protocol/scenes/" + scene + "/weapon-plan/versions"),
        plan(revolver, true, marcus, "SHIELD", 25)).andExpect(status().isCreated());
    readyInTheArmorersHands(revolver, null);
    String lapsed = phone.refused(issue(revolver), "protocol.weapon-plan");
    assertThat(lapsed).containsIgnoringCase("sign");
    send(ROSA, post(api + "/protocol/scenes/" + scene + "/weapon-plan/sign-offs"), "{\"version\":2,\"capacity\":\"ARMORER\"}")
        .andExpect(status().isCreated());
    send(SAM, post(api + "/protocol/scenes/" + scene + "/weapon-plan/sign-offs"), "{\"version\":2,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isCreated());
    // Signed again, but the crew were briefed on the old blocking.
    String changed = phone.refused(issue(revolver), "briefing.safety-meeting");
    assertThat(changed).contains("changed after");
    holdTheSafetyMeeting(scene);
    send(ROSA, post(api + "/custody/weapons/" + revolver + "/issue"), issueBody()).andExpect(status().isOk());
  }

  /** Inspected, loaded with one blank if given a lot, shown clear or its load shown to the witnesses, each confirming. */
  private void readyInTheArmorersHands(String revolver, String blanks) throws Exception {
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear, cylinder indexes\"}")
        .andExpect(status().isOk());
    if (blanks != null) {
      phone.post(ROSA, "weapons/" + revolver + "/load", ArmorersPhone.manifest(blanks, 1)).andExpect(status().isOk());
    }
    // Loaded, its load is shown round by round; empty, it is shown clear.
    String show = blanks == null ? "/show-clear" : "/show-load";
    phone.post(ROSA, "weapons/" + revolver + show, phone.witnesses(WITNESSES)).andExpect(status().isOk());
    for (String witness : WITNESSES) {
      phone.post(witness, "weapons/" + revolver + show + "/confirm", "").andExpect(status().isOk());
    }
  }

  private void holdTheSafetyMeeting(String scene) throws Exception {
    String meeting = JsonPath.read(send(DANA, post(api + "/briefing/meetings"), "{\"sceneIds\":[\"" + scene + "\"]}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    for (String who : List.of("eli.actor", "marcus.camera", ROSA, DANA)) {
      send(who, post(api + "/briefing/meetings/" + meeting + "/acknowledgments"), "{}").andExpect(status().isCreated());
    }
    send(DANA, post(api + "/briefing/meetings/" + meeting + "/held"), "{}").andExpect(status().isCreated());
  }

  private static String assessment(String category, String what, int likelihood, int severity, String level,
      String control, int residualLikelihood, int residualSeverity) {
    return """
        {"hazards":[{"category":"%s","whatCouldGoWrong":"%s","likelihood":%d,"severity":%d,
          "controls":[{"level":"%s","description":"%s"}],"residualLikelihood":%d,"residualSeverity":%d}]}"""
        .formatted(category, what, likelihood, severity, level, control, residualLikelihood, residualSeverity);
  }

  private String plan(String revolver, boolean towardTheLens, String marcus, String protection, int feet) {
    return """
        {"discharge":true,"load":"quarter-load blank","directionOfFire":"%s",
         "lines":[{"weaponId":"%s","performerId":"%s","pointed":%s,"pointedToward":%s}],
         "lineOfFire":[{"personId":"%s","protection":%s,"distanceFeet":%d}],
         "changeNote":"%s"}""".formatted(
        towardTheLens ? "toward camera A, over the lens" : "toward the altar, away from camera and crew",
        revolver, crew.id(set.user("eli.actor")), towardTheLens, towardTheLens ? "\"camera A lens\"" : "null",
        marcus, protection == null ? "null" : "\"" + protection + "\"", feet,
        towardTheLens ? "Director's new blocking: Cole turns and fires toward camera" : "First plan");
  }

  private ResultActions issue(String revolver) throws Exception {
    return send(ROSA, post(api + "/custody/weapons/" + revolver + "/issue"), issueBody());
  }

  private String issueBody() {
    return "{\"performerId\":\"" + crew.id(set.user("eli.actor")) + "\",\"sceneId\":\"" + set.sceneId() + "\"}";
  }

  private ResultActions send(String who, MockHttpServletRequestBuilder request, String json) throws Exception {
    String token = tokens.computeIfAbsent(who, name -> crew.bearer(set.user(name)));
    return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
