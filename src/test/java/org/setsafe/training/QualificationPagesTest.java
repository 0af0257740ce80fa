package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/** The phone pages: the dashboard card, "my qualifications" with its upload, and the safety advisor's overview. */
@SetSafeTest
class QualificationPagesTest {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired QualificationRecords records;

  private UUID western;

  @BeforeEach
  void western() {
    western = crew.production(Crew.WESTERN).id();
  }

  private String page(String username, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(username))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void theSafetyAdvisorsDashboardShowsHanksPermitRunningOutAndJuneWithoutFirearmsTraining() throws Exception {
    String dashboard = page("sam.safety", "/productions/" + western);
    String card = dashboard.substring(dashboard.indexOf("data-testid=\"qualifications\""));
    card = card.substring(0, card.indexOf("</section>"));
    assertThat(card).contains("Hank Ostrowski").contains("Armorer permit expires on")
        .contains("June Castellanos").contains("Firearms safety training missing")
        .doesNotContain("Rosa Delgado</strong>: <span>Armorer permit");
  }

  @Test
  void aSpanishReadersDashboardNamesTheBuiltInQualificationsAndWhatIsWrongInSpanish() throws Exception {
    String dashboard = mvc.perform(get("/productions/" + western).header("Accept-Language", "es")
            .with(crew.signedIn("sam.safety")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    String card = dashboard.substring(dashboard.indexOf("data-testid=\"qualifications\""));
    card = card.substring(0, card.indexOf("</section>"));
    assertThat(card).contains("Permiso de armero vence el")
        .contains("Capacitación en seguridad con armas de fuego falta")
        .doesNotContain("Armorer permit").doesNotContain("missing");
  }

  @Test
  void aSpanishReaderAskingForSomeoneNotOnTheProductionIsToldSoInSpanish() throws Exception {
    UUID nobody = UUID.randomUUID();
    String page = mvc.perform(get("/productions/" + western + "/qualifications/people/" + nobody)
            .header("Accept-Language", "es").with(crew.signedIn("sam.safety")))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("No hay ningún miembro " + nobody + " en esta producción.")
        .doesNotContain("on this production");
  }

  @Test
  void anActorsDashboardShowsOnlyHerOwnGap() throws Exception {
    String dashboard = page("june.actor", "/productions/" + western);
    assertThat(dashboard).contains("Your qualifications").contains("Firearms safety training missing")
        .doesNotContain("Hank Ostrowski</strong>");
  }

  @Test
  void aCrewMemberUploadsHisCertificateFromThePhone() throws Exception {
    mvc.perform(multipart("/account/qualifications")
            .file(new MockMultipartFile("scan", "course.pdf", "application/pdf", PDF))
            .param("type", "PRODUCTION_SAFETY").param("issuer", "Contract Services").param("number", "CS-991")
            .param("issuedOn", "2026-06-01").param("expiresOn", "2029-06-01")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(redirectedUrl("/account/qualifications"));

    String mine = page("tess.grip", "/account/qualifications");
    assertThat(mine).contains("CS-991").contains("Scanned copy");
  }

  @Test
  void aPhotoThatIsNotAnImageIsRefusedOnTheFormAndNothingIsRecorded() throws Exception {
    int before = SystemActor.call(() -> records.of(new PersonId(crew.id("tess.grip"))).certifications().size());
    String page = mvc.perform(multipart("/account/qualifications")
            .file(new MockMultipartFile("scan", "card.jpg", "image/jpeg", "not really a photo".getBytes()))
            .param("type", "PRODUCTION_SAFETY").param("issuer", "Contract Services")
            .param("issuedOn", "2026-06-01").with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("scan must be a PDF, PNG or JPEG file");
    assertThat(SystemActor.call(() -> records.of(new PersonId(crew.id("tess.grip"))).certifications().size())).isEqualTo(before);
  }

  @Test
  void anExpiryBeforeTheIssueDateIsShownBesideTheField() throws Exception {
    String page = mvc.perform(multipart("/account/qualifications")
            .param("type", "PRODUCTION_SAFETY").param("issuer", "Contract Services")
            .param("issuedOn", "2026-06-01").param("expiresOn", "2026-05-01")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("expiresOn (2026-05-01) must not be before issuedOn (2026-06-01)");
  }

  @Test
  void aSpanishReaderIsToldBesideTheFieldInSpanish() throws Exception {
    String page = mvc.perform(multipart("/account/qualifications")
            .param("type", "PRODUCTION_SAFETY").param("issuer", "Contract Services")
            .param("issuedOn", "2026-06-01").param("expiresOn", "2026-05-01").header("Accept-Language", "es")
            .with(crew.signedIn("tess.grip")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("la fecha de vencimiento (2026-05-01) no puede ser antes de la fecha de emisión "
        + "(2026-06-01)").doesNotContain("must not be before");
  }

  @Test
  void theOverviewSaysWhyAQualificationIsMissingInTheReadersLanguage() throws Exception {
    String english = page("sam.safety", "/productions/" + western + "/qualifications");
    assertThat(english).contains("No firearms safety training on record (California Labor Code §9156).");

    String spanish = mvc.perform(get("/productions/" + western + "/qualifications").header("Accept-Language", "es")
            .with(crew.signedIn("sam.safety")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(spanish).contains("June Castellanos")
        .contains("No hay registro de capacitación en seguridad con armas de fuego (California Labor Code §9156).")
        .doesNotContain("on record (California Labor Code");
  }

  @Test
  void theSafetyAdvisorSeesEveryoneAndOpensRosasScanButAnActorCannot() throws Exception {
    String overview = page("sam.safety", "/productions/" + western + "/qualifications");
    assertThat(overview).contains("Hank Ostrowski").contains("Everyone on the crew");

    UUID rosa = crew.id("rosa.armorer");
    String person = page("sam.safety", "/productions/" + western + "/qualifications/people/" + rosa);
    assertThat(person).contains("Armorer permit").contains("AP-2025-01187").contains("I saw the original");
    UUID permit = SystemActor.call(() -> records.of(new PersonId(rosa))).certifications().stream()
        .filter(h -> h.inForce().type().code().equals("ARMORER_PERMIT")).findFirst().orElseThrow().id();
    String scan = "/productions/" + western + "/qualifications/people/" + rosa + "/" + permit + "/scan?version=1";

    mvc.perform(get(scan).with(crew.signedIn("sam.safety"))).andExpect(status().isOk());
    mvc.perform(get(scan).with(crew.signedIn("eli.actor"))).andExpect(status().isForbidden());
    UUID drama = crew.production(Crew.DRAMA).id();
    mvc.perform(get("/productions/" + drama + "/qualifications/people/" + rosa + "/" + permit + "/scan?version=1")
        .with(crew.signedIn("eli.actor"))).andExpect(status().isNotFound());
    mvc.perform(get("/account/qualifications/" + permit + "/scan?version=1").with(crew.signedIn("rosa.armorer")))
        .andExpect(status().isOk());
  }

  @Test
  void theSafetyAdvisorCorrectsATypoAndTheOriginalStaysVisible() throws Exception {
    UUID dana = crew.id("dana.ad");
    UUID course = SystemActor.call(() -> records.of(new PersonId(dana))).certifications().stream()
        .filter(h -> h.inForce().type().code().equals("FIREARMS_SAFETY")).findFirst().orElseThrow().id();
    String url = "/productions/" + western + "/qualifications/people/" + dana + "/" + course + "/correction";
    assertThat(page("sam.safety", url)).contains("Correct Firearms safety training").contains("HAT-4988");

    String refused = mvc.perform(multipart(url).param("type", "FIREARMS_SAFETY").param("issuer", "Hollywood Armory")
            .param("number", "HAT-4989").param("issuedOn", "2026-01-02").with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("reason must be 1 to 2000 characters");

    mvc.perform(multipart(url).param("type", "FIREARMS_SAFETY").param("issuer", "Hollywood Armory Training")
            .param("number", "HAT-4989").param("issuedOn", "2026-01-02").param("reason", "number misread from the card")
            .with(crew.signedIn("sam.safety")).with(csrf()))
        .andExpect(redirectedUrl("/productions/" + western + "/qualifications/people/" + dana));
    String person = page("sam.safety", "/productions/" + western + "/qualifications/people/" + dana);
    assertThat(person).contains("HAT-4989").contains("Earlier versions (1)").contains("number misread from the card");
    mvc.perform(get(url).with(crew.signedIn("eli.actor"))).andExpect(status().isForbidden());
  }

  @Test
  void anArmorerWhosePermitLapsedIsRefusedABriefingOnThePageAndLedToHerOwnQualifications() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String armorer = "nell.armorer." + suffix;
    String performer = "ike.actor." + suffix;
    UUID productionId = crew.productionWithUnpermittedArmorer("Lapsed permit " + suffix, armorer, performer);
    String briefings = "/productions/" + productionId + "/qualifications/briefings";

    FlashMap flash = mvc.perform(post(briefings).param("performerId", crew.id(performer).toString())
            .param("topics", "Treat every firearm as loaded").with(crew.signedIn(armorer)).with(csrf()))
        .andExpect(redirectedUrl(briefings)).andReturn().getFlashMap();
    String page = mvc.perform(get(briefings).flashAttrs(flash).with(crew.signedIn(armorer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("data-testid=\"refusal\"").contains("Refused: A current qualification.")
        .contains("No armorer permit on record").contains("needs a current armorer permit")
        .contains("data-testid=\"refusal-fix-link\" href=\"/account/qualifications\"")
        .contains("My qualifications").contains("This refusal is on record.")
        .doesNotContain("training.current-qualification").contains("No briefing recorded yet.");
  }

  @Test
  void aSpanishReadingArmorerReadsWhyHerBriefingWasRefusedInSpanish() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String armorer = "nell.armorer." + suffix;
    String performer = "ike.actor." + suffix;
    UUID productionId = crew.productionWithUnpermittedArmorer("Permiso vencido " + suffix, armorer, performer);
    String briefings = "/productions/" + productionId + "/qualifications/briefings";

    FlashMap flash = mvc.perform(post(briefings).param("performerId", crew.id(performer).toString())
            .param("topics", "Treat every firearm as loaded").header("Accept-Language", "es")
            .with(crew.signedIn(armorer)).with(csrf()))
        .andExpect(redirectedUrl(briefings)).andReturn().getFlashMap();
    String page = mvc.perform(get(briefings).flashAttrs(flash).header("Accept-Language", "es")
            .with(crew.signedIn(armorer)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("No hay registro de permiso de armero (California Labor Code §9156). Dar instrucciones "
        + "a un actor sobre armas de fuego es tarea del armero y pide un permiso de armero vigente.")
        .doesNotContain("No armorer permit on record");
  }
}
