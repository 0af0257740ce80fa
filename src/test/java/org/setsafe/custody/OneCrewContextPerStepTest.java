package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.setsafe.production.domain.ProductionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issuing a weapon asks many modules (the call sheet, the crew list, the plan, the assessment, the meeting, the
 * staffing) about one production; who is asking there is read from the database once for the whole step, not
 * once per module.
 */
@SetSafeTest
class OneCrewContextPerStepTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @MockitoSpyBean ProductionStore productions;

  @Test
  void anIssueResolvesWhoIsAskingOnce() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String rosa = crew.bearer("rosa.armorer");
    String weapon = readyToIssue(western, rosa);
    UUID scene = todaysScene(western);
    crew.readyToShoot(western.id(), scene, UUID.fromString(weapon), crew.id("eli.actor"));
    clearInvocations(productions);

    send(rosa, "/api/productions/" + western.id() + "/custody/weapons/" + weapon + "/issue",
        "{\"performerId\":\"" + crew.id("eli.actor") + "\",\"sceneId\":\"" + scene + "\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.state").value("ISSUED"));

    // Custody, the call sheet, the crew list and each scene-safety gate all ask who is asking; it is read once.
    assertThat(readsOf("rolesOf", western.id(), crew.id("rosa.armorer")))
        .as("the armorer's roles on the production, read for the issue").isEqualTo(1);
  }

  /** How often the production store was asked this, with these arguments, since the step began. */
  private long readsOf(String method, Object... arguments) {
    return mockingDetails(productions).getInvocations().stream()
        .filter(call -> call.getMethod().getName().equals(method))
        .filter(call -> List.of(call.getArguments()).equals(List.of(arguments)))
        .count();
  }

  private String readyToIssue(Production western, String rosa) throws Exception {
    String base = "/api/productions/" + western.id() + "/custody/weapons";
    String weapon = JsonPath.read(send(rosa, base, """
        {"kind":"FIREARM","serial":"C-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.weapon.id");
    String url = base + "/" + weapon;
    send(rosa, url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    send(rosa, url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    send(rosa, url + "/show-clear", "{\"witnesses\":[" + String.join(",", List.of("eli.actor", "dana.ad",
        "marcus.camera").stream().map(name -> "\"" + crew.id(name) + "\"").toList()) + "]}")
        .andExpect(status().isOk());
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      send(crew.bearer(witness), url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    return weapon;
  }

  /** A scene on today's call sheet naming its cast and camera head (the demo seeds one; made if the clock moved). */
  private UUID todaysScene(Production western) {
    return TodaysScene.of(schedule, crew, western);
  }

  private ResultActions send(String token, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
