package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A phone on a bad connection files a hazard report, never hears back and sends it again with the same
 * {@code Idempotency-Key}: one report, one escalation, and the second answer is the first one.
 */
@SetSafeTest
class RetriedReportTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;

  private Production western;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
  }

  @Test
  void aReportSentTwiceWithOneKeyIsFiledOnceAndEscalatedOnce() throws Exception {
    String title = "Live round on the prop cart " + UUID.randomUUID();
    String report = """
        {"category":"FIREARMS","severity":"CRITICAL","title":"%s","description":"Brass with a primer, by the church"}"""
        .formatted(title);
    String key = UUID.randomUUID().toString();

    MockHttpServletResponse first = fileAs("eli.actor", report, key);
    MockHttpServletResponse retry = fileAs("eli.actor", report, key);

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(reportsTitled(title)).isEqualTo(1);
    String reportId = JsonPath.read(first.getContentAsString(), "$.id");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
        "SELECT COUNT(*) FROM escalation WHERE report_id = ?").param(UUID.fromString(reportId))
        .query(Long.class).single()).isEqualTo(1));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation e JOIN hazard_report r ON r.id = e.report_id "
        + "WHERE r.title = ?").param(title).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void anAnonymousReportSentTwiceWithOneKeyIsFiledOnceAndAnsweredWithTheSameReceipt() throws Exception {
    String token = JsonPath.read(mvc.perform(get("/api/productions/" + western.id() + "/reports/public-link")
            .header("Authorization", crew.bearer("dana.ad"))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(), "$.token");
    String title = "Camera crew walked off over safety " + UUID.randomUUID();
    String report = """
        {"category":"OTHER","severity":"HIGH","title":"%s","description":"Nothing changed after the misfires"}"""
        .formatted(title);
    String key = UUID.randomUUID().toString();

    MockHttpServletResponse first = fileAnonymously(token, report, key);
    MockHttpServletResponse retry = fileAnonymously(token, report, key);

    assertThat(first.getStatus()).isEqualTo(201);
    assertThat(retry.getStatus()).isEqualTo(201);
    assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
    assertThat(reportsTitled(title)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithADifferentReportIsRefusedNamingTheHeaderAndFilesNothing() throws Exception {
    String title = "Cable across the church doorway " + UUID.randomUUID();
    String key = UUID.randomUUID().toString();
    assertThat(fileAs("tess.grip", """
        {"category":"OTHER","severity":"LOW","title":"%s","description":"Taped down now"}""".formatted(title), key)
        .getStatus()).isEqualTo(201);

    MockHttpServletResponse reused = fileAs("tess.grip", """
        {"category":"OTHER","severity":"HIGH","title":"%s","description":"Not taped after all"}""".formatted(title), key);

    assertThat(reused.getStatus()).isEqualTo(400);
    assertThat(JsonPath.<String>read(reused.getContentAsString(), "$.errors[0].field")).isEqualTo("Idempotency-Key");
    assertThat(JsonPath.<String>read(reused.getContentAsString(), "$.errors[0].rule")).isEqualTo("Reused");
    assertThat(reportsTitled(title)).isEqualTo(1);
  }

  @Test
  void anotherPersonsKeyIsTheirOwn() throws Exception {
    String key = UUID.randomUUID().toString();
    String title = "Dummy rounds kept loose " + UUID.randomUUID();
    String report = """
        {"category":"FIREARMS","severity":"HIGH","title":"%s","description":"In a coffee can"}""".formatted(title);

    fileAs("tess.grip", report, key);
    MockHttpServletResponse other = fileAs("eli.actor", report, key);

    assertThat(other.getStatus()).isEqualTo(201);
    assertThat(other.getHeader("Idempotent-Replayed")).isNull();
    assertThat(reportsTitled(title)).isEqualTo(2);
  }

  @Test
  void aDoubleTapOnTheReportPageFilesOneReport() throws Exception {
    String form = mvc.perform(get("/productions/" + western.id() + "/reports/new").with(crew.signedIn("eli.actor")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher rendered = Pattern.compile("name=\"_idempotencyKey\" value=\"(\\w+)\"").matcher(form);
    assertThat(rendered.find()).as("the form carries a key").isTrue();
    String title = "Gun left on the cart at lunch " + UUID.randomUUID();

    MockHttpServletResponse first = tap(rendered.group(1), title);
    MockHttpServletResponse second = tap(rendered.group(1), title);

    assertThat(first.getStatus()).isEqualTo(302);
    assertThat(second.getStatus()).isEqualTo(302);
    assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
    assertThat(reportsTitled(title)).isEqualTo(1);
  }

  @Test
  void aReportPageFormShownAgainWithItsProblemKeepsNothingSoTheCorrectedOneIsFiled() throws Exception {
    String key = UUID.randomUUID().toString().replace("-", "");
    String title = "Shield missing in front of camera " + UUID.randomUUID();

    MockHttpServletResponse shownAgain = tap(key, "");
    MockHttpServletResponse corrected = tap(key, title);

    // Shown again as bad input (a 400 naming the field), with nothing filed under the key.
    assertThat(shownAgain.getStatus()).isEqualTo(400);
    assertThat(shownAgain.getContentAsString()).contains("title");
    assertThat(corrected.getStatus()).isEqualTo(302);
    assertThat(corrected.getHeader("Idempotent-Replayed")).isNull();
    assertThat(reportsTitled(title)).isEqualTo(1);
  }

  private MockHttpServletResponse tap(String key, String title) throws Exception {
    return mvc.perform(multipart("/productions/" + western.id() + "/reports").param("_idempotencyKey", key)
        .param("category", "FIREARMS").param("severity", "HIGH").param("title", title)
        .param("description", "Nobody watching it").with(crew.signedIn("eli.actor")).with(csrf()))
        .andReturn().getResponse();
  }

  private MockHttpServletResponse fileAs(String who, String report, String key) throws Exception {
    return mvc.perform(post("/api/productions/" + western.id() + "/reports").header("Authorization", crew.bearer(who))
        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
  }

  private MockHttpServletResponse fileAnonymously(String token, String report, String key) throws Exception {
    return mvc.perform(post("/api/public/productions/" + token + "/reports").header("Idempotency-Key", key)
        .contentType(MediaType.APPLICATION_JSON).content(report)).andReturn().getResponse();
  }

  private long reportsTitled(String title) {
    return jdbc.sql("SELECT COUNT(*) FROM hazard_report WHERE title = ?").param(title).query(Long.class).single();
  }
}
