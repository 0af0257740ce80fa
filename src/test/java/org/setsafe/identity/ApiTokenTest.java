package org.setsafe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class ApiTokenTest {

  @Autowired MockMvc mvc;
  @Autowired ApiTokens tokens;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;

  @Test
  void aTokenActsAsItsOwnerUntilRevokedThenIsRefusedAndLogged(CapturedOutput output) throws Exception {
    IssuedApiToken issued = tokens.issue(crew.id("rosa.armorer"), "Rosa's phone");
    mvc.perform(get("/api/me").header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.username").value("rosa.armorer"));

    mvc.perform(delete("/api/me/tokens/" + issued.id()).header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isNoContent());

    mvc.perform(get("/api/me").header("Authorization", "Bearer " + issued.token()))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.status").value(401));
    assertThat(output).contains("sign-in refused: user=token").contains("reason=unknown or revoked API token");
  }

  @Test
  void onlyAHashOfTheTokenIsStored() {
    IssuedApiToken issued = tokens.issue(crew.id("dana.ad"), "AD tablet");
    String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?").param(issued.id()).query(String.class).single();
    assertThat(stored).hasSize(64).isNotEqualTo(issued.token()).doesNotContain(issued.token().substring(4));
    assertThat(tokens.tokensOf(crew.id("dana.ad"))).anySatisfy(view -> {
      assertThat(view.id()).isEqualTo(issued.id());
      assertThat(issued.token()).startsWith(view.prefix());
    });
  }

  @Test
  void theApiRefusesCallsWithoutAToken(CapturedOutput output) throws Exception {
    mvc.perform(get("/api/productions")).andExpect(status().isUnauthorized());
    assertThat(output).contains("access refused: user=anonymous request=GET /api/productions reason=not signed in");
  }

  @Test
  void theApiIgnoresSessionCookiesSoCrossSiteRequestsCannotRideOnThem() throws Exception {
    MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
            .param("username", "demo.admin").param("password", Crew.PASSWORD))
        .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    mvc.perform(get("/productions").session(session)).andExpect(status().isOk());
    mvc.perform(post("/api/productions").session(session)
            .contentType("application/json").content("{\"name\":\"Forged\",\"timeZone\":\"UTC\"}"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aPerformerTryingAProducersActionIsRefusedAndLogged(CapturedOutput output) throws Exception {
    String western = crew.production(Crew.WESTERN).id().toString();
    mvc.perform(post("/api/productions/" + western + "/members").header("Authorization", crew.bearer("eli.actor"))
            .contentType("application/json").content("{\"username\":\"tess.grip\",\"roles\":[\"ARMORER\"]}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value("Your role on this production does not allow this (manage members)."));
    assertThat(output).contains("access refused: user=eli.actor request=MANAGE_MEMBERS on production " + western);
  }

  @Test
  void onlyAdministratorsReachTheMetrics() throws Exception {
    mvc.perform(get("/actuator/prometheus").header("Authorization", crew.bearer("grace.producer")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").header("Authorization", crew.bearer("demo.admin")))
        .andExpect(status().isOk());
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
  }
}
