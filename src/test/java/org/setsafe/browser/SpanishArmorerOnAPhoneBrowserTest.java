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
 * An armorer whose phone is set to English chooses Spanish, registers a revolver, receives and inspects it on its
 * page, and reaches the show-clear in Spanish: on a 390 px phone screen, where the weapon page's longer Spanish
 * words (its buttons, badges and the witness picker) must still fit.
 */
@SetSafeTest
@Tag("browser")
class SpanishArmorerOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Crew crew;

  @Test
  void anArmorerWhoChoseSpanishTakesARevolverToTheShowClearInSpanish() throws Exception {
    String armorer = "armera." + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(SystemActor.ID, armorer, "Carmen Ortiz", null, null, Crew.PASSWORD);
    UUID production = SystemActor.call(() -> {
      UUID id = productions.create("Río Bravo " + armorer, "America/Denver").id();
      productions.addMember(id, armorer, Set.of(CrewRole.ARMORER), "Armory");
      return id;
    });
    crew.holdsArmorerPermit(armorer);
    String custody = "/productions/" + production + "/custody";

    try (Phone phone = new Phone(port)) {
      phone.signIn(armorer, Crew.PASSWORD);
      phone.open("/account");
      phone.choose("language", "es").press("Use this language");
      assertThat(phone.heading()).isEqualTo("Mi cuenta");

      phone.open(custody);
      assertThat(phone.heading()).isEqualTo("Armas");
      assertThat(phone.text()).contains("Registrar un arma").contains("Lotes de munición")
          .doesNotContain("Register a weapon").doesNotContain("out of lock-up");
      phone.follow("Registrar un arma");
      phone.choose("kind", "FIREARM").type("manufacturerOrImporter", "Colt").type("model", "Single Action Army")
          .type("serial", "RB1873").choose("type", "REVOLVER").type("caliberOrGauge", ".45 Colt")
          .type("ownerName", "Gunslinger Rentals").press("Registrar");

      assertThat(phone.heading()).isEqualTo("Colt Single Action Army #RB1873");
      assertThat(phone.text()).contains("ya está en el registro. Ahora recíbela.").contains("Recibirla")
          .doesNotContain("Receive it");
      phone.type("receivedFrom", "Gunslinger Rentals").press("Recibir");
      assertThat(phone.text()).contains("Recibida bajo tu custodia.").contains("Inspeccionarla");
      phone.type("finding", "Cañón limpio, tambor vacío").press("Inspeccionada");

      assertThat(phone.text()).contains("Mostrarla VACÍA").contains("Mostrada VACÍA: sin nada").contains("¿Quién miró?")
          .contains("Con el armero").doesNotContain("Show it CLEAR").doesNotContain("Who watched?")
          .doesNotContain("With the armorer");
      assertThat(phone.textOf("state")).contains("Con el armero");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-armorer-weapon-phone");
    }
  }
}
