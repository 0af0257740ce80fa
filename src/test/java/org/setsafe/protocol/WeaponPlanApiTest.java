package org.setsafe.protocol;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Weapon plans on the JSON API: recording, signing, reading back, and refusals as problem details. */
@SetSafeTest
class WeaponPlanApiTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;

  PlanSet set;
  String url;

  @BeforeEach
  void production() {
    set = PlanSet.create(crew, accounts, productions, schedule, armory, "Plan API");
    url = "/api/productions/" + set.id() + "/protocol/scenes/" + set.scene.id();
  }

  @Test
  void aPlanIsRecordedSignedByBothAndReadBackWithItsEarlierVersions() throws Exception {
    send("rosa.armorer", url + "/weapon-plan/versions", coltForEli("")).andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.version").value(1))
        .andExpect(jsonPath("$.status.state").value("awaiting"));
    send("rosa.armorer", url + "/weapon-plan/sign-offs", "{\"version\":1}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.signOffs[0].capacity").value("ARMORER"));
    send("sam.safety", url + "/weapon-plan/sign-offs", "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.status.approved").value(true));

    String withJune = coltForEli(",\"changeNote\":\"June carries the replica\"").replace("}]", "},{\"weaponId\":\""
        + set.replica + "\",\"performerId\":\"" + set.person("june.actor") + "\"}]");
    send("hank.props", url + "/weapon-plan/versions", withJune)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.version").value(2))
        .andExpect(jsonPath("$.status.state").value("awaiting"));
    send("sam.safety", url + "/weapon-plan/sign-offs", "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("Current"));

    mvc.perform(get(url + "/weapon-plan").header("Authorization", crew.bearer(set.who("eli.actor"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.current.changeNote").value("June carries the replica"))
        .andExpect(jsonPath("$.current.lines[1].performerName").value("June Castellanos"))
        .andExpect(jsonPath("$.current.lines[0].performerName").value("Eli Navarro"))
        .andExpect(jsonPath("$.earlier[0].version").value(1))
        .andExpect(jsonPath("$.earlier[0].signOffs.length()").value(2));
  }

  @Test
  void savingThePlanUnchangedIsRefusedSoNoSignOffLapsesForNothing() throws Exception {
    send("rosa.armorer", url + "/weapon-plan/versions", coltForEli("")).andExpect(status().isCreated());
    send("rosa.armorer", url + "/weapon-plan/versions", coltForEli("")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].rule").value("Changed"));
  }

  @Test
  void aPlanBreakingARuleIsRefusedWith400NamingTheFieldAndTheRule() throws Exception {
    String tooClose = """
        {"discharge":true,"load":"quarter-load blank","directionOfFire":"toward the altar",
         "lines":[{"weaponId":"%s","performerId":"%s"}],
         "lineOfFire":[{"thing":"A camera","protection":"SHIELD","distanceFeet":12}]}"""
        .formatted(set.colt, set.person("eli.actor"));
    send("rosa.armorer", url + "/weapon-plan/versions", tooClose).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:setsafe:problem:invalid-input"))
        .andExpect(jsonPath("$.errors[0].field").value("lineOfFire[0].distanceFeet"))
        .andExpect(jsonPath("$.errors[0].rule").value("protocol.blank-distance"));
    send("rosa.armorer", url + "/weapon-plan/versions", tooClose.replace("SHIELD", "SHEILD"))
        .andExpect(status().isBadRequest());
    send("rosa.armorer", url + "/weapon-plan/versions", "{\"lines\":[]}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("lines"));
    mvc.perform(get(url + "/weapon-plan").header("Authorization", crew.bearer(set.who("rosa.armorer"))))
        .andExpect(jsonPath("$.status.state").value("none"));
  }

  @Test
  void aPerformerTryingToSignOrEditIsRefused403() throws Exception {
    send("rosa.armorer", url + "/weapon-plan/versions", coltForEli("")).andExpect(status().isCreated());
    send("eli.actor", url + "/weapon-plan/sign-offs", "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:setsafe:problem:forbidden"));
    send("eli.actor", url + "/weapon-plan/versions", coltForEli("")).andExpect(status().isForbidden());
    send("rosa.armorer", url + "/weapon-plan/sign-offs", "{\"version\":1,\"capacity\":\"SAFETY_ADVISOR\"}")
        .andExpect(status().isForbidden());
  }

  @Test
  void theFirstAdCallsARehearsalAndBothClearIt() throws Exception {
    send("dana.ad", url + "/rehearsals", "{\"note\":\"Walk the draw\"}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.rehearsalUncleared").value(true));
    send("rosa.armorer", url + "/rehearsals/clearances", "{}").andExpect(status().isCreated())
        .andExpect(jsonPath("$.rehearsals[0].awaiting[0]").value("SAFETY_ADVISOR"));
    send("sam.safety", url + "/rehearsals/clearances", "{\"note\":\"Line of fire walked\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$.rehearsalUncleared").value(false));
    send("sam.safety", url + "/rehearsals/clearances", "{}").andExpect(status().isConflict());
  }

  @Test
  void theSafetyAdvisorSetsTheMinimumDistanceAndTheApiDescribesTheRoutes() throws Exception {
    String rules = "/api/productions/" + set.id() + "/protocol/weapon-plan-rules";
    mvc.perform(get(rules).header("Authorization", crew.bearer(set.who("eli.actor"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.minBlankDistanceFeet").value(20));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(rules)
            .header("Authorization", crew.bearer(set.who("sam.safety"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"minBlankDistanceFeet\":30}"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.minBlankDistanceFeet").value(30));
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(rules)
            .header("Authorization", crew.bearer(set.who("rosa.armorer"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"minBlankDistanceFeet\":5}"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/openapi")).andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/protocol/scenes/{sceneId}/weapon-plan'].get").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/protocol/scenes/{sceneId}/weapon-plan/versions'].post").exists())
        .andExpect(jsonPath("$.paths['/api/productions/{productionId}/protocol/scenes/{sceneId}/weapon-plan/sign-offs'].post").exists());
  }

  private String coltForEli(String more) {
    return """
        {"discharge":false,"lines":[{"weaponId":"%s","performerId":"%s","pointed":false,
          "replicaReason":"The cylinder turns in close-up; a replica's does not."}]%s}"""
        .formatted(set.colt, set.person("eli.actor"), more);
  }

  private ResultActions send(String who, String path, String body) throws Exception {
    return mvc.perform(post(path).header("Authorization", crew.bearer(set.who(who)))
        .contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
