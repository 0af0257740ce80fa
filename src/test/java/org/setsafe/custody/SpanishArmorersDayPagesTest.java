package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An armorer who reads Spanish walks her day on the custody pages: the weapons board, registering and receiving a
 * revolver, its page with the next step, the ammunition lots, a refused load and the wrap count, all in Spanish
 * whatever her browser says, with no English left in the headings, buttons, states and notices. Her production is
 * her own, so the demo crew's pages stay in English for the other tests.
 */
@SetSafeTest
class SpanishArmorersDayPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private OwnProduction set;
  private String armorer;

  @BeforeEach
  void anArmorerWhoChoseSpanish() throws Exception {
    set = OwnProduction.create(crew, productions, accounts, schedule, "Cañón del Diablo");
    armorer = set.user("rosa.armorer");
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(armorer)).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(accounts.language(crew.id(armorer))).contains("es");
  }

  @Test
  void theArmorersDayOnTheCustodyPagesIsInSpanish() throws Exception {
    String custody = "/productions/" + set.id() + "/custody";

    String board = page(custody);
    assertThat(board).contains("<html lang=\"es\"").contains("<h1>Armas</h1>").contains("Registrar un arma")
        .contains("armas fuera del resguardo").contains("Retenciones y alertas").contains("Reportar un cartucho real")
        .contains("Todavía no hay armas en el registro.")
        .doesNotContain(">Weapons<").doesNotContain("Register a weapon").doesNotContain("Holds and alerts")
        .doesNotContain("out of lock-up").doesNotContain("No weapons on the register yet.");

    assertThat(page(custody + "/weapons/new")).contains("Fabricante o importador").contains("Arma de fuego")
        .contains("Revólver").contains(">Registrar<").doesNotContain("Manufacturer or importer")
        .doesNotContain(">Firearm<").doesNotContain(">Revolver<");
    MvcResult registered = step(post(custody + "/weapons").param("kind", "FIREARM")
        .param("manufacturerOrImporter", "Colt").param("model", "Single Action Army").param("serial", "ES1234")
        .param("type", "REVOLVER").param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"));
    String weapon = registered.getResponse().getRedirectedUrl();
    String fresh = landing(registered);
    assertThat(fresh).contains("Colt Single Action Army #ES1234 ya está en el registro. Ahora recíbela.")
        .contains("Recibirla").contains("Recibida de").contains(">Recibir<").contains("En el registro, todavía sin recibir")
        .contains("Historial").contains("Número de serie").contains("Dueño")
        .doesNotContain("Receive it").doesNotContain("is on the register").doesNotContain(">History<")
        .doesNotContain("On the register, not yet received").doesNotContain("Other actions");

    String received = landing(step(post(weapon + "/receive").param("receivedFrom", "Gunslinger Rentals")));
    assertThat(received).contains("Recibida bajo tu custodia.").contains("Inspeccionarla").contains("Qué encontraste")
        .contains(">Inspeccionada<").contains("Con el armero").contains("de Gunslinger Rentals")
        .doesNotContain("Received into your custody.").doesNotContain("Inspect it").doesNotContain("With the armorer")
        .doesNotContain("Cold").doesNotContain("from Gunslinger Rentals");

    String inspected = landing(step(post(weapon + "/inspect").param("finding", "Cañón limpio, tambor vacío")));
    assertThat(inspected).contains("Inspección registrada. Ahora muéstrala vacía.").contains("Mostrarla VACÍA")
        .contains("Mostrada VACÍA: sin nada").contains("¿Quién miró?").contains(">Mostrada vacía<")
        .contains("Otras acciones").contains("Guardarla en el resguardo").contains("Agregar foto")
        .doesNotContain("Show it CLEAR").doesNotContain("Shown CLEAR").doesNotContain("Who watched?")
        .doesNotContain("Other actions").doesNotContain("Lock it up").doesNotContain("Add photo");

    assertThat(page(custody + "/lots")).contains("Lotes de munición").contains("Registrar un lote")
        .contains("Todavía no hay ningún lote de munición registrado en esta producción")
        .doesNotContain("Ammunition lots").doesNotContain("Register a lot");
    assertThat(page(custody + "/lots/new")).contains("Qué contiene").contains("Dummies").contains("Nuevo del proveedor")
        .contains("Registrarlo como recibido").doesNotContain("What is in it").doesNotContain("New from the supplier");
    MvcResult lotRegistered = step(post(custody + "/lots").param("roundClass", "DUMMY").param("caliber", ".45 Colt")
        .param("supplier", "Desert Prop Ammunition").param("count", "50")
        .param("receivedOn", LocalDate.now().toString()).param("origin", "NEW_FROM_SUPPLIER"));
    String lotPage = lotRegistered.getResponse().getRedirectedUrl();
    String lot = lotPage.substring(lotPage.lastIndexOf('/') + 1);
    assertThat(landing(lotRegistered)).contains("Recibido: 50").contains("Revisa cada dummy antes de cargar cualquiera.")
        .contains("Sin verificar").contains("Dónde están sus cartuchos").contains("Revisión de dummies")
        .contains("Registrar la revisión").contains("Prueba de sacudida").contains("Ponerlo en cuarentena")
        .doesNotContain("Not verified").doesNotContain("Where its rounds are").doesNotContain("Record the check")
        .doesNotContain("Check every dummy before any is loaded.");
    assertThat(page(custody + "/lots")).contains("50 en existencia, quedan 50 para cargar").doesNotContain("on hand");

    // A load from a lot nobody checked is refused: the rule in Spanish (its reason stays the domain's own words).
    String refused = landing(step(post(weapon + "/load").param("lot-1", lot)));
    assertThat(refused).contains("Rechazado: Cartuchos solo de lotes verificados.")
        .doesNotContain("Refused:").doesNotContain("Rounds only from verified lots");

    assertThat(page(custody)).contains("Colt Single Action Army #ES1234").contains("Con el armero")
        .contains("Fin del día: contar los cartuchos y cerrar el día").contains("Lotes")
        .contains("quedan 50, 0 en armas, 0 disparados").doesNotContain("With the armorer")
        .doesNotContain("Wrap: count the rounds").doesNotContain("left, 0 in weapons");

    String wrap = page(custody + "/wrap");
    assertThat(wrap).contains("Fin del día: contar los cartuchos").contains("Hoy es").contains("Cerrar el día")
        .contains("Todavía hay 1 arma fuera del resguardo.").contains("lote " + lot.substring(0, 8).toUpperCase())
        .doesNotContain("Wrap: count the rounds").doesNotContain("Close the day").doesNotContain("Today is")
        .doesNotContain("not locked up yet");

    // A count that is not a number is a problem with what she typed: said in Spanish, what she typed as typed.
    String miscounted = landing(step(post(custody + "/wrap/close").param("count." + lot, "cincuenta")));
    assertThat(miscounted).contains("un conteo es un número entero de cartuchos, no &#39;cincuenta&#39;")
        .doesNotContain("a count is a whole number of rounds");
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(armorer)).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private MvcResult step(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(crew.signedIn(armorer)).with(csrf()).header("Accept-Language", "en-US")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED))
        .andExpect(status().is3xxRedirection()).andReturn();
  }

  private String landing(MvcResult step) throws Exception {
    return mvc.perform(get(step.getResponse().getRedirectedUrl()).with(crew.signedIn(armorer))
            .header("Accept-Language", "en-US").flashAttrs(step.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
