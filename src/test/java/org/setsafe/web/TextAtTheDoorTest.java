package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.production.Production;
import org.setsafe.shared.TextRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text is refused at the door with the field and the rule named, before any service runs: a NUL in a hazard
 * report never reaches the database (PostgreSQL cannot store it), and never comes back as a 409 or a 500.
 */
@SetSafeTest
class TextAtTheDoorTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;

  private Production western;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
  }

  @Test
  void aNulInAJsonFieldIsRefusedNamingTheFieldAndNothingIsFiled() throws Exception {
    long before = reports();
    fileByApi("{\"category\":\"FIREARMS\",\"severity\":\"HIGH\",\"title\":\"Gun on the cart\\u0000\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("title"))
        .andExpect(jsonPath("$.errors[0].rule").value(TextRule.NO_CONTROL_CHARACTERS))
        .andExpect(jsonPath("$.detail").value(containsString("U+0000")));
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void halfACharacterInAJsonFieldIsRefusedNamingTheFieldNotA500() throws Exception {
    fileByApi("{\"category\":\"FIREARMS\",\"severity\":\"HIGH\",\"title\":\"Cart\",\"description\":\"by \\ud800 door\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("description"))
        .andExpect(jsonPath("$.errors[0].rule").value(TextRule.NO_UNPAIRED_SURROGATES));
  }

  @Test
  void aJsonTextsLineBreaksAreStoredAsLineFeeds() throws Exception {
    String id = JsonPath.read(fileByApi("{\"category\":\"OTHER\",\"severity\":\"LOW\",\"title\":\"Cables\","
            + "\"description\":\"Across the door\\r\\nby the church\"}")
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    assertThat(jdbc.sql("SELECT description FROM hazard_report WHERE id = ?").param(UUID.fromString(id))
        .query(String.class).single()).isEqualTo("Across the door\nby the church");
  }

  @Test
  void aControlCharacterInAQueryParameterIsRefusedNamingTheParameter() throws Exception {
    mvc.perform(delete("/api/productions/" + western.id() + "/safety-contacts").param("kind", "MEDIC\u001b")
            .header("Authorization", crew.bearer("grace.producer")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("kind"))
        .andExpect(jsonPath("$.errors[0].rule").value(TextRule.NO_CONTROL_CHARACTERS));
  }

  @Test
  void aNulInAFormFieldGetsAReadablePageAndNothingIsFiled() throws Exception {
    long before = reports();
    mvc.perform(multipart("/productions/" + western.id() + "/reports")
            .param("category", "ELECTRICAL").param("severity", "HIGH").param("title", "Open junction box")
            .param("description", "Live wires\u0000 at knee height").param("location", "Saloon set")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(containsString("description contains an invisible control character")));
    assertThat(reports()).isEqualTo(before);
  }

  @Test
  void aFormsLineBreaksAreStoredAsLineFeeds() throws Exception {
    String page = mvc.perform(multipart("/productions/" + western.id() + "/reports")
            .param("category", "OTHER").param("severity", "LOW").param("title", "Loose rug")
            .param("description", "At the saloon door\r\nand on the stairs\rtoo").param("location", "Saloon set")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
    assertThat(jdbc.sql("SELECT description FROM hazard_report WHERE id = ?").param(id).query(String.class).single())
        .isEqualTo("At the saloon door\nand on the stairs\ntoo");
  }

  @Test
  void aNulInTheSignInFormIsAWrongUsernameNotAServerError() throws Exception {
    mvc.perform(post("/login").param("username", "rosa\u0000armorer").param("password", Crew.PASSWORD).with(csrf())
            .with(request -> {
              request.setRemoteAddr("192.0.2.77"); // its own address, so the sign-in throttle of other tests is not fed
              return request;
            }))
        .andExpect(status().is3xxRedirection())
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/login?error"));
  }

  private org.springframework.test.web.servlet.ResultActions fileByApi(String json) throws Exception {
    return mvc.perform(post("/api/productions/" + western.id() + "/reports")
        .header("Authorization", crew.bearer("tess.grip"))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private long reports() {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single();
  }
}
