package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The management review a safety budget cut opens reads in the reader's language wherever it waits (the reviews page,
 * "needs you now" on the dashboard and on the productions page): the cut in the budget's words, the producer's reason
 * as they typed it, in any language. An English reader reads the English the review was opened with, and the API and
 * the ledger keep that English.
 */
@SetSafeTest
class SafetyBudgetCutReviewInWordsTest {

  /** Typed in English on purpose, with what a message format would otherwise eat: it must reach every page as typed. */
  private static final String TYPED = "Props' crew covers {0} the armory on days two and three";
  private static final String ENGLISH = "Armorer days cut to 1 day, below the 3 the schedule needs (was 3). "
      + "Reason given: " + TYPED;
  private static final String SPANISH = "Días de armero: recorte a 1 día, por debajo de los 3 que necesita el plan de "
      + "rodaje (antes: 3). Motivo: " + TYPED;

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;

  @Test
  void aCutsReviewSaysTheCutInTheReadersWordsAndTheProducersReasonAsTyped() throws Exception {
    BudgetTestProduction.Set_ set = new BudgetTestProduction(productions, schedule, accounts, crew)
        .withFirearmsDays("Said Apart", 3);
    // A producer on two productions, so the productions page lists them rather than opening the one.
    SystemActor.run(() -> productions.addMember(SystemActor.call(() -> productions.create("Elsewhere "
        + UUID.randomUUID().toString().substring(0, 6), "UTC")).id(), set.who("grace.producer"),
        EnumSet.of(CrewRole.PRODUCER), null));
    change(set, """
        {"kind":"ARMORER_DAYS","plannedUnits":3,"rate":"950.00","currency":"USD"}""");
    change(set, """
        {"kind":"ARMORER_DAYS","plannedUnits":1,"rate":"950.00","reason":"%s"}""".formatted(TYPED));

    String dashboard = "/productions/" + set.id();
    String reviews = read(set, dashboard + "/reports/reviews", "es");
    assertThat(reviews).contains(SPANISH).doesNotContain("Reason given").doesNotContain("cut to 1 day");
    assertThat(list(read(set, dashboard, "es"))).contains("Una revisión de la gerencia espera tu respuesta por "
        + "escrito: " + SPANISH + ".").doesNotContain("Reason given");
    assertThat(line(read(set, "/", "es"), set.production.name())).contains(SPANISH).doesNotContain("Reason given");

    assertThat(read(set, dashboard + "/reports/reviews", "en")).contains(ENGLISH).doesNotContain("Motivo");
    assertThat(list(read(set, dashboard, "en")))
        .contains("A management review waits for your written answer: " + ENGLISH + ".");
    assertThat(line(read(set, "/", "en"), set.production.name())).contains(ENGLISH);

    String api = mvc.perform(get(set.api() + "/reports/reviews").header("Authorization",
            crew.bearer(set.who("grace.producer"))).header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(api).as("the API answers the English as stored, and nothing of the parts").contains("Reason given: ")
        .contains("Props' crew covers {0}").doesNotContain("Motivo").doesNotContain("typed")
        .doesNotContain("parts").doesNotContain("reason.budget.cut");
  }

  private void change(BudgetTestProduction.Set_ set, String json) throws Exception {
    mvc.perform(post(set.api() + "/budget/lines").header("Authorization", crew.bearer(set.who("leo.upm")))
            .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
            .content(json))
        .andExpect(status().isCreated());
  }

  /** The page as the producer reads it, its escaped characters read back as the text they show. */
  private String read(BudgetTestProduction.Set_ set, String path, String language) throws Exception {
    return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(crew.signedIn(set.who("grace.producer")))
            .header("Accept-Language", language)).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString());
  }

  /** The "needs you now" list alone, as the dashboard has it. */
  private static String list(String page) {
    int start = page.indexOf("needs-you-list");
    assertThat(start).as("a list of what waits").isNotNegative();
    return page.substring(start, page.indexOf("</ol>", start));
  }

  /** One production's line on the productions page. */
  private static String line(String page, String production) {
    int start = page.indexOf(production);
    assertThat(start).as(production + " on the page").isNotNegative();
    return page.substring(start, page.indexOf("</li>", start));
  }
}
