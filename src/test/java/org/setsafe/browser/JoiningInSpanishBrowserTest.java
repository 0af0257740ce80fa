package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import example.studio.StudioProvider;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.StudioInstallation;
import org.setsafe.identity.SystemActor;
import org.setsafe.onboarding.Invitations;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Joining the crew in Spanish, on a 390 px phone: a day player follows a printed invitation made in Spanish on a phone
 * that came set to English, and reads it, accepts it and lands on the production in Spanish; a UPM who reads Spanish
 * reads every bad row of the office's crew list in Spanish, fixes it and imports; a grip invited in Spanish joins
 * through the studio's provider from a phone that asks for Spanish, and her pages, sign-out and sign-in stay Spanish.
 */
@SetSafeTest
@Tag("browser")
class JoiningInSpanishBrowserTest extends StudioInstallation {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Invitations invitations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void theStudioKnowsWhereSetSafeIs() {
    PROVIDER.serves(port);
  }

  @Test
  void aDayPlayerFollowsAnInvitationMadeInSpanishAndAcceptsItInSpanish() throws Exception {
    UUID p = production("es");
    String link = crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(null, "Dolores Vega",
        Set.of(CrewRole.PERFORMER), "Reparto", CrewDetail.NONE))).link();
    try (Phone phone = new Phone(port)) {
      phone.open(link);
      assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
      assertThat(phone.heading()).isEqualTo("Únete a Mesa Roja " + run);
      assertThat(phone.textOf("offer")).contains("Dolores Vega, te invitan al equipo como Actor o actriz (Reparto).");
      assertThat(phone.text()).contains("Elige cómo entrar").doesNotContain("Choose your sign-in");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("invitation-accept-spanish-phone");
      phone.type("username", "dolores-" + run).type("password", "polvo en el camino")
          .type("repeatPassword", "polvo en el camino").press("Unirme al equipo");
      phone.signIn("dolores-" + run, "polvo en el camino");
      assertThat(phone.heading()).isEqualTo("Mesa Roja " + run);
      assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
      assertThat(phone.text()).contains("Reportar un peligro").doesNotContain("Report a hazard");

      phone.open(link);
      assertThat(phone.text()).contains("Esta invitación ya se usó.");
    }
  }

  @Test
  void aUpmWhoReadsSpanishSeesEveryBadRowInSpanishFixesThemAndImports() throws Exception {
    UUID p = production("es");
    String headings = "Name,Email,Phone,Department,Position,Role,Start date,End date\n";
    String bad = headings
        + "Ana Ruiz,ana." + run + "@crew.example,+1 505 555 0101,Grip,Key grip,Crew,2027-03-01,2027-06-30\n"
        + "Ben Ota,ben." + run + "@crew.example,,Electric,Gaffer,Gaffer Supreme,2027-03-01,2027-06-30\n"
        + "Cy Dunn,ana." + run + "@crew.example,,Camera,Loader,Camera crew,2027-03-01,2027-06-30\n"
        + "Di Moss,di." + run + "@crew.example,,Props,Props assistant,Crew,31/31/2027,2027-06-30\n";
    String fixed = bad.replace("Gaffer Supreme", "Crew").replace("Cy Dunn,ana.", "Cy Dunn,cy.")
        .replace("31/31/2027", "2027-03-03");
    try (Phone phone = new Phone(port)) {
      phone.signIn("upm-" + run, Crew.PASSWORD);
      phone.open("/productions/" + p + "/invitations").follow("Importar una lista del equipo (CSV)");
      assertThat(phone.heading()).isEqualTo("Importar una lista del equipo");
      phone.type("csv", bad).press("Vista previa");
      assertThat(phone.heading()).isEqualTo("Vista previa de la lista del equipo");
      assertThat(phone.textOf("import-summary"))
          .isEqualTo("4 filas: 0 por invitar, 0 por cambiar, 0 sin cambios, 4 con problemas.");
      assertThat(phone.textOf("import-problems")).contains("Fila 3 — Ben Ota")
          .contains("Rol: 'Gaffer Supreme' no es un rol que SetSafe conozca; escribe uno de estos, en inglés:")
          .contains("Fila 2 — Ana Ruiz").contains("Fila 4 — Cy Dunn").contains("aparece más de una vez (filas 2, 4)")
          .contains("Fila 5 — Di Moss").contains("Fecha de inicio: '31/31/2027' no es una fecha")
          .doesNotContain("is not a role").doesNotContain("Row ");
      assertThat(phone.text()).contains("4 filas por corregir antes de importar").doesNotContain("Importar y enviar");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("crew-import-preview-spanish-phone");

      phone.follow("← Otro archivo").type("csv", fixed).press("Vista previa");
      assertThat(phone.textOf("import-summary")).startsWith("4 filas: 4 por invitar");
      phone.press("Importar y enviar 4 invitaciones");
      assertThat(phone.heading()).isEqualTo("Invitaciones");
      assertThat(phone.text()).contains("Lista del equipo importada: 4 invitados, 0 cambiados, 0 sin cambios.");
      // No Language column: each invitation speaks the UPM's language.
      assertThat(phone.textOf("invitations")).contains("Ana Ruiz").contains("Di Moss").contains("En espera")
          .contains("Español").doesNotContain("English");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
  }

  @Test
  void aGripInvitedInSpanishJoinsThroughTheStudioFromASpanishPhoneAndStaysInSpanish() throws Exception {
    UUID p = production(null);
    // The UPM reads English and chooses Spanish for this invitation.
    String link = crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(null, "Eva Campos",
        Set.of(CrewRole.CREW), "Grip", CrewDetail.NONE, "es"))).link();
    try (Phone phone = new Phone(port, "es-MX,es")) {
      phone.open(link);
      assertThat(phone.heading()).isEqualTo("Únete a Mesa Roja " + run);
      assertThat(phone.textOf("studio-sign-in")).contains("Unirme con Studio Pass")
          .contains("Si tu estudio te dio una cuenta de Studio Pass, úsala");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("invitation-through-the-studio-spanish-phone");
      phone.follow("Unirme con Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      phone.type("username", "eva").type("password", StudioProvider.PASSWORD).press("Sign in");
      phone.waitForUrl("/productions/" + p);
      assertThat(phone.heading()).isEqualTo("Mesa Roja " + run);
      assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
      assertThat(phone.text()).contains("Eva Campos").contains("Reportar un peligro").doesNotContain("Sign out");

      // Signed out, the sign-in page follows the phone's Spanish, and the studio's sign-in brings her back.
      phone.press("Salir");
      phone.waitForUrl("/login?signed-out");
      assertThat(phone.text()).contains("Cerraste la sesión.").contains("Entrar con Studio Pass");
      phone.follow("Entrar con Studio Pass").waitForUrl(PROVIDER.issuer() + "/login");
      phone.type("username", "eva").type("password", StudioProvider.PASSWORD).press("Sign in");
      phone.waitForUrl("127.0.0.1:" + port + "/");
      assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
      assertThat(phone.text()).contains("Eva Campos").contains("Salir");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("signed-in-through-the-studio-spanish-phone");
    }
  }

  /** A production whose UPM reads {@code language} (null: has not chosen, reads English here). */
  private UUID production(String language) {
    String upm = "upm-" + run;
    return SystemActor.call(() -> {
      UUID id = productions.create("Mesa Roja " + run, "America/Denver").id();
      UUID upmId = accounts.createWithPassword(SystemActor.ID, upm, "Uma Price", null, null, Crew.PASSWORD).id();
      if (language != null) {
        accounts.chooseLanguage(upmId, language);
      }
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      return id;
    });
  }
}
