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
import org.setsafe.LedgerLanding;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.http.MediaType;
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
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose what kind of hazard it is.")))
        .andExpect(content().string(containsString("value=\"No category\"")))
        .andExpect(content().string(containsString("<option value=\"HIGH\" selected=\"selected\">")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void theFormChoosesNoSeverityKeepsTheResignationBoxAwayFromSendingAndSaysWhoseNameGoesWithIt() throws Exception {
    String form = mvc.perform(get(base + "/reports/new").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).doesNotContain("selected=\"selected\"");
    assertThat(form).contains("<select id=\"severity\" name=\"severity\" required>");
    String sayAs = form.substring(form.indexOf("data-testid=\"reported-as\""));
    assertThat(sayAs).startsWith("data-testid=\"reported-as\">This will be reported under your name,");
    assertThat(sayAs.substring(0, sayAs.indexOf("</p>"))).contains("Tess Lindqvist");
    int resignation = form.indexOf("name=\"resignation\"");
    int stated = form.indexOf("data-testid=\"reported-as\"");
    int send = form.indexOf(">Report it</button>");
    assertThat(resignation).isPositive().isLessThan(form.indexOf("id=\"sceneId\""));
    assertThat(form.indexOf("id=\"photo\"")).isGreaterThan(resignation).isLessThan(stated);
    assertThat(stated).isLessThan(send);

    long before = jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single();
    mvc.perform(post(base + "/reports").param("category", "HEIGHTS").param("title", "Ladder without a foot")
            .param("description", "Nobody footing the ladder by the flats").param("resignation", "true")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Choose how bad it is.")))
        .andExpect(content().string(containsString("Nobody footing the ladder by the flats")))
        .andExpect(content().string(containsString("value=\"true\" checked=\"checked\"")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM hazard_report").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void studioSafetyReadsReportsAndIsOfferedNoStepItMayNotTakeAndARefusalKeepsWhatWasTyped() throws Exception {
    mvc.perform(multipart(base + "/reports").param("category", "OTHER").param("severity", "LOW")
            .param("title", "Cable across the walkway").param("description", "By the honeywagon")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    UUID report = jdbc.sql("SELECT id FROM hazard_report WHERE title = 'Cable across the walkway'").query(UUID.class)
        .single();
    String list = mvc.perform(get(base + "/reports").with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(list).contains("Cable across the walkway").doesNotContain(">Report a hazard</a>")
        .doesNotContain(">Stop work</a>");
    String page = mvc.perform(get(base + "/reports/" + report).with(crew.signedIn("demo.studio")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("data-testid=\"read-only\"").doesNotContain("Add comment")
        .doesNotContain(">Acknowledge</button>");
    mvc.perform(get(base + "/reports/new").with(crew.signedIn("demo.studio")))
        .andExpect(content().string(containsString("data-testid=\"not-on-crew\"")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(">Report it</button>"))));
    mvc.perform(get(base + "/stop-work").with(crew.signedIn("demo.studio")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Stop the whole production"))));

    // Asked all the same (an old tab), the refusal comes back on the page with the words still in the box.
    mvc.perform(post(base + "/reports/" + report + "/comments").param("text", "Studio wants this fixed by call time")
            .with(crew.signedIn("demo.studio")).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Studio wants this fixed by call time")));
    mvc.perform(post(base + "/reports/" + report + "/acknowledge").param("text", "Seen it, on my way")
            .with(crew.signedIn("marcus.camera")).with(csrf()))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Only the safety advisor")))
        .andExpect(content().string(containsString("Seen it, on my way")));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_step WHERE report_id = ?").param(report).query(Long.class)
        .single()).isZero();
  }

  @Test
  void aStepTheReportHasMovedPastIsRefusedInWordsWithoutTheRulesCodeAndOnRecord() throws Exception {
    UUID report = acknowledgedBySam("Sandbag missing on the C-stand");
    String page = base + "/reports/" + report;

    // The 1st AD's tab is older: she acknowledges what Samira already has.
    String refused = mvc.perform(post(page + "/acknowledge").param("text", "On it").with(crew.signedIn("dana.ad"))
            .with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("data-testid=\"refusal\"")
        .contains("Refused: A report moves only along its lifecycle.")
        .contains("a report that is acknowledged cannot be acknowledged")
        .contains("This refusal is on record.").contains("On it")
        .doesNotContain("Transition");
  }

  @Test
  void aRefusedStepSentAgainWithItsKeyIsAnsweredWithTheSameRefusalAndRecordedOnce() throws Exception {
    UUID report = acknowledgedBySam("Cable run across the fire lane");
    String page = base + "/reports/" + report;

    // Dana's phone sends her acknowledgment with one bar: the refusal reaches the server, its answer does not, and
    // the phone sends the same step again with the same key.
    String key = UUID.randomUUID().toString();
    var first = mvc.perform(post(page + "/acknowledge").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("text", "On it").param("_idempotencyKey", key).with(crew.signedIn("dana.ad")).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse();
    var again = mvc.perform(post(page + "/acknowledge").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .param("text", "On it").param("_idempotencyKey", key).with(crew.signedIn("dana.ad")).with(csrf()))
        .andExpect(status().isConflict()).andReturn().getResponse();
    assertThat(again.getHeader("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString())
        .contains("a report that is acknowledged cannot be acknowledged");
    LedgerLanding.awaitFactsMentioning(jdbc, report);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'reporting.refused' AND leaf LIKE ?")
        .param("%" + report + "%").query(Long.class).single()).as("the refusal is on record once").isEqualTo(1);
  }

  /** A report Tess files on the western and the safety advisor acknowledges at once. */
  private UUID acknowledgedBySam(String what) throws Exception {
    String title = what + " " + UUID.randomUUID().toString().substring(0, 6);
    mvc.perform(multipart(base + "/reports").param("category", "OTHER").param("severity", "LOW")
            .param("title", title).param("description", "Stage 2, by the door")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().is3xxRedirection());
    UUID report = jdbc.sql("SELECT id FROM hazard_report WHERE title = ?").param(title).query(UUID.class).single();
    mvc.perform(post(base + "/reports/" + report + "/acknowledge").with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("Acknowledged")));
    return report;
  }

  @Test
  void stopWorkListsTodaysScenesInScriptOrderWithWhatHappensInThemAndTheWholeProduction() throws Exception {
    String page = mvc.perform(get(base + "/stop-work").with(crew.signedIn("tess.grip")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String today = page.substring(page.indexOf("data-testid=\"todays-scenes\""), page.indexOf("data-testid=\"stop-whole\""));
    assertThat(today).contains("Stop Sc. 12</strong>").contains("Stop Sc. 12A</strong>")
        .contains("Church interior: the Marshal confronts Cole.").doesNotContain("Stop Sc. 7<");
    assertThat(today.indexOf("Stop Sc. 12</strong>")).isLessThan(today.indexOf("Stop Sc. 12A</strong>"));
    String others = page.substring(page.indexOf("data-testid=\"other-scenes\""));
    assertThat(others.indexOf("Stop Sc. 7</strong>")).isLessThan(others.indexOf("Stop Sc. 19</strong>"));
    assertThat(others.indexOf("Stop Sc. 19</strong>")).isLessThan(others.indexOf("Stop Sc. 34</strong>"));

    mvc.perform(post(base + "/stop-work").param("wholeProduction", "true").param("reason", "Smoke in the stables")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("whole production")));
    // A second call while the first is in force is refused, with the reason still in the box.
    mvc.perform(post(base + "/stop-work").param("wholeProduction", "true").param("reason", "Horses loose")
            .with(crew.signedIn("dana.ad")).with(csrf()))
        .andExpect(status().isConflict())
        .andExpect(content().string(containsString("value=\"Horses loose\"")));
    UUID stop = jdbc.sql("SELECT s.id FROM stop_work s WHERE s.scene_id IS NULL AND NOT EXISTS "
        + "(SELECT 1 FROM work_resumption r WHERE r.stop_work_id = s.id)").query(UUID.class).single();
    mvc.perform(post(base + "/stop-work/" + stop + "/resume").param("whySafe", "")
            .with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(post(base + "/stop-work/" + stop + "/resume").param("whySafe", "Stables aired, vet checked the horses")
            .with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(flash().attribute("notice", containsString("Work resumes")));
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
