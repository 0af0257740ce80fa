package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The crew's reporting screens: report from the form, act on it, stop work in two taps, the public link. */
@SetSafeTest
class ReportingPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;

  private Production western;
  private String base;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
    base = "/productions/" + western.id();
  }

  @Test
  void aCrewMemberReportsFromTheFormWithAPhotoAndTheSafetyAdvisorActsOnIt() throws Exception {
    mvc.perform(get(base + "/reports/new").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("Report a hazard")));
    MvcResult filed = mvc.perform(multipart(base + "/reports")
            .file(new MockMultipartFile("photo", "clamp.png", "image/png", ReportingApiTest.PNG))
            .param("category", "ELECTRICAL").param("severity", "HIGH").param("title", "Open junction box by the bar")
            .param("description", "Live wires showing at knee height").param("location", "Saloon set")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    String page = filed.getResponse().getRedirectedUrl();
    assertThat(page).startsWith(base + "/reports/");
    mvc.perform(get(page).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(containsString("Open junction box by the bar")))
        .andExpect(content().string(containsString("Tess Lindqvist")))
        .andExpect(content().string(containsString("/photos/")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Acknowledge</button>"))));
    mvc.perform(post(page + "/acknowledge").with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("Acknowledged")));
    mvc.perform(get(page).with(crew.signedIn("tess.grip")))
        .andExpect(content().string(containsString("Confirm it is fixed")));
    mvc.perform(get(page).with(crew.signedIn("marcus.camera")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Confirm it is fixed"))));
    mvc.perform(post(page + "/resolution").param("text", "Box closed and taped off; electrician checked")
            .with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(flash().attribute("notice", "Resolved."));
    mvc.perform(get(page).with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("Box closed and taped off; electrician checked")))
        .andExpect(content().string(containsString("Samira Haddad")));
  }

  @Test
  void aFormMissingItsCategoryIsShownAgainNamingWhatIsMissingAndNothingIsFiled() throws Exception {
    long before = jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single();
    mvc.perform(post(base + "/reports").param("severity", "HIGH").param("title", "No category")
            .param("description", "x").with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isOk()).andExpect(content().string(containsString("category is required")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void stopWorkTakesTwoTapsAndTheSceneShowsStoppedUntilTheSafetyAdvisorResumesIt() throws Exception {
    Scene scene = SystemActor.call(() -> schedule.scenes(western.id())).stream()
        .filter(s -> s.number().equals("12")).findFirst().orElseThrow();
    mvc.perform(get(base + "/stop-work").with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("Stop Sc. 12")));
    mvc.perform(get(base + "/stop-work").param("sceneId", scene.id().toString()).with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("Stop work on Sc. 12?")))
        .andExpect(content().string(containsString("Stop work now")));
    mvc.perform(post(base + "/stop-work").param("sceneId", scene.id().toString())
            .with(crew.signedIn("june.actor")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("Work is stopped")));
    mvc.perform(get(base).with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("WORK STOPPED")));
    mvc.perform(get(base + "/schedule").with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("WORK STOPPED")));
    UUID stop = jdbc.sql("SELECT s.id FROM stop_work s WHERE s.scene_id = ? AND NOT EXISTS "
        + "(SELECT 1 FROM work_resumption r WHERE r.stop_work_id = s.id)").param(scene.id()).query(UUID.class).single();
    mvc.perform(post(base + "/stop-work/" + stop + "/resume").param("whySafe", "All clear")
            .with(crew.signedIn("dana.ad")).with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(post(base + "/stop-work/" + stop + "/resume").param("whySafe", "Rig re-checked by the key grip")
            .with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("Work resumes")));
    mvc.perform(get(base + "/stop-work").with(crew.signedIn("june.actor")))
        .andExpect(content().string(containsString("Stop Sc. 12")));
    mvc.perform(get(base + "/schedule").with(crew.signedIn("june.actor")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("WORK STOPPED"))));
  }

  @Test
  void theCrewSeesThePublicLinkAndItsQrCode() throws Exception {
    mvc.perform(get(base + "/reports/public-link").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andExpect(content().string(containsString("/public/report/")));
    mvc.perform(get(base + "/reports/public-link/qr.svg").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
        .andExpect(content().string(containsString("<svg")));
  }
}
