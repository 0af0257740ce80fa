package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grip whose phone is set to English switches her pages to Spanish on her account page, then reports a loose
 * cable from the dashboard's link, in Spanish, and reads the report she filed in Spanish: on a 390 px phone screen,
 * where Spanish's longer words must still fit.
 */
@SetSafeTest
@Tag("browser")
class SpanishOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Productions productions;

  @Test
  void aGripChoosesSpanishAndReportsAHazardInSpanishFromTheDashboard() throws Exception {
    String grip = "grip." + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, grip, "Lupe Carrasco", null, null, Crew.PASSWORD);
    UUID production = SystemActor.call(() -> {
      UUID id = productions.create("Sierra Roja " + grip, "America/Los_Angeles").id();
      productions.addMember(id, grip, Set.of(CrewRole.CREW), "Grip");
      return id;
    });

    try (Phone phone = new Phone(port)) {
      phone.signIn(grip, Crew.PASSWORD);
      phone.open("/account");
      assertThat(phone.heading()).isEqualTo("My account");
      phone.choose("language", "es").press("Use this language");
      assertThat(phone.textOf("notice")).isEqualTo("Tus páginas ahora están en español.");
      assertThat(phone.heading()).isEqualTo("Mi cuenta");
      assertThat(phone.script("return document.documentElement.lang")).isEqualTo("es");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-account-phone");

      phone.open("/productions/" + production);
      assertThat(phone.text()).contains("Hoy es").contains("Parar el trabajo").contains("Salir")
          .doesNotContain("Report a hazard");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-dashboard-phone");

      phone.follow("Reportar un peligro");
      assertThat(phone.heading()).isEqualTo("Reportar un peligro");
      phone.choose("category", "ELECTRICAL").choose("severity", "HIGH")
          .type("title", "Cable pelado junto a la barra")
          .type("description", "Cables vivos a la altura de la rodilla, detrás de la barra del saloon")
          .type("location", "Set del saloon, foro 2");
      assertThat(phone.textOf("reported-as")).contains("Esto se reporta con tu nombre, Lupe Carrasco.");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-report-form-phone");

      phone.press("Reportarlo");
      assertThat(phone.heading()).isEqualTo("Cable pelado junto a la barra");
      assertThat(phone.text()).contains("Reportado. Ya se avisó al asesor de seguridad; síguelo aquí.")
          .contains("Reportado por").contains("Lupe Carrasco").contains("Eléctrico").contains("Alta")
          .contains("Nadie ha actuado todavía.");
      assertThat(phone.textOf("state")).isEqualTo("Reportado");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-report-filed-phone");
    }
  }
}
