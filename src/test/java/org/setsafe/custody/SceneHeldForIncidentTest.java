package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * An incident that names a scene holds that scene: the armorer cannot issue a firearm for it, the refusal names the
 * rule and is in the ledger, the scene's hold shows where holds show, and once the safety advisor and a producer have
 * each cleared it in writing the scene goes on. A scene's hold is not a stand-down of every firearm.
 */
@SetSafeTest
class SceneHeldForIncidentTest {

  private static final String ROSA = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private OwnProduction western;
  private ArmorersPhone phone;

  @BeforeEach
  void callTime() {
    western = OwnProduction.create(crew, productions, accounts, schedule, "Scene held at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, western);
  }

  @Test
  void anIncidentOnASceneRefusesFirearmsForThatSceneUntilTheSafetyAdvisorAndAProducerClearIt() throws Exception {
    String revolver = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + revolver + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/show-clear", phone.witnesses("eli.actor", "dana.ad", "marcus.camera"))
        .andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      phone.post(witness, "weapons/" + revolver + "/show-clear/confirm", "").andExpect(status().isOk());
    }

    // A grip falls from the well's scaffold during the blocking and the 1st AD opens an incident on the scene.
    String incident = body(incident("dana.ad", """
        {"kind":"INJURY_OR_ILLNESS","severity":"HIGH","where":"The well, church set",
         "whatHappened":"Tess fell from the scaffold by the well during blocking","sceneIds":["%s"]}"""
        .formatted(western.sceneId())).andExpect(status().isCreated())
        .andExpect(jsonPath("$.holds.length()").value(1))
        .andExpect(jsonPath("$.holds[0].sceneId").value(western.sceneId().toString()))
        .andExpect(jsonPath("$.holds[0].placedByThisIncident").value(true)));
    String holdId = JsonPath.read(incident, "$.holds[0].holdId");

    // The scene is held; not every firearm: no stand-down, the hold listed where holds show.
    phone.get("dana.ad", "board").andExpect(jsonPath("$.firearmsHold.active").value(false))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].liveRoundFoundId").value(holdId))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].cause").value("SCENE_HELD"))
        .andExpect(jsonPath("$.firearmsHold.openFinds[0].what").value("Scene held for an incident: Scene 42A"));

    String reason = phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", western.sceneId())), "custody.scene-hold");
    assertThat(reason).contains("Scene 42A is held for an incident")
        .contains("until the producer and safety advisor clear the hold in writing");

    // One signature is not enough.
    clear("sam.safety", holdId, "Scaffold re-rigged and inspected by the key grip; Tess seen by the medic");
    phone.refused(phone.post(ROSA, "weapons/" + revolver + "/issue",
        phone.issue(revolver, "eli.actor", western.sceneId())), "custody.scene-hold");
    clear("grace.producer", holdId, "Read the safety advisor's finding; the scene may go on");

    phone.post(ROSA, "weapons/" + revolver + "/issue", phone.issue(revolver, "eli.actor", western.sceneId()))
        .andExpect(status().isOk());
    phone.get("dana.ad", "board").andExpect(jsonPath("$.firearmsHold.openFinds.length()").value(0));
  }

  @Test
  void aSceneNotOnTheProductionIsRefusedAndNothingIsOpened() throws Exception {
    incident("dana.ad", """
        {"kind":"NEAR_MISS","severity":"LOW","where":"Stage 2","whatHappened":"A sandbag slipped",
         "sceneIds":["%s"]}""".formatted(java.util.UUID.randomUUID()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("sceneIds"))
        .andExpect(jsonPath("$.errors[0].rule").value("Exists"));
    mvc.perform(MockMvcRequestBuilders.get("/api/productions/" + western.id() + "/incidents")
            .header("Authorization", crew.bearer(western.user("dana.ad"))))
        .andExpect(jsonPath("$.length()").value(0));
  }

  private ResultActions incident(String who, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post("/api/productions/" + western.id() + "/incidents")
        .header("Authorization", crew.bearer(western.user(who))).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private void clear(String who, String holdId, String finding) throws Exception {
    phone.post(who, "holds/" + holdId + "/clearances", "{\"finding\":\"" + finding + "\"}")
        .andExpect(status().isOk());
  }

  private static String body(ResultActions call) throws Exception {
    return call.andReturn().getResponse().getContentAsString();
  }
}
