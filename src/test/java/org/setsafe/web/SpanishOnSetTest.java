package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.reporting.PublicReportLink;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A grip who reads Spanish: the sign-in page follows the browser, and once they choose Spanish on their account page
 * the dashboard, the hazard report form, its refusals and the report they filed are in Spanish on any phone.
 */
@SetSafeTest
class SpanishOnSetTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired PublicReportLink publicLink;

  @Test
  void theSignInPageFollowsTheBrowsersLanguageAndIsEnglishWithoutOne() throws Exception {
    mvc.perform(get("/login").header("Accept-Language", "es-MX,es;q=0.9,en;q=0.8"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"es\"")))
        .andExpect(content().string(containsString("Iniciar sesión")))
        .andExpect(content().string(containsString("Contraseña")))
        .andExpect(content().string(not(containsString("Password"))));
    mvc.perform(get("/login"))
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(content().string(containsString("Sign in")))
        .andExpect(content().string(not(containsString("Contraseña"))));
    mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
        .andExpect(content().string(containsString("<html lang=\"en\"")))
        .andExpect(content().string(containsString("Password")));
  }

  @Test
  void aCrewMemberWhoChoseSpanishReportsAHazardInSpanishWhateverTheBrowserSays() throws Exception {
    String grip = newGrip();
    UUID production = productionWith(grip);
    String base = "/productions/" + production;

    mvc.perform(get("/account").with(crew.signedIn(grip)).header("Accept-Language", "en-US"))
        .andExpect(content().string(containsString("Language of my pages")));
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(grip)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Tus páginas ahora están en español."));
    assertThat(accounts.language(crew.id(grip))).contains("es");

    mvc.perform(get(base).with(crew.signedIn(grip)).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"es\"")))
        .andExpect(content().string(containsString("Reportar un peligro")))
        .andExpect(content().string(containsString("Parar el trabajo")))
        .andExpect(content().string(containsString("Hoy es")))
        .andExpect(content().string(not(containsString("Report a hazard"))))
        .andExpect(content().string(not(containsString("Sign out"))));

    mvc.perform(get(base + "/reports/new").with(crew.signedIn(grip)).header("Accept-Language", "en-US"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Qué tipo de peligro")))
        .andExpect(content().string(containsString("Armas de fuego")))
        .andExpect(content().string(containsString("Alguien se lastimó")))
        .andExpect(content().string(not(containsString("What kind of hazard"))));

    // A field left empty is refused in Spanish, with what was typed kept.
    mvc.perform(post(base + "/reports").param("severity", "HIGH").param("title", "Cable suelto")
            .param("description", "En la salida del foro").with(crew.signedIn(grip)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Elige qué tipo de peligro es.")))
        .andExpect(content().string(containsString("value=\"Cable suelto\"")));

    String receipt = mvc.perform(post(base + "/reports").param("category", "ELECTRICAL").param("severity", "HIGH")
            .param("title", "Cable pelado junto a la barra").param("description", "Cables vivos a la altura de la rodilla")
            .param("location", "Set del saloon").with(crew.signedIn(grip)).with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(flash().attribute("notice", "Reportado. Ya se avisó al asesor de seguridad; síguelo aquí."))
        .andReturn().getResponse().getRedirectedUrl();
    mvc.perform(get(receipt).with(crew.signedIn(grip)).header("Accept-Language", "en-US"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cable pelado junto a la barra")))
        .andExpect(content().string(containsString("Reportado por")))
        .andExpect(content().string(containsString("Eléctrico")))
        .andExpect(content().string(containsString("Alta")))
        .andExpect(content().string(containsString("Nadie ha actuado todavía")))
        .andExpect(content().string(not(containsString("Reported by"))));
    mvc.perform(get(base).with(crew.signedIn(grip)).header("Accept-Language", "en-US"))
        .andExpect(content().string(containsString("Cable pelado junto a la barra")))
        .andExpect(content().string(containsString("Alta, reportado, abierto hace ")));
  }

  @Test
  void anAnonymousReporterWhoseBrowserAsksForSpanishReportsAndGetsTheReceiptInSpanish() throws Exception {
    String grip = newGrip();
    UUID production = productionWith(grip);
    String link = "/public/report/" + crew.as(grip, () -> publicLink.publicLinkToken(production));

    mvc.perform(get(link).header("Accept-Language", "es-US,es;q=0.9,en;q=0.5"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html lang=\"es\"")))
        .andExpect(content().string(containsString("Reportar un peligro de forma anónima")))
        .andExpect(content().string(containsString("Qué tan grave")));
    mvc.perform(post(link).header("Accept-Language", "es").param("category", "FIREARMS").param("title", "Arma sin vigilar")
            .param("description", "Una réplica sobre la mesa del catering").with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Elige qué tan grave es.")));
    mvc.perform(post(link).header("Accept-Language", "es").param("category", "FIREARMS").param("severity", "CRITICAL")
            .param("title", "Arma sin vigilar").param("description", "Una réplica sobre la mesa del catering")
            .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tu código de recibo")))
        .andExpect(content().string(containsString("Anótalo o toma una captura de pantalla ahora")))
        .andExpect(content().string(not(containsString("Your receipt code"))));
    mvc.perform(get(link))
        .andExpect(content().string(containsString("Report a hazard anonymously")));
  }

  @Test
  void aLanguageSetSafeDoesNotSpeakIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
    String grip = newGrip();
    mvc.perform(post("/account/language").param("language", "fr").with(crew.signedIn(grip)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("language must be one of en, es")));
    mvc.perform(post("/account/language").with(crew.signedIn(grip)).with(csrf()))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("language")));
    assertThat(accounts.language(crew.id(grip))).isEmpty();
  }

  private String newGrip() {
    String username = "grip." + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, username, "Lupe Carrasco", null, null, Crew.PASSWORD);
    return username;
  }

  private UUID productionWith(String username) {
    return SystemActor.call(() -> {
      UUID id = productions.create("Sierra Roja " + username, "America/Los_Angeles").id();
      productions.addMember(id, username, Set.of(CrewRole.CREW), "Grip");
      return id;
    });
  }
}
