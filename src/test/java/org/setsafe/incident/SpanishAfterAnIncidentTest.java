package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.SafetyContacts;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.Severity;
import org.setsafe.staffing.DayDuty;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The stagecoach overturns and Marcus, the camera operator who reads Spanish, is hurt. Having chosen Spanish on his
 * account, he reads his qualifications, the support offered after the incident and the witness statement form in
 * Spanish whatever his phone's browser asks for; a crew member with no account who reports the incident through the
 * production's anonymous link reads it in the language the browser asks for.
 */
@SetSafeTest
class SpanishAfterAnIncidentTest {

  private static final Duration OFFER_LANDS_WITHIN = Duration.ofSeconds(30);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Roster roster;
  @Autowired SafetyContacts contacts;
  @Autowired Incidents incidents;
  @Autowired PublicReportLink publicLink;

  private String suffix;
  private Production production;
  private String marcus;
  private String tess;

  @BeforeEach
  void aShootingDayAtLonePine() throws Exception {
    suffix = UUID.randomUUID().toString().substring(0, 6);
    production = SystemActor.call(() -> productions.create("Diligencia " + suffix, "America/Los_Angeles"));
    ShootingDay day = SystemActor.call(() -> schedule.scheduleDay(production.id(), schedule.today(production),
        LocalTime.of(6, 0), "Lone Pine"));
    marcus = member("marcus.camera", "Marcus Oyelaran", CrewRole.CAMERA, day);
    tess = member("tess.grip", "Tess Lindqvist", CrewRole.CREW, day);
    SystemActor.run(() -> contacts.name(production.id(), "COUNSELLING", "Dr. Ana Ruiz", "+1 555 0100",
        "any time", null));
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(marcus)).with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  @Test
  void myQualificationsAndTheCertificateIRecordAreInSpanish() throws Exception {
    String page = page(get("/account/qualifications"));
    assertThat(page).contains("<html lang=\"es\"").contains("<h1>Mis certificaciones</h1>")
        .contains("Agregar un certificado").contains("No hay certificados registrados.")
        .contains(">Permiso de armero<").contains("Capacitación en seguridad con armas de fuego")
        .contains("Emitido por").contains("Fecha de vencimiento").contains("Déjala vacía si no vence.")
        .contains(">Registrar<")
        .doesNotContain("My qualifications").doesNotContain("Add a certificate").doesNotContain("Issued by")
        .doesNotContain("Armorer permit").doesNotContain("Leave empty if it does not expire");

    mvc.perform(multipart("/account/qualifications").param("type", "PRODUCTION_SAFETY")
            .param("issuer", "Contract Services").param("number", "CS-991").param("issuedOn", "2026-06-01")
            .param("expiresOn", "2029-06-01").with(crew.signedIn(marcus)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Registrado."));
    assertThat(page(get("/account/qualifications")))
        .contains("Capacitación en seguridad de producción").contains("N.º CS-991").contains("Emitido el")
        .contains("vence el").contains("Sin copia escaneada.").contains("Retirar (el registro sigue visible)")
        .doesNotContain("No scanned copy").doesNotContain("Production safety training");
  }

  @Test
  void theSupportOfferedAfterTheIncidentIsInSpanishAndSoIsHisAnswer() throws Exception {
    injuryToMarcus();
    String support = "/productions/" + production.id() + "/support";
    // The offer follows the incident's commit on a thread of its own.
    await().atMost(OFFER_LANDS_WITHIN).untilAsserted(() -> assertThat(page(get(support)))
        .contains("data-testid=\"offer\""));

    String page = page(get(support));
    assertThat(page).contains("<h1>Apoyo después del incidente</h1>").contains("Después de")
        .contains("Lesión o enfermedad, ").contains(", hay apoyo para todos los que estuvieron en la producción")
        .contains("Con quién puedes hablar").contains("Apoyo psicológico")
        .contains("Llamar al +1 555 0100").contains("Lo que le digas a un consejero nunca se escribe en SetSafe")
        .contains("<h2>Seguimiento</h2>").contains("un día después").contains("cuatro semanas después")
        .contains("Sí, pregúntenme cómo estoy").contains("No, gracias, no me pregunten más")
        .doesNotContain("Support after the incident").doesNotContain("Who you can talk to")
        .doesNotContain("Injury or illness").doesNotContain("Counselling").doesNotContain("a day after")
        .doesNotContain("Check-ins").doesNotContain("check in with me");

    String offer = page.replaceAll("(?s).*data-offer=\"([0-9a-f-]{36})\".*", "$1");
    mvc.perform(post(support + "/" + offer + "/answer").param("answer", "DECLINED").with(crew.signedIn(marcus))
            .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Entendido. No te vamos a volver a preguntar por esto. Los contactos "
            + "siguen aquí si cambias de opinión."));
    assertThat(page(get(support))).contains("Dijiste que no, gracias: no te vamos a preguntar más.")
        .contains("(no se va a enviar)").doesNotContain("(won't be sent)").doesNotContain("You said no thanks");
  }

  @Test
  void theWitnessStatementFormAndTheStatementHeGivesAreInSpanish() throws Exception {
    UUID incident = injuryToMarcus();
    String statements = "/productions/" + production.id() + "/incidents/" + incident + "/statements";

    String form = page(get(statements + "/give"));
    assertThat(form).contains("<h1>Dar tu declaración</h1>").contains("← Lesión o enfermedad")
        .contains("Lo que viste y oíste, con tus propias palabras").contains(">Lo que viste<")
        .contains("Cuándo pasó (si lo sabes)").contains("En el reloj de la producción, America/Los_Angeles")
        .contains(">Dar mi declaración<")
        .doesNotContain("Give your statement").doesNotContain("What you saw").doesNotContain("Give my statement")
        .doesNotContain("On the production's clock");

    // A time the form cannot read is refused in his language too, though his browser asks for English.
    String refused = mvc.perform(post(statements + "/give").contentType(APPLICATION_FORM_URLENCODED)
            .header("Accept-Language", "en-US,en;q=0.9").param("_idempotencyKey", UUID.randomUUID().toString())
            .param("words", "Estaba en la cámara B.").param("about", "ayer por la tarde")
            .with(crew.signedIn(marcus)).with(csrf()))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Cuándo pasó tiene que ser una fecha y una hora, como 2026-12-05T10:42")
        .doesNotContain("When it happened must be a date and a time");

    String given = mvc.perform(post(statements + "/give").contentType(APPLICATION_FORM_URLENCODED)
            .param("_idempotencyKey", UUID.randomUUID().toString())
            .param("words", "Estaba en la cámara B cuando la diligencia se volteó en la curva.")
            .with(crew.signedIn(marcus)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Tu declaración quedó registrada. Solo la leen los investigadores y tú."))
        .andReturn().getResponse().getRedirectedUrl();
    assertThat(page(get(given))).contains("<h1>Declaración de Marcus Oyelaran</h1>")
        .contains("Con las propias palabras del testigo").contains("Versión 1").contains("Dada ")
        .contains(">Corregirla<").contains("← Declaraciones")
        .doesNotContain("In the witness's own words").doesNotContain("Version 1").doesNotContain("Correct it");
  }

  @Test
  void thePublicIncidentPagesFollowTheBrowsersLanguageAndAreEnglishWithoutIt() throws Exception {
    String link = "/public/incident/" + crew.as(tess, () -> publicLink.publicLinkToken(production.id()));

    String form = mvc.perform(get(link).header("Accept-Language", "es-US,es;q=0.9,en;q=0.5"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).contains("<html lang=\"es\"").contains("<h1>Reportar un incidente de forma anónima</h1>")
        .contains(">Qué pasó<").contains(">Lesión o enfermedad<").contains(">Cartucho real encontrado<")
        .contains(">Qué tan grave<").contains(">Crítica<").contains("Quién lo vio (nombres)")
        .contains("placeholder=\"Nombres, separados por comas\"").contains(">Reportarlo de forma anónima<")
        .doesNotContain("What happened").doesNotContain("Report it anonymously").doesNotContain("Near miss")
        .doesNotContain("Names, separated by commas");

    String refused = mvc.perform(anonymous(link).param("severity", "HIGH").param("where", "La curva del camino")
            .param("whatHappened", "La diligencia se volteó"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Elige qué tipo de incidente fue.").contains("value=\"La curva del camino\"")
        .doesNotContain("Choose what kind of incident it was.");
    // A problem the service finds, not one the form asks about, is in the browser's language as well.
    assertThat(mvc.perform(anonymous(link).param("kind", "NEAR_MISS").param("severity", "HIGH")
            .param("whatHappened", "La diligencia se volteó").param("sceneId", "la escena 12"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
        .contains("esa escena no existe en esta producción").doesNotContain("no such scene");

    String receipt = mvc.perform(anonymous(link).param("kind", "NEAR_MISS").param("severity", "HIGH")
            .param("where", "La curva del camino").param("whatHappened", "La diligencia casi se voltea"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(receipt).contains("<h1>Incidente reportado</h1>").contains("Tu código de recibo")
        .contains("Anótalo o toma una captura de pantalla ahora").contains("ya entró.")
        .doesNotContain("Incident reported").doesNotContain("Write it down");

    mvc.perform(get(link)).andExpect(status().isOk())
        .andExpect(r -> assertThat(r.getResponse().getContentAsString())
            .contains("<h1>Report an incident anonymously</h1>").contains(">Injury or illness<")
            .doesNotContain("Qué pasó"));
  }

  private MockHttpServletRequestBuilder anonymous(String link) {
    return post(link).header("Accept-Language", "es").contentType(APPLICATION_FORM_URLENCODED)
        .param("_idempotencyKey", UUID.randomUUID().toString()).with(csrf());
  }

  private UUID injuryToMarcus() {
    return crew.as(tess, () -> incidents.open(production.id(), new NewIncident("INJURY_OR_ILLNESS", Severity.HIGH,
        "Alabama Hills, the stagecoach road", null, "The stagecoach overturned on the turn",
        List.of(new PersonInput(crew.id(marcus), null, Involvement.INJURED)), null, null, null, null))).id();
  }

  /** A page as Marcus reads it on a phone whose browser asks for English. */
  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header("Accept-Language", "en-US,en;q=0.9").with(crew.signedIn(marcus)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String member(String name, String displayName, CrewRole role, ShootingDay day) {
    String username = name + "." + suffix;
    accounts.createWithPassword(SystemActor.ID, username, displayName, null, null, Crew.PASSWORD);
    SystemActor.run(() -> productions.addMember(production.id(), username, Set.of(role), "Grip"));
    SystemActor.run(() -> roster.schedule(production.id(), new DayDuty(day.id(), crew.id(username), role)));
    return username;
  }
}
