package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalTime;
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
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An armorer whose phone is set to English chooses Spanish, registers a revolver, receives and inspects it on its
 * page, and reaches the show-clear in Spanish: on a 390 px phone screen, where the weapon page's longer Spanish
 * words (its buttons, badges and the witness picker) must still fit. And, on a set of her own where a live round was
 * found, her revolver misfired and the meal break was called with it out of lock-up, she follows the link to the
 * holds and alerts and reads the find, the roles each hold awaits and the watch's alert in Spanish.
 */
@SetSafeTest
@Tag("browser")
class SpanishArmorerOnAPhoneBrowserTest {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired MockMvc mvc;

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

  @Test
  void anArmorerWhoChoseSpanishReadsTheHoldsAndAlertsInSpanish() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String armorer = "armera." + suffix;
    String firstAd = "ayudante." + suffix;
    String camera = "camara." + suffix;
    accounts.createWithPassword(SystemActor.ID, armorer, "Carmen Ortiz", null, null, Crew.PASSWORD);
    accounts.createWithPassword(SystemActor.ID, firstAd, "Diego Ruiz", null, null, Crew.PASSWORD);
    accounts.createWithPassword(SystemActor.ID, camera, "Lucía Vega", null, null, Crew.PASSWORD);
    UUID production = SystemActor.call(() -> {
      var created = productions.create("Tierra Caliente " + suffix, "America/Denver");
      productions.addMember(created.id(), armorer, Set.of(CrewRole.ARMORER), "Armory");
      productions.addMember(created.id(), firstAd, Set.of(CrewRole.FIRST_AD), "Assistant directors");
      productions.addMember(created.id(), camera, Set.of(CrewRole.CAMERA), "Camera");
      schedule.scheduleDay(created.id(), schedule.today(created), LocalTime.of(6, 0), "Stage 4");
      return created.id();
    });
    crew.holdsArmorerPermit(armorer);
    String api = "/api/productions/" + production;
    String weapon = JsonPath.read(api(armorer, api + "/custody/weapons", """
        {"kind":"FIREARM","serial":"TC1910","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}"""), "$.weapon.id");
    api(armorer, api + "/custody/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}");
    api(armorer, api + "/custody/weapons/" + weapon + "/misfire", "{\"description\":\"Clic, sin disparo\"}");
    api(camera, api + "/custody/live-rounds-found", "{\"where\":\"carrito de utilería\"}");
    api(firstAd, api + "/meal-break", "");

    try (Phone phone = new Phone(port)) {
      phone.signIn(armorer, Crew.PASSWORD);
      phone.open("/account");
      phone.choose("language", "es").press("Use this language");
      phone.open("/productions/" + production + "/custody");
      assertThat(phone.textOf("firearms-hold")).contains("Cartucho real encontrado: carrito de utilería")
          .doesNotContain("Live round found");
      phone.follow("Retenciones y alertas");

      assertThat(phone.heading()).isEqualTo("Retenciones y alertas");
      assertThat(phone.textOf("open-find")).contains("Cartucho real encontrado: carrito de utilería")
          .contains("Todavía falta:").contains("productor").contains("asesor de seguridad").contains(" y ")
          .doesNotContain("Live round found").doesNotContain("producer").doesNotContain(" and ");
      assertThat(phone.textOf("weapon-on-hold")).contains("Espera la revisión de armero y asesor de seguridad")
          .doesNotContain("armorer").doesNotContain("safety advisor");
      assertThat(phone.textOf("alerts")).contains("Colt Single Action Army #TC1910 quedó sin vigilancia")
          .contains("la tenía Carmen Ortiz").contains("está retenida con el armero pero fuera del resguardo")
          .contains("nunca sin vigilancia").doesNotContain("left unattended").doesNotContain("not locked up")
          .doesNotContain("last with");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("spanish-armorer-holds-phone");
    }
  }

  private String api(String who, String url, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(url).header("Authorization", crew.bearer(who))
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
  }
}
