package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Administrators look after the installation: accounts, productions and who is on them. What happens on set (the
 * schedule, the meal break, wrap, the roster and the hours) is recorded by the production's crew; an administrator
 * who is not on the crew is refused with the reason, and the refusal is logged like every refused access decision.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class AdministratorOffCrewTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;

  private String admin;
  private String producer;
  private String production;
  private String day;

  @BeforeEach
  void aProductionTheAdministratorSetUpButIsNotCrewOn() throws Exception {
    admin = crew.bearer("demo.admin");
    producer = crew.bearer("grace.producer");
    production = JsonPath.read(send(admin, post("/api/productions"),
        "{\"name\":\"Copper Gulch " + UUID.randomUUID().toString().substring(0, 6) + "\",\"timeZone\":\"America/Denver\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    send(admin, post("/api/productions/" + production + "/members"),
        "{\"username\":\"grace.producer\",\"roles\":[\"PRODUCER\"]}").andExpect(status().isCreated());
    send(admin, post("/api/productions/" + production + "/members"),
        "{\"username\":\"tess.grip\",\"roles\":[\"CREW\"],\"department\":\"Grip\"}").andExpect(status().isCreated());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Denver"));
    day = JsonPath.read(send(producer, post("/api/productions/" + production + "/shooting-days"),
        "{\"date\":\"" + today + "\",\"callTime\":\"06:30\",\"location\":\"Stage 2\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
  }

  private ResultActions send(String token, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder
      request, String json) throws Exception {
    return mvc.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private void refusedWithTheReason(ResultActions result) throws Exception {
    result.andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("recorded by the production's crew")));
  }

  @Test
  void anAdministratorOffTheCrewCallsNeitherTheMealBreakNorWrap(CapturedOutput output) throws Exception {
    refusedWithTheReason(send(admin, post("/api/productions/" + production + "/meal-break"), ""));
    refusedWithTheReason(send(admin, post("/api/productions/" + production + "/wrap"), ""));
    refusedWithTheReason(send(admin, put("/api/productions/" + production + "/shooting-days/" + day + "/plan"),
        "{\"mealBreak\":\"12:30\",\"wrap\":\"19:00\"}"));
    refusedWithTheReason(send(admin, post("/api/productions/" + production + "/shooting-days"),
        "{\"date\":\"2030-01-02\",\"callTime\":\"06:30\",\"location\":\"Stage 2\"}"));
    assertThat(output).contains("access refused: user=demo.admin request=MANAGE_SCHEDULE on production " + production
        + " reason=administrator not on the crew");

    // the crew's producer still calls it
    send(producer, post("/api/productions/" + production + "/meal-break"), "").andExpect(status().isOk());
  }

  @Test
  void anAdministratorOffTheCrewKeepsNeitherTheRosterNorTheHours(CapturedOutput output) throws Exception {
    refusedWithTheReason(send(admin, post("/api/productions/" + production + "/staffing/days/" + day + "/roster"),
        "{\"personId\":\"" + crew.id("tess.grip") + "\",\"duty\":\"CREW\"}"));
    refusedWithTheReason(send(admin, post("/api/productions/" + production + "/staffing/hours"),
        "{\"personId\":\"" + crew.id("tess.grip") + "\",\"date\":\"2026-01-05\",\"on\":\"06:30\",\"off\":\"18:00\"}"));
    assertThat(output).contains("access refused: user=demo.admin");
  }

  @Test
  void anAdministratorOnThePageIsRefusedTheMealBreakToo() throws Exception {
    mvc.perform(post("/productions/{p}/schedule/meal-break", production).with(csrf()).with(crew.signedIn("demo.admin")))
        .andExpect(status().isForbidden());
  }

  @Test
  void anAdministratorStillSeesTheProductionAddsItsPeopleAndExportsItsEvidence() throws Exception {
    mvc.perform(get("/api/productions/" + production).header("Authorization", admin)).andExpect(status().isOk());
    send(admin, post("/api/productions/" + production + "/members"),
        "{\"username\":\"dana.ad\",\"roles\":[\"FIRST_AD\"]}").andExpect(status().isCreated());
    mvc.perform(get("/api/productions/" + production + "/ledger").header("Authorization", admin))
        .andExpect(status().isOk());
  }
}
