package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The holds and alerts page read by an armorer who chose Spanish: a live round found on the prop cart that the safety
 * advisor has cleared and the producer has not, her revolver held after a misfire until reviewed, and the watch's
 * alert when the meal break was called with it out of lock-up. What the page made in Java (the find's heading, the
 * roles, their "and", the alert and its reason) reads in Spanish; the safety advisor, reading English, reads what the
 * page always said, word for word.
 */
@SetSafeTest
class SpanishHoldsAndAlertsPageTest {

  private static final Pattern CLEAR_FORM = Pattern.compile("/custody/holds/([0-9a-f-]{36})/clearances");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;

  private OwnProduction set;
  private String armorer;
  private String custody;

  @BeforeEach
  void aLiveRoundAMisfireAndAMealBreakOnAnArmorersSetWhoReadsSpanish() throws Exception {
    set = OwnProduction.create(crew, productions, accounts, schedule, "Holds en español");
    armorer = set.user("rosa.armorer");
    custody = "/productions/" + set.id() + "/custody";
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(armorer)).with(csrf()))
        .andExpect(status().is3xxRedirection());

    String weapon = step(armorer, post(custody + "/weapons").param("kind", "FIREARM")
        .param("manufacturerOrImporter", "Colt").param("model", "Single Action Army").param("serial", "HW1234")
        .param("type", "REVOLVER").param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"));
    step(armorer, post(weapon + "/receive").param("receivedFrom", "Gunslinger Rentals"));
    step(armorer, post(weapon + "/report").param("kind", "MISFIRE").param("description", "Click, no bang"));
    step(set.user("marcus.camera"), post(custody + "/live-rounds-found").param("where", "prop cart")
        .param("description", "Among the dummies"));

    String safety = set.user("sam.safety");
    Matcher find = CLEAR_FORM.matcher(page(safety, custody + "/holds"));
    assertThat(find.find()).isTrue();
    step(safety, post(custody + "/holds/" + find.group(1) + "/clearances")
        .param("finding", "Cart searched, one live round removed"));

    mvc.perform(post("/api/productions/" + set.id() + "/meal-break").header("Authorization",
            crew.bearer(set.user("dana.ad"))).contentType(MediaType.APPLICATION_JSON).content(""))
        .andExpect(status().is2xxSuccessful());
  }

  @Test
  void theArmorerReadsTheHeldFindTheRolesAndTheAlertsInSpanish() throws Exception {
    String holds = page(armorer, custody + "/holds");

    assertThat(holds).contains("Cartucho real encontrado: prop cart")
        .contains("(<span>asesor de seguridad</span>)")
        .contains("Todavía falta:</strong>\n      <span>productor</span>")
        .contains("<strong>armero y asesor de seguridad</strong>")
        .contains("Colt Single Action Army #HW1234 quedó sin vigilancia (hora de la comida del "
            + mealBreakDay(Locale.forLanguageTag("es")) + "; la tenía Rosa Delgado)")
        .contains("Rosa Delgado")
        .contains("está retenida con el armero pero fuera del resguardo a la hora de la comida; toda arma se guarda "
            + "en el resguardo a la hora de la comida (Industry Safety Bulletin #1: nunca sin vigilancia).")
        .doesNotContain("Live round found").doesNotContain("safety advisor").doesNotContain(">producer<")
        .doesNotContain("armorer and").doesNotContain("left unattended").doesNotContain("meal-break:")
        .doesNotContain("last with").doesNotContain("not locked up").doesNotContain("never unattended");
  }

  @Test
  void theSafetyAdvisorReadingEnglishReadsWhatThePageAlwaysSaid() throws Exception {
    String holds = page(set.user("sam.safety"), custody + "/holds");

    assertThat(holds).contains("Live round found: prop cart")
        .contains("(<span>safety advisor</span>)")
        .contains("<span>producer</span>")
        .contains("<strong>armorer and safety advisor</strong>")
        .contains("Colt Single Action Army #HW1234 left unattended at the meal break on " + mealBreakDay(Locale.ENGLISH)
            + " (last with Rosa Delgado)")
        .doesNotContain("meal-break:")
        .contains("Colt Single Action Army #HW1234 is on hold with the armorer but not locked up at the meal break; "
            + "every weapon is locked up at the meal break (industry safety bulletin #1: never unattended).")
        .doesNotContain("Cartucho real").doesNotContain("asesor de seguridad").doesNotContain("sin vigilancia");
  }

  /** The day of the meal break as a page names it: "Mon 7 Dec", "lun 7 dic". */
  private String mealBreakDay(Locale language) {
    return DateTimeFormatter.ofPattern("EEE d MMM", language).format(schedule.today(set.production()));
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(who)).header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  /** Takes a step on a page as {@code who} and answers where it led. */
  private String step(String who, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(crew.signedIn(who)).with(csrf()).header("Accept-Language", "en-US")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED))
        .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
  }
}
