package org.setsafe.protocol;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.web.util.HtmlUtils;

/** The risk assessment pages and API, as the safety advisor, the armorer and an actor use them. */
@SetSafeTest
class RiskPagesAndApiTest {

  private static final String FIREARMS_HAZARD = """
      {"hazards":[{"category":"FIREARMS","whatCouldGoWrong":"Blank fired toward the altar; wadding hits someone.",
        "likelihood":3,"severity":5,
        "controls":[{"level":"SUBSTITUTION","description":"Muzzle flash added in VFX for the wide shot."},
                    {"level":"ADMINISTRATIVE","description":"Nobody within 20 ft of the muzzle; armorer calls it."}],
        "residualLikelihood":%d,"residualSeverity":%d}]%s}""";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private RiskProduction own;
  private String api;
  private String page;

  @BeforeEach
  void callTime() {
    own = RiskProduction.create(crew, productions, accounts, schedule, "Altar Call Pages");
    api = "/api/productions/" + own.id() + "/risk-assessments";
    page = "/productions/" + own.id() + "/protocol/risk";
  }

  @Test
  void theSafetyAdvisorDraftsAndTheArmorerSignsOnTheApi() throws Exception {
    mvc.perform(get(api + "/scenes/" + own.sceneId()).header("Authorization", crew.bearer(own.user("rosa.armorer")))
            .header("Accept-Language", "es"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("the scene has no risk assessment yet"));
    mvc.perform(post(api + "/scenes/" + own.sceneId() + "/versions")
            .header("Authorization", crew.bearer(own.user("sam.safety")))
            .contentType(MediaType.APPLICATION_JSON).content(FIREARMS_HAZARD.formatted(1, 4, "")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.version").value(1))
        .andExpect(jsonPath("$.current.hazards[0].rating").value(15))
        .andExpect(jsonPath("$.current.hazards[0].band").value("high"))
        .andExpect(jsonPath("$.current.hazards[0].residualBand").value("low"))
        .andExpect(jsonPath("$.approval.approved").value(false))
        .andExpect(jsonPath("$.approval.missing[0]").value("SAFETY_ADVISOR"));

    // Dana is not the armorer: refused, 403.
    mvc.perform(post(api + "/scenes/" + own.sceneId() + "/sign-offs")
            .header("Authorization", crew.bearer(own.user("dana.ad")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"duty\":\"FIREARMS\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(containsString("armorer or property master")));
    mvc.perform(post(api + "/scenes/" + own.sceneId() + "/sign-offs")
            .header("Authorization", crew.bearer(own.user("rosa.armorer")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"duty\":\"FIREARMS\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.current.signOffs[0].duty").value("FIREARMS"))
        .andExpect(jsonPath("$.current.signOffs[0].location").value("Stage 4"));
    mvc.perform(post(api + "/scenes/" + own.sceneId() + "/sign-offs")
            .header("Authorization", crew.bearer(own.user("sam.safety")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"duty\":\"SAFETY_ADVISOR\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.approval.approved").value(true));

    // An actor may read it, not draft it.
    mvc.perform(get(api + "/scenes/" + own.sceneId()).header("Authorization", crew.bearer(own.user("eli.actor"))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.approval.approved").value(true));
    mvc.perform(post(api + "/general/versions").header("Authorization", crew.bearer(own.user("eli.actor")))
            .contentType(MediaType.APPLICATION_JSON).content(FIREARMS_HAZARD.formatted(1, 4, "")))
        .andExpect(status().isForbidden());
  }

  @Test
  void badInputIsAProblemNamingTheFieldAndTheRule() throws Exception {
    String sam = crew.bearer(own.user("sam.safety"));
    mvc.perform(post(api + "/general/versions").header("Authorization", sam).contentType(MediaType.APPLICATION_JSON)
            .content(FIREARMS_HAZARD.formatted(6, 4, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards[0].residualLikelihood"))
        .andExpect(jsonPath("$.errors[0].rule").value("Max"));
    mvc.perform(post(api + "/general/versions").header("Authorization", sam).contentType(MediaType.APPLICATION_JSON)
            .content(FIREARMS_HAZARD.formatted(5, 5, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("residualSeverity"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotAboveInitial"));
    mvc.perform(post(api + "/general/versions").header("Authorization", sam).contentType(MediaType.APPLICATION_JSON)
            .content(FIREARMS_HAZARD.formatted(1, 4, "")))
        .andExpect(status().isCreated());
    // An edit says why.
    mvc.perform(post(api + "/general/versions").header("Authorization", sam).contentType(MediaType.APPLICATION_JSON)
            .content(FIREARMS_HAZARD.formatted(1, 4, "")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason"));
    mvc.perform(put(api + "/producer-threshold").header("Authorization", crew.bearer(own.user("grace.producer")))
            .contentType(MediaType.APPLICATION_JSON).content("{\"highResidualRating\":30}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("highResidualRating"));
    mvc.perform(put(api + "/producer-threshold").header("Authorization", sam)
            .contentType(MediaType.APPLICATION_JSON).content("{\"highResidualRating\":10}"))
        .andExpect(status().isForbidden());
  }

  /** A category is GENERAL or a hazard marked on scenes; the API says so, and refuses a hazard only reported. */
  @Test
  void aCategoryIsGeneralOrASceneHazard() throws Exception {
    mvc.perform(get("/api/openapi")).andExpect(status().isOk())
        .andExpect(jsonPath("$.components.schemas.HazardBody.properties.category.enum").value(
            org.hamcrest.Matchers.contains("GENERAL", "FIREARMS", "STUNTS", "PYROTECHNICS", "VEHICLES", "HEIGHTS",
                "WATER", "ANIMALS")));
    mvc.perform(post(api + "/general/versions").header("Authorization", crew.bearer(own.user("sam.safety")))
            .contentType(MediaType.APPLICATION_JSON)
            .content(FIREARMS_HAZARD.formatted(1, 4, "").replace("\"FIREARMS\"", "\"FATIGUE_HOURS\"")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("hazards[0].category"));
  }

  @Test
  void aSpanishReaderReadsWhyAnAssessmentDoesNotStandInSpanish() throws Exception {
    // The scene's own page and the general page's list of high-risk scenes: the standing's reason in her words.
    for (String where : java.util.List.of(page + "/scenes/" + own.sceneId(), page)) {
      mvc.perform(get(where).with(crew.signedIn(own.user("sam.safety"))).header("Accept-Language", "es"))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("no tiene evaluación de riesgos (California Labor Code §9152)")))
          .andExpect(content().string(not(containsString("has no risk assessment"))));
    }
  }

  @Test
  void aSpanishReadingSafetyAdvisorTypesTheLevelsOfControlInSpanishAndReadsThemBackSo() throws Exception {
    String scenePage = page + "/scenes/" + own.sceneId();
    mvc.perform(post(scenePage + "/versions").with(csrf()).with(crew.signedIn(own.user("sam.safety")))
            .header("Accept-Language", "es")
            .param("rows[0].category", "FIREARMS")
            .param("rows[0].whatCouldGoWrong", "Fogueo disparado hacia el altar.")
            .param("rows[0].likelihood", "3").param("rows[0].severity", "5")
            .param("rows[0].controls", "Ingeniería: escudo de Lexan delante de la cámara\nEPP: protección auditiva\n"
                + "administrativo: nadie a menos de 20 pies\nSUSTITUCION: fogonazo en VFX\nENGINEERING: cámara remota")
            .param("rows[0].residualLikelihood", "1").param("rows[0].residualSeverity", "4"))
        .andExpect(status().is3xxRedirection());

    // Stored as levels: the API reads them as the codes, whoever typed them in whichever language.
    mvc.perform(get(api + "/scenes/" + own.sceneId()).header("Authorization", crew.bearer(own.user("sam.safety"))))
        .andExpect(jsonPath("$.current.hazards[0].controls[*].level").value(org.hamcrest.Matchers.contains(
            "ENGINEERING", "PPE", "ADMINISTRATIVE", "SUBSTITUTION", "ENGINEERING")));
    // The form writes each level back in the reader's words, to be edited as it was typed.
    String spanish = HtmlUtils.htmlUnescape(mvc.perform(get(scenePage).with(crew.signedIn(own.user("sam.safety")))
        .header("Accept-Language", "es")).andReturn().getResponse().getContentAsString());
    org.assertj.core.api.Assertions.assertThat(spanish)
        .contains("INGENIERÍA: escudo de Lexan delante de la cámara", "EPP: protección auditiva",
            "ELIMINACIÓN, SUSTITUCIÓN, INGENIERÍA, ADMINISTRATIVO, EPP")
        .doesNotContain("ENGINEERING:");
    String english = HtmlUtils.htmlUnescape(mvc.perform(get(scenePage).with(crew.signedIn(own.user("sam.safety"))))
        .andReturn().getResponse().getContentAsString());
    org.assertj.core.api.Assertions.assertThat(english)
        .contains("ENGINEERING: escudo de Lexan delante de la cámara", "PPE: protección auditiva");
    // A word that names no level is refused in her words, naming the levels she can type.
    mvc.perform(post(scenePage + "/versions").with(csrf()).with(crew.signedIn(own.user("sam.safety")))
            .header("Accept-Language", "es")
            .param("rows[0].category", "FIREARMS").param("rows[0].whatCouldGoWrong", "Fogueo disparado.")
            .param("rows[0].likelihood", "3").param("rows[0].severity", "5")
            .param("rows[0].controls", "Escudo: Lexan").param("rows[0].residualLikelihood", "1")
            .param("rows[0].residualSeverity", "4").param("reason", "Más detalle"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("con el nivel ELIMINACIÓN, SUSTITUCIÓN, INGENIERÍA, ADMINISTRATIVO o EPP")));
  }

  @Test
  void aSpanishReaderReadsWhyEachSignOffLapsedInSpanishAndTheApiKeepsTheEnglish() throws Exception {
    mvc.perform(post(api + "/scenes/" + own.sceneId() + "/versions")
            .header("Authorization", crew.bearer(own.user("sam.safety")))
            .contentType(MediaType.APPLICATION_JSON).content(FIREARMS_HAZARD.formatted(1, 4, "")))
        .andExpect(status().isCreated());
    for (String[] signs : new String[][] {{"sam.safety", "SAFETY_ADVISOR"}, {"rosa.armorer", "FIREARMS"}}) {
      mvc.perform(post(api + "/scenes/" + own.sceneId() + "/sign-offs")
              .header("Authorization", crew.bearer(own.user(signs[0])))
              .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"duty\":\"" + signs[1] + "\"}"))
          .andExpect(status().isCreated());
    }
    org.setsafe.identity.SystemActor.call(() -> schedule.scheduleScene(own.id(), own.sceneId(), own.tomorrowId()));

    String scene = page + "/scenes/" + own.sceneId();
    mvc.perform(get(scene).with(crew.signedIn(own.user("sam.safety"))).header("Accept-Language", "es"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Vencida: la escena 12A pasó de ")))
        .andExpect(content().string(containsString(" en Cerro Pelon Ranch después de firmarse; hay que firmarla otra vez")))
        .andExpect(content().string(not(containsString("moved from"))));
    mvc.perform(get(scene).with(crew.signedIn(own.user("sam.safety"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Lapsed: scene 12A moved from ")))
        .andExpect(content().string(not(containsString("Vencida"))));
    mvc.perform(get(api + "/scenes/" + own.sceneId()).header("Authorization", crew.bearer(own.user("sam.safety")))
            .header("Accept-Language", "es"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.approval.lapses[0]").value(containsString("scene 12A moved from ")))
        .andExpect(jsonPath("$.approval.lapseWords").doesNotExist());
  }

  @Test
  void onThePagesTheSafetyAdvisorDraftsAndTheArmorerSignsWithOneButton() throws Exception {
    mvc.perform(get(page + "/scenes/" + own.sceneId()).with(crew.signedIn(own.user("sam.safety"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("has no risk assessment")))
        .andExpect(content().string(containsString("Save as a new version")));

    mvc.perform(post(page + "/scenes/" + own.sceneId() + "/versions").with(csrf())
            .with(crew.signedIn(own.user("sam.safety")))
            .param("rows[0].category", "FIREARMS")
            .param("rows[0].whatCouldGoWrong", "Blank fired toward the altar.")
            .param("rows[0].likelihood", "3").param("rows[0].severity", "5")
            .param("rows[0].controls", "Engineering: Lexan shield in front of the camera\nPPE: ear protection")
            .param("rows[0].residualLikelihood", "1").param("rows[0].residualSeverity", "4"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl(page + "/scenes/" + own.sceneId()));

    // A control without its level is refused with a readable message, nothing saved.
    mvc.perform(post(page + "/scenes/" + own.sceneId() + "/versions").with(csrf())
            .with(crew.signedIn(own.user("sam.safety")))
            .param("rows[0].category", "FIREARMS").param("rows[0].whatCouldGoWrong", "Blank fired.")
            .param("rows[0].likelihood", "3").param("rows[0].severity", "5")
            .param("rows[0].controls", "a shield").param("rows[0].residualLikelihood", "1")
            .param("rows[0].residualSeverity", "4").param("reason", "More detail"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("LEVEL: what is done")));

    mvc.perform(get(page + "/scenes/" + own.sceneId()).with(crew.signedIn(own.user("rosa.armorer"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Sign version 1 as the armorer or property master")))
        .andExpect(content().string(containsString("Lexan shield")))
        .andExpect(content().string(not(containsString("Save as a new version"))));
    mvc.perform(post(page + "/scenes/" + own.sceneId() + "/sign").with(csrf())
            .with(crew.signedIn(own.user("rosa.armorer"))).param("version", "1").param("duty", "FIREARMS"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page + "/scenes/" + own.sceneId()).with(crew.signedIn(own.user("rosa.armorer"))))
        .andExpect(content().string(not(containsString("Sign version 1 as"))))
        .andExpect(content().string(containsString("Not approved.")))
        .andExpect(content().string(containsString(">the safety advisor<")));

    // The actor may not draft: 403 page.
    mvc.perform(post(page + "/versions").with(csrf()).with(crew.signedIn(own.user("eli.actor")))
            .param("rows[0].category", "GENERAL").param("rows[0].whatCouldGoWrong", "Heat.")
            .param("rows[0].likelihood", "2").param("rows[0].severity", "2")
            .param("rows[0].controls", "Administrative: water and shade").param("rows[0].residualLikelihood", "1")
            .param("rows[0].residualSeverity", "2"))
        .andExpect(status().isForbidden());
    mvc.perform(get(page).with(crew.signedIn(own.user("eli.actor"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("no general risk assessment")))
        .andExpect(content().string(containsString("Scene 12A")));
  }
}
