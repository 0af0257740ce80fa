package org.setsafe.protocol;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A JSON value of the wrong kind (an object where a hazard's name or category is expected) is the caller's mistake:
 * a 400 that names the field, never a 500, and nothing written.
 */
@SetSafeTest
class JsonTypeMismatchTest {

  private static final String HAZARD = """
      {"hazards":[{"category":%s,"whatCouldGoWrong":%s,"likelihood":3,"severity":5,
        "controls":[{"level":"ADMINISTRATIVE","description":"Nobody within 20 ft of the muzzle."}],
        "residualLikelihood":1,"residualSeverity":4}]}""";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private RiskProduction own;

  @BeforeEach
  void callTime() {
    own = RiskProduction.create(crew, productions, accounts, schedule, "Type Mismatch");
  }

  private ResultActions draft(String body) throws Exception {
    return mvc.perform(post("/api/productions/" + own.id() + "/risk-assessments/general/versions")
        .header("Authorization", crew.bearer(own.user("sam.safety"))).contentType(MediaType.APPLICATION_JSON)
        .content(body));
  }

  @Test
  void aHazardCategorySentAsAnObjectIsA400NamingIt() throws Exception {
    draft(HAZARD.formatted("{\"name\":\"FIREARMS\"}", "\"Wadding hits someone.\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards[0].category"))
        .andExpect(jsonPath("$.errors[0].rule").value("Type"));
  }

  @Test
  void aHazardDescriptionSentAsAnObjectIsA400NamingIt() throws Exception {
    draft(HAZARD.formatted("\"FIREARMS\"", "{\"text\":\"Wadding hits someone.\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards[0].whatCouldGoWrong"))
        .andExpect(jsonPath("$.errors[0].rule").value("Type"));
  }

  @Test
  void anUnknownHazardCategoryIsA400NamingIt() throws Exception {
    draft(HAZARD.formatted("\"LIVE_ROUNDS\"", "\"Wadding hits someone.\""))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards[0].category"));
  }

  @Test
  void aSceneHazardSentAsAnObjectIsA400NamingIt() throws Exception {
    mvc.perform(put("/api/productions/" + own.id() + "/scenes/" + own.sceneId() + "/hazards")
            .header("Authorization", crew.bearer(own.user("grace.producer"))).contentType(MediaType.APPLICATION_JSON)
            .content("{\"hazards\":[{\"name\":\"FIREARMS\"}]}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards"));
  }
}
