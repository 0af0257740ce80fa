package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/**
 * The production office in Spanish: a producer who chose Spanish plans the schedule, names the crew and reads the
 * safety budget (the page and its PDF) in Spanish; studio safety reads the table of every production in Spanish; a refusal reads its rule
 * and its fix in Spanish with the recorded reason (English, as the ledger keeps it) beneath; and a page that is not
 * there, or not theirs, says so in Spanish. The browser asks for English throughout: the account's choice wins.
 */
@SetSafeTest
class SpanishOfficePagesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;

  @Test
  void aProducerWhoChoseSpanishPlansTheScheduleAndTheCrewInSpanish() throws Exception {
    String producer = newPerson("producer", "Marisol Vega", null);
    UUID production = productionWith(producer, CrewRole.PRODUCER);
    String base = "/productions/" + production;
    speaksSpanish(producer);
    LocalDate tomorrow = LocalDate.now(ZoneId.of("America/Denver")).plusDays(1);

    mvc.perform(post(base + "/schedule/days").param("date", tomorrow.toString()).param("callTime", "06:30")
            .param("location", "Rancho Bonanza Creek").with(crew.signedIn(producer)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Día de rodaje " + tomorrow + " programado."));
    String day = dayId(base, producer);
    mvc.perform(post(base + "/schedule/scenes").param("number", "31").param("description", "Tiroteo en la iglesia")
            .param("day", day).with(crew.signedIn(producer)).with(csrf()))
        .andExpect(flash().attribute("notice", "Escena 31 agregada."));

    String schedule = page(producer, base + "/schedule");
    assertThat(schedule).contains("<html lang=\"es\"").contains("<h1>Plan de rodaje</h1>").contains("Días de rodaje")
        .contains("Programar un día de rodaje").contains("Agregar una escena")
        .contains("data-label=\"Locación\"").contains("Tiroteo en la iglesia")
        .contains(tomorrow.format(DateTimeFormatter.ofPattern("EEE d MMM yyyy", SPANISH)))
        .doesNotContain("Shooting days").doesNotContain("Add a scene").doesNotContain("Call meal break");

    String scene = sceneLink(schedule);
    mvc.perform(post(scene + "/hazards").param("hazards", "FIREARMS").with(crew.signedIn(producer)).with(csrf()))
        .andExpect(flash().attribute("notice", "La escena 31 tiene: Armas de fuego."));
    assertThat(page(producer, scene)).contains("<h1>Escena 31</h1>").contains("Plan de armas de la escena 31")
        .contains("Evaluación de riesgos de la escena 31").contains("Guardar los peligros").contains("Armas de fuego")
        .contains("Jefe de cámara").doesNotContain("Save cast").doesNotContain("Firearms");

    String newcomer = newPerson("grip", "Beto Ruiz", null);
    mvc.perform(post(base + "/crew").param("username", newcomer).param("roles", "CREW").param("department", "Grip")
            .with(crew.signedIn(producer)).with(csrf()))
        .andExpect(flash().attribute("notice", "Beto Ruiz ya está en el equipo."));
    assertThat(page(producer, base + "/crew")).contains("<h1>Equipo</h1>").contains("Agregar al equipo")
        .contains("Roles en esta producción").contains(">Productor<").contains(">Equipo técnico<")
        .contains("Descargar la lista del equipo (CSV)").doesNotContain("Add to the crew").doesNotContain(">Producer<");
  }

  @Test
  void theProducersBudgetAndTheStudioTableAreInSpanish() throws Exception {
    String producer = newPerson("producer", "Marisol Vega", null);
    UUID production = productionWith(producer, CrewRole.PRODUCER);
    speaksSpanish(producer);
    assertThat(page(producer, "/productions/" + production + "/budget")).contains("<h1>Presupuesto de seguridad</h1>")
        .contains("Por partida").contains("Días de armero").contains("Todas las partidas de seguridad")
        .contains("Cambiar una partida").contains("Guardar Días de armero").contains("Informe (PDF)")
        .doesNotContain("By line").doesNotContain("Armorer days").doesNotContain("Change a line");

    byte[] pdf = mvc.perform(get("/productions/" + production + "/budget/report.pdf").with(crew.signedIn(producer))
            .header("Accept-Language", "en-US")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("Presupuesto de seguridad — Sierra Roja")
          .contains("Montos en").contains("POR PARTIDA").contains("Días de armero").contains("Nada señalado.")
          .doesNotContain("Amounts in").doesNotContain("Armorer days");
    }

    String studio = newPerson("studio", "Inés Ortega", InstallationRole.STUDIO_SAFETY);
    speaksSpanish(studio);
    assertThat(page(studio, "/studio")).contains("<h1>Todas las producciones</h1>").contains("Ordenar por")
        .contains("Reportes de peligro abiertos").contains("Armas fuera del resguardo ahora").contains("Descargar en CSV")
        .doesNotContain("Every production").doesNotContain("Open hazard reports").doesNotContain("Sort by");
  }

  @Test
  void aRefusalReadsItsRuleItsReasonAndItsFixInSpanish() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String armorer = "nell.armorer." + suffix;
    String performer = "ike.actor." + suffix;
    UUID production = crew.productionWithUnpermittedArmorer("Permiso vencido " + suffix, armorer, performer);
    speaksSpanish(armorer);
    String briefings = "/productions/" + production + "/qualifications/briefings";

    FlashMap flash = mvc.perform(post(briefings).param("performerId", crew.id(performer).toString())
            .param("topics", "Trata toda arma como cargada").with(crew.signedIn(armorer)).with(csrf()))
        .andExpect(redirectedUrl(briefings)).andReturn().getFlashMap();
    String page = mvc.perform(get(briefings).flashAttrs(flash).with(crew.signedIn(armorer))
            .header("Accept-Language", "en-US")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();

    String refusal = page.substring(page.indexOf("data-testid=\"refusal\""));
    assertThat(refusal).contains("Rechazado: Una certificación vigente.")
        .contains("<p>No hay registro de permiso de armero (California Labor Code §9156).")
        .doesNotContain("No armorer permit on record")
        .contains("Registra tu certificado renovado con su escaneo").contains(">Mis certificaciones</a>")
        .contains("Este rechazo queda en el libro de registro.")
        .doesNotContain("Refused:").doesNotContain("This refusal is on record").doesNotContain("My qualifications");
  }

  @Test
  void aPageThatIsNotThereOrNotTheirsSaysSoInSpanish() throws Exception {
    String producer = newPerson("producer", "Marisol Vega", null);
    UUID production = productionWith(producer, CrewRole.PRODUCER);
    speaksSpanish(producer);

    String missing = mvc.perform(get("/productions/" + production + "/schedule/scenes/" + UUID.randomUUID())
            .with(crew.signedIn(producer))
            .header("Accept-Language", "en-US")).andExpect(status().isNotFound()).andReturn().getResponse()
        .getContentAsString();
    assertThat(missing).contains("<h1>No encontrado</h1>").contains("Volver a mis producciones")
        .doesNotContain("Not found").doesNotContain("Back to my productions");

    // The budget is not a grip's to read: the page says so in Spanish, the rule's own words beneath in Spanish too.
    String grip = newPerson("grip", "Beto Ruiz", null);
    SystemActor.call(() -> productions.addMember(production, grip, Set.of(CrewRole.CREW), "Grip"));
    speaksSpanish(grip);
    String notTheirs = mvc.perform(get("/productions/" + production + "/budget").with(crew.signedIn(grip))
            .header("Accept-Language", "en-US")).andExpect(status().isForbidden()).andReturn().getResponse()
        .getContentAsString();
    assertThat(notTheirs).contains("<h1>No permitido</h1>")
        .contains("El presupuesto de seguridad lo leen el gerente de producción (UPM)")
        .contains("Volver a mis producciones").doesNotContain("Not allowed").doesNotContain("Días de armero")
        .doesNotContain("The safety budget is read by");
  }

  private void speaksSpanish(String username) throws Exception {
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(username)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(accounts.language(crew.id(username))).contains("es");
  }

  private String page(String username, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(username)).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** The id of the production's one shooting day, from the scene form's choice of days. */
  private String dayId(String base, String producer) throws Exception {
    String schedule = page(producer, base + "/schedule");
    String options = schedule.substring(schedule.indexOf("id=\"day\""));
    java.util.regex.Matcher day = java.util.regex.Pattern.compile("<option value=\"([0-9a-f-]{36})\"").matcher(options);
    assertThat(day.find()).as("a shooting day to choose").isTrue();
    return day.group(1);
  }

  private static String sceneLink(String schedule) {
    java.util.regex.Matcher scene = java.util.regex.Pattern
        .compile("href=\"(/productions/[0-9a-f-]{36}/schedule/scenes/[0-9a-f-]{36})\"").matcher(schedule);
    assertThat(scene.find()).as("a link to the scene").isTrue();
    return scene.group(1);
  }

  private String newPerson(String trade, String name, InstallationRole role) {
    String username = trade + "." + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, name, null, role, Crew.PASSWORD);
    return username;
  }

  private UUID productionWith(String username, CrewRole role) {
    return SystemActor.call(() -> {
      UUID id = productions.create("Sierra Roja " + username, "America/Denver").id();
      productions.addMember(id, username, Set.of(role), null);
      return id;
    });
  }
}
