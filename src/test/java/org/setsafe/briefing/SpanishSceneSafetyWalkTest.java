package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A firearms day read in Spanish: the 1st AD and the safety advisor chose Spanish on their accounts, and whatever
 * their browsers say they read the call sheet (page and PDF), hold the safety meeting and open the scene's weapon
 * plan and risk assessment in Spanish, with no English heading or button left over. What the crew typed (the
 * location, the scene's description) stays as typed.
 */
@SetSafeTest
class SpanishSceneSafetyWalkTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired JdbcClient jdbc;

  private CallSheetProduction set;
  private ShootingDay day;
  private Scene scene;

  @BeforeEach
  void aFirearmsDayWithASpanishFirstAdAndSafetyAdvisor() {
    set = CallSheetProduction.create(accounts, productions, schedule, "Sierra Roja");
    set.addSafetyAdvisor();
    day = set.day(set.today(), "Rancho Bonanza");
    scene = set.scene(day, "12A", "Cole dispara un fogueo hacia el altar", Set.of(Hazard.FIREARMS),
        Set.of(set.person("eli.actor")), set.person("marcus.camera"));
    accounts.chooseLanguage(set.person("dana.ad"), "es");
    accounts.chooseLanguage(set.person("sam.safety"), "es");
  }

  @Test
  void theFirstAdReadsTheCallSheetAndItsPdfInSpanish() throws Exception {
    String sheet = "/productions/" + set.id() + "/schedule/days/" + day.id() + "/safety-sheet";

    assertThat(page("dana.ad", sheet)).contains("<html lang=\"es\"", "Hoja de llamado — sección de seguridad",
            "Abrir el PDF para imprimir", "El día", "Peligros por escena", "Esc. 12A", "Armas de fuego",
            "Juntas obligatorias", "Junta de seguridad obligatoria antes de entregar cualquier arma de fuego",
            "Contactos de seguridad", "Asesor de seguridad", "Hospital más cercano",
            "NO HAY HOSPITAL PARA ESTA LOCACIÓN.", "Trata toda arma de fuego como cargada.", "Rancho Bonanza",
            "Cole dispara un fogueo hacia el altar")
        .doesNotContain("Call sheet — safety section", "Open the PDF to print", "Hazards by scene", "Firearms",
            "Required meetings", "Safety contacts", "Nearest hospital", "Treat every firearm", "Safety advisor");

    byte[] pdf = mvc.perform(get(sheet + ".pdf").with(crew.signedIn(set.who("dana.ad")))
            .header("Accept-Language", "en-US"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    String printed;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
    assertThat(printed).contains("HOJA DE LLAMADO - SECCIÓN DE SEGURIDAD", "EL DÍA", "PELIGROS POR ESCENA",
            "ARMAS DE FUEGO", "JUNTAS OBLIGATORIAS", "HOSPITAL MÁS CERCANO", "NO HAY HOSPITAL PARA ESTA LOCACIÓN",
            "Llamado", "Rancho Bonanza", "Página 1 de " + pages(pdf))
        .doesNotContain("CALL SHEET", "THE DAY", "HAZARDS BY SCENE", "NEAREST HOSPITAL", "Treat every firearm",
            "Page 1 of");
  }

  @Test
  void theFirstAdOpensAndHoldsTheSafetyMeetingInSpanish() throws Exception {
    String meetings = "/productions/" + set.id() + "/briefing/meetings";

    assertThat(page("dana.ad", meetings)).contains("Junta de seguridad", "Abrir la junta de hoy",
            "Escenas que cubre", "Abrir la junta", "Temas", "Peligros: Armas de fuego", "Todavía no hay junta este día.")
        .doesNotContain("Open today&#39;s meeting", "Open the meeting", "Agenda", "Hazards:", "No meeting yet");

    mvc.perform(post(meetings).param("sceneIds", scene.id().toString())
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Junta abierta para 1 escena. Cada quien la confirma en su propio teléfono."));

    assertThat(page("dana.ad", meetings)).contains("Abierta a las", "Registrar como hecha", "0 confirmaron",
            "sin confirmar", "abierta")
        .doesNotContain("Record it held", "Opened ", "acknowledged</");

    // The performer acknowledges what he can read: the agenda as the meeting kept it, in his words.
    accounts.chooseLanguage(set.person("eli.actor"), "es");
    UUID meeting = jdbc.sql("SELECT id FROM safety_meeting WHERE production_id = ?").param(set.id())
        .query(UUID.class).single();
    assertThat(page("eli.actor", meetings + "/" + meeting + "/acknowledge")).contains("Escena: Esc. 12A",
            "Peligros: Armas de fuego", "Plan de armas: Escena 12A: sin plan de armas",
            "La escena 12A lleva armas de fuego y no tiene plan de armas",
            "Evaluación de riesgos: Escena 12A: sin evaluación de riesgos",
            "La escena 12A no tiene evaluación de riesgos (California Labor Code §9152).",
            "Personal: Sin armero dedicado", "Se rueda el " + set.today() + " en Rancho Bonanza.", "Cole dispara un fogueo hacia el altar")
        .doesNotContain("Hazards:", "no weapon plan", "is a firearms scene", "no risk assessment", "Scene: Sc.");
  }

  @Test
  void theSafetyAdvisorOpensTheWeaponPlanAndTheRiskAssessmentInSpanish() throws Exception {
    String plan = "/productions/" + set.id() + "/protocol/scenes/" + scene.id() + "/plan";

    assertThat(page("sam.safety", plan)).contains("Plan de armas, escena 12A", "Sin plan de armas",
            "No se entrega ningún arma para esta escena hasta que el plan esté aprobado.", "Redactar el plan",
            "Escena con armas de fuego")
        .doesNotContain("Weapon plan, scene", "No weapon plan", "No weapon is issued", "Draft the plan",
            "Firearms scene");
    // The 1st AD may call an unplanned rehearsal with weapons from the same page.
    assertThat(page("dana.ad", plan)).contains("Ensayo con armas no planeado", "Qué se ensaya",
            "Llamar un ensayo no planeado")
        .doesNotContain("Unplanned rehearsal with weapons", "Call an unplanned rehearsal");
    assertThat(page("sam.safety", plan + "/edit")).contains("¿La escena necesita disparo?",
            "Sí: se disparan cartuchos de fogueo", "Línea de fuego", "Qué cambió y por qué", "Registrar esta versión",
            "placeholder=\"Una cámara\"")
        .doesNotContain("Does the scene need a discharge?", "Line of fire", "Record this version", "A camera");

    String risk = "/productions/" + set.id() + "/protocol/risk/scenes/" + scene.id();
    assertThat(page("sam.safety", risk)).contains("Escena 12A: evaluación de riesgos", "Sin aprobar.",
            "Marcada con:", "Armas de fuego", "Redactar la evaluación", "Qué puede salir mal", "Categoría",
            "aria-label=\"Probabilidad\"", "Guardar como versión nueva", "← Evaluaciones de riesgos")
        .doesNotContain("Not approved.", "Draft the assessment", "What could go wrong",
            "Save as a new version", "aria-label=\"Likelihood\"");
  }

  @Test
  void theSafetyAdvisorReadsWhatIsWrongWithTheirFormsInSpanish() throws Exception {
    String edit = "/productions/" + set.id() + "/protocol/scenes/" + scene.id() + "/plan/edit";
    assertThat(sent("sam.safety", post(edit).param("discharge", "yes").param("firePerson", "")
            .param("fireThing", "Una cámara").param("fireProtection", "SHIELD").param("fireDistance", "veinte")))
        .contains("la distancia es un número entero de pies")
        .doesNotContain("the distance is a whole number of feet");

    String bulletins = "/productions/" + set.id() + "/briefing/bulletins";
    assertThat(sent("sam.safety", post(bulletins).param("title", "Fogueo").param("reference", "ISB #1")
            .param("text", "Léelo antes del llamado").param("from", "mañana")))
        .contains("from debe ser una fecha como aaaa-mm-dd")
        .doesNotContain("must be a date as yyyy-mm-dd");
  }

  /** The page a refused form comes back as, whatever its status. */
  private String sent(String who, MockHttpServletRequestBuilder form) throws Exception {
    return mvc.perform(form.with(crew.signedIn(set.who(who))).with(csrf()).header("Accept-Language", "en-US"))
        .andReturn().getResponse().getContentAsString();
  }

  private static int pages(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private String page(String who, String path) throws Exception {
    // The browser asks for English: the account's choice of Spanish wins.
    return mvc.perform(get(path).with(crew.signedIn(set.who(who))).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
