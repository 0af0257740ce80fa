package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * A shooting day on which the revolver stays on the armorer's cart over lunch and past its grace, the wrap count
 * comes up six blanks short and the day is left open after wrap. The armorer, who chose Spanish, reads on the watch,
 * holds and days pages what the watch and the count found in Spanish, said from the parts each fact keeps; the safety
 * advisor, reading English, reads each finding as it was recorded, word for word.
 */
@SetSafeTest
class WatchAndCountFindingsPagesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final String BLANKS_ES = "cartuchos de fogueo de cuarto de carga .45 Colt de Desert Prop Ammunition";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired UnattendedWatch watch;
  @Autowired TestClock clock;

  private FreshProduction set;

  @Test
  void theArmorerReadsTheWatchsFindingsAndTheShortCountInSpanishAndTheSafetyAdvisorReadsTheRecordedEnglish()
      throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Watch words");
    LocalDate today = set.today(null, null).date();
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(set.who("rosa.armorer")))
        .with(csrf())).andExpect(status().is3xxRedirection());
    received();
    String lot = registerLot();
    send("rosa.armorer", api() + "/wrap/close", "{\"counts\":{\"" + lot + "\":44}}").andExpect(status().isConflict());
    send("dana.ad", "/api/productions/" + set.id() + "/meal-break", "").andExpect(status().isOk());
    clock.advance(Duration.ofMinutes(11));
    watch.sweep();
    send("dana.ad", "/api/productions/" + set.id() + "/wrap", "").andExpect(status().isOk());

    String watchPage = pages() + "/watch";
    assertThat(page("rosa.armorer", watchPage))
        .contains("No estaba guardada en el resguardo a la hora de la comida (la tenía Rosa Delgado)")
        .contains("está fuera del resguardo con el armero a la hora de la comida; toda arma se guarda en el resguardo "
            + "a la hora de la comida (Industry Safety Bulletin #1: nunca sin vigilancia).")
        .contains("Sigue fuera del resguardo: se abrió un reporte de peligro")
        .contains("sigue fuera del resguardo con el armero, 10 minutos después de la alerta; nadie la guardó en el "
            + "resguardo.")
        .contains("Fin del día: los cartuchos no cuadran")
        .contains("los cartuchos no cuadran: el conteo del " + today + " sigue abierto (" + BLANKS_ES
            + ": contados 44, se esperaban 50). El armero cuenta cada lote y cierra el día.")
        .doesNotContain("Not locked up").doesNotContain("after the alert").doesNotContain("do not reconcile")
        .doesNotContain("counted 44").doesNotContain("never unattended").doesNotContain("hazard report");
    String english = page("sam.safety", watchPage);
    assertThat(english).contains("Not locked up at the meal break (with Rosa Delgado)")
        .contains("Not locked up at wrap (with Rosa Delgado)").contains("Still not locked up: hazard report opened")
        .contains("Wrap: the rounds do not reconcile").doesNotContain("resguardo");
    assertThat(recordedToday()).hasSize(4).allSatisfy(recorded ->
        assertThat(english).as("as recorded").contains(HtmlUtils.htmlEscape(recorded)));

    // Told at once, each in their own language: the armorer in Spanish, the safety advisor in the record's English.
    assertThat(inbox("rosa.armorer")).anyMatch(body -> body.contains("está fuera del resguardo con el armero a la hora "
        + "de la comida")).anyMatch(body -> body.contains("el conteo del " + today + " sigue abierto"))
        .noneMatch(body -> body.contains("never unattended") || body.contains("do not reconcile"));
    List<String> told = inbox("sam.safety");
    recordedToday().forEach(recorded -> assertThat(told).anyMatch(body -> body.startsWith(recorded + "\n")));

    String holds = pages() + "/holds";
    assertThat(page("rosa.armorer", holds))
        .contains("quedó sin vigilancia (hora de la comida del " + day(today, SPANISH) + "; la tenía Rosa Delgado)")
        .contains("quedó sin vigilancia (final del día del " + day(today, SPANISH) + "; la tenía Rosa Delgado)")
        .contains("El conteo de cartuchos del " + today + " no cuadró")
        .contains(BLANKS_ES + ": contados 44, se esperaban 50.")
        .doesNotContain("meal-break:").doesNotContain("wrap:").doesNotContain("counted 44");
    assertThat(page("sam.safety", holds))
        .contains("left unattended at the meal break on " + day(today, Locale.ENGLISH) + " (last with Rosa Delgado)")
        .contains("left unattended at wrap on " + day(today, Locale.ENGLISH) + " (last with Rosa Delgado)")
        .contains(".45 Colt quarter-load blanks from Desert Prop Ammunition: counted 44, expected 50.")
        .doesNotContain("meal-break:").doesNotContain("wrap:");

    clock.advance(Duration.ofMinutes(121));
    watch.sweep();
    // Two hours on, the revolver has also stood idle, and the alert at wrap has run past its grace.
    assertThat(page("rosa.armorer", watchPage)).contains("El día no se cerró después del final del día")
        .contains("Fuera del resguardo, nadie dio ningún paso con ella (la tenía Rosa Delgado)")
        .contains("está fuera del resguardo con el armero sin ningún paso de custodia desde hace más de 30 minutos")
        .contains(", 2 horas después del final del día, el armero no había cerrado el " + today + ": se cuenta cada "
            + "lote y se cierra el día antes de que el equipo se vaya a casa. Sigue abierto: " + BLANKS_ES
            + ": contados 44, se esperaban 50.")
        .doesNotContain("after wrap").doesNotContain("no custody step");
    String afterWrap = page("sam.safety", watchPage);
    assertThat(afterWrap).contains("Day not closed after wrap");
    assertThat(recordedToday()).hasSize(7).allSatisfy(recorded ->
        assertThat(afterWrap).as("as recorded").contains(HtmlUtils.htmlEscape(recorded)));

    Instant start = clock.instant();
    clock.advance(Duration.ofDays(1));
    try {
      assertThat(page("rosa.armorer", pages() + "/days"))
          .contains("Sus cartuchos no están cuadrados: su conteo de cartuchos no cuadró (" + BLANKS_ES
              + ": contados 44, se esperaban 50.).")
          .doesNotContain("did not reconcile").doesNotContain("counted 44");
      assertThat(page("sam.safety", pages() + "/days"))
          .contains("Its rounds are not accounted for: its round count did not reconcile (.45 Colt quarter-load "
              + "blanks from Desert Prop Ammunition: counted 44, expected 50.).");
    } finally {
      clock.set(start);
    }
  }

  // ---- helpers ----

  private String api() {
    return "/api/productions/" + set.id() + "/custody";
  }

  private String pages() {
    return "/productions/" + set.id() + "/custody";
  }

  private static String day(LocalDate day, Locale language) {
    return DateTimeFormatter.ofPattern("EEE d MMM", language).format(day);
  }

  /** The English the watch recorded today: each alert's reason and each day's findings. */
  private List<String> recordedToday() throws Exception {
    String body = mvc.perform(get(api() + "/watch/today").header("Authorization", crew.bearer(set.who("dana.ad"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Map<String, Object>> raised = JsonPath.read(body, "$[*].fact");
    return raised.stream().map(fact -> (String) (fact.containsKey("findings") ? fact.get("findings")
        : fact.get("reason"))).toList();
  }

  /** The bodies in a person's inbox. */
  private List<String> inbox(String who) throws Exception {
    String body = mvc.perform(get("/api/inbox").header("Authorization", crew.bearer(set.who(who))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.items[*].body");
  }

  private void received() throws Exception {
    String body = send("rosa.armorer", api() + "/weapons", """
        {"kind":"FIREARM","serial":"W-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String weapon = JsonPath.read(body, "$.weapon.id");
    send("rosa.armorer", api() + "/weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
  }

  private String registerLot() throws Exception {
    String body = send("rosa.armorer", api() + "/lots", """
        {"roundClass":"BLANK_QUARTER","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s",
         "count":50,"origin":"NEW_FROM_SUPPLIER"}""".formatted(set.today()))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return JsonPath.read(body, "$.id");
  }

  private ResultActions send(String who, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(who))).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(set.who(who))).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
