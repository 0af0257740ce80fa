package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The budget report the production accountant and the studio file: planned, committed, actual (the armorer's day
 * from the roster and the hours recorded, replicas from what was entered), need and variance by line, by week and in
 * total, as CSV and as PDF. And input no budget takes: negative, NUL, too large, too precise, of another currency.
 */
@SetSafeTest
class BudgetReportTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions allProductions;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;

  private BudgetTestProduction productions;

  @BeforeEach
  void productions() {
    productions = new BudgetTestProduction(allProductions, schedule, accounts, crew);
  }

  @Test
  void theReportGivesPlannedCommittedActualNeedAndVarianceByLineAndByWeekAsCsvAndPdf() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Ledger Lines", 2);
    set.dayWith(2, Set.of(Hazard.STUNTS));
    change(set, "leo.upm", "{\"kind\":\"ARMORER_DAYS\",\"plannedUnits\":2,\"rate\":\"950\"}");
    change(set, "leo.upm", "{\"kind\":\"SAFETY_ADVISOR_DAYS\",\"plannedUnits\":3,\"rate\":\"1100.00\"}");
    change(set, "grace.producer", "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":2,\"rate\":\"800\"}");
    change(set, "grace.producer", "{\"kind\":\"REPLICA_WEAPONS\",\"plannedUnits\":6,\"rate\":\"150\","
        + "\"committed\":\"900\",\"actual\":\"450.50\",\"note\":\"Rubber Colts, \\\"stunt\\\" grade\"}");
    // The armorer works the first firearms day: on the roster and with hours recorded.
    send(set, "leo.upm", set.api() + "/staffing/days/" + set.days.get(0).id() + "/roster",
        "{\"personId\":\"" + set.idOf("rosa.armorer") + "\",\"duty\":\"ARMORER\"}").andExpect(status().isCreated());
    send(set, "leo.upm", set.api() + "/staffing/hours", "{\"personId\":\"" + set.idOf("rosa.armorer")
        + "\",\"date\":\"" + set.day(0) + "\",\"on\":\"06:00\",\"off\":\"18:00\"}").andExpect(status().isCreated());

    String csv = mvc.perform(get(set.api() + "/budget/report.csv").header("Authorization",
            crew.bearer(set.who("grace.producer"))))
        .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("text/csv")))
        .andReturn().getResponse().getContentAsString();
    assertThat(csv).startsWith("scope,line_or_week,label,planned_units,rate,planned,committed,actual,need_units,need,"
        + "variance,currency\r\n");
    assertThat(csv).contains("line,ARMORER_DAYS,Armorer days,2,950.00,1900.00,0.00,950.00,2,1900.00,950.00,USD\r\n");
    assertThat(csv).contains("line,SAFETY_ADVISOR_DAYS,Safety advisor days,3,1100.00,3300.00,0.00,0.00,3,3300.00,"
        + "3300.00,USD\r\n");
    assertThat(csv).contains("line,SET_MEDIC_DAYS,Set medic days,2,800.00,1600.00,0.00,0.00,3,2400.00,1600.00,USD\r\n");
    assertThat(csv).contains("line,REPLICA_WEAPONS,Replica weapons instead of firearms,6,150.00,900.00,900.00,450.50,"
        + "0,0.00,449.50,USD\r\n");
    assertThat(csv).contains("\"Protective equipment (shields, remote heads)\"");
    // The armorer's worked day shows in the week of the first firearms day.
    LocalDate week = set.day(0).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    assertThat(csv).containsPattern("week," + week + ",Day lines for the week of " + week + ",,,[0-9.]+,,950.00,");
    assertThat(csv).contains("total,,All safety lines,,,7700.00,900.00,1400.50,,7600.00,6299.50,USD\r\n");
    // Read back as a spreadsheet would: every row whole, the quoted label intact, the lines adding up to the total.
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords();
    assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(12));
    assertThat(rows.stream().filter(row -> row.get("scope").equals("line")).map(row -> row.get("label")))
        .contains("Protective equipment (shields, remote heads)").hasSize(10);
    assertThat(rows.stream().filter(row -> row.get("scope").equals("line"))
        .map(row -> new BigDecimal(row.get("planned"))).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(rows.get(rows.size() - 1).get("planned"));

    byte[] pdf = mvc.perform(get("/productions/" + set.id() + "/budget/report.pdf")
            .with(crew.signedIn(set.who("sam.safety"))))
        .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
        .andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Safety budget — " + set.production.name()).contains("Amounts in USD")
          .contains("Armorer days").contains("1,900.00").contains("Set medic days — below need")
          .contains("All safety lines").contains("7,700.00").contains("1,400.50").contains("BY LINE")
          .contains("DAY LINES BY WEEK").contains("Nothing flagged.");
    }
  }

  @Test
  void moneyIsWrittenInTheSeparatorsOfTheAmericasOnThePageAndItsPdfWhileTheCsvKeepsTheMachines() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Separators", 1);
    change(set, "leo.upm", "{\"kind\":\"SAFETY_ADVISOR_DAYS\",\"plannedUnits\":3,\"rate\":\"1100.50\"}");

    String spanish = mvc.perform(get("/productions/" + set.id() + "/budget").with(crew.signedIn(set.who("sam.safety")))
            .header("Accept-Language", "es-ES,es;q=0.9")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    // The page is in Spanish, its amounts in dollars as the Americas write them: never Spain's "3.301,50".
    assertThat(spanish).contains("lang=\"es\"").contains(">3,301.50</td>").doesNotContain("3.301,50");
    String english = mvc.perform(get("/productions/" + set.id() + "/budget").with(crew.signedIn(set.who("sam.safety")))
            .header("Accept-Language", "en-US,en;q=0.9")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(english).contains(">3,301.50</td>").doesNotContain("3.301,50");

    assertThat(pdfText(set, "es")).contains("3,301.50").doesNotContain("3.301,50");
    assertThat(pdfText(set, "en")).contains("3,301.50").doesNotContain("3.301,50");
    String csv = mvc.perform(get("/productions/" + set.id() + "/budget/report.csv")
            .with(crew.signedIn(set.who("sam.safety"))).header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(csv).contains(",1100.50,3301.50,");
  }

  private String pdfText(BudgetTestProduction.Set_ set, String language) throws Exception {
    byte[] pdf = mvc.perform(get("/productions/" + set.id() + "/budget/report.pdf")
            .with(crew.signedIn(set.who("sam.safety"))).header("Accept-Language", language))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Bad Sums", 1);
    change(set, "leo.upm", "{\"kind\":\"ARMORER_DAYS\",\"plannedUnits\":1,\"rate\":\"950\",\"currency\":\"USD\"}");

    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":-1,\"rate\":\"800\"}", "plannedUnits", "NotNegative");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"-800\"}", "rate", "NotNegative");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":1e30}", "rate", "Range");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":100001,\"rate\":\"800\"}", "plannedUnits", "Range");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\",\"committed\":\"99999999999\"}",
        "committed", "Range");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800.005\"}", "rate", "Cents");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1}", "rate", "Required");
    refusedInWords(set, "{\"kind\":\"MEDIC\",\"plannedUnits\":1,\"rate\":\"800\"}", "kind", "Known");
    refusedInWords(set, "{\"kind\":\"ARMORER_DAYS\",\"plannedUnits\":1,\"rate\":\"950\",\"actual\":\"950\"}", "actual",
        "WorkedFromTheRecord");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\",\"currency\":\"EUR\"}",
        "currency", "SameCurrency");
    refusedInWords(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\",\"currency\":\"XYZW\"}",
        "currency", "Known");
    refused(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\",\"reason\":\"a\\u0000b\"}",
        "reason", null);
    refused(set, "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\",\"note\":\"" + "n".repeat(501)
        + "\"}", "note", "Size");
    // A number of a thousand digits is refused before it reaches the rules.
    send(set, "leo.upm", set.api() + "/budget/lines", "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":"
        + "9".repeat(1200) + "}").andExpect(status().isBadRequest());

    // Nothing was written: the medic line was never planned.
    mvc.perform(get(set.api() + "/budget").header("Authorization", crew.bearer(set.who("leo.upm"))))
        .andExpect(jsonPath("$.lines[?(@.kind == 'SET_MEDIC_DAYS')].version").value(0))
        .andExpect(jsonPath("$.lines[?(@.kind == 'ARMORER_DAYS')].version").value(1));

    // On the page, the same rules in plain words, on the budget page itself.
    mvc.perform(post("/productions/" + set.id() + "/budget/lines").with(crew.signedIn(set.who("leo.upm")))
            .with(csrf()).param("kind", "SET_MEDIC_DAYS").param("plannedUnits", "-2").param("rate", "800"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("plannedUnits cannot be negative")));
    mvc.perform(post("/productions/" + set.id() + "/budget/lines").with(crew.signedIn(set.who("leo.upm")))
            .with(csrf()).param("kind", "SET_MEDIC_DAYS").param("plannedUnits", "two").param("rate", "800"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("plannedUnits must be a number")));
    // And in Spanish to one who reads it, the field by the form's own label.
    mvc.perform(post("/productions/" + set.id() + "/budget/lines").with(crew.signedIn(set.who("leo.upm")))
            .with(csrf()).header("Accept-Language", "es-MX,es;q=0.9").param("kind", "SET_MEDIC_DAYS")
            .param("plannedUnits", "-2").param("rate", "800"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Unidades previstas: no puede ser un número negativo")));
    mvc.perform(post("/productions/" + set.id() + "/budget/lines").with(crew.signedIn(set.who("leo.upm")))
            .with(csrf()).param("kind", "SET_MEDIC_DAYS").param("plannedUnits", "1").param("rate", "800")
            .param("reason", "nul\u0000here"))
        .andExpect(status().isBadRequest());
  }

  private ResultActions refused(BudgetTestProduction.Set_ set, String json, String field, String rule)
      throws Exception {
    ResultActions result = send(set, "leo.upm", set.api() + "/budget/lines", json)
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    if (rule != null) {
      result.andExpect(jsonPath("$.errors[0].rule").value(rule));
    }
    return result;
  }

  /** Refused by the budget's own rules, which say their words: English as answered, Spanish too. */
  private void refusedInWords(BudgetTestProduction.Set_ set, String json, String field, String rule)
      throws Exception {
    refused(set, json, field, rule)
        .andExpect(result -> saidAsWritten((InvalidInputException) result.getResolvedException()));
  }

  private void change(BudgetTestProduction.Set_ set, String as, String json) throws Exception {
    send(set, as, set.api() + "/budget/lines", json).andExpect(status().isCreated());
  }

  private ResultActions send(BudgetTestProduction.Set_ set, String as, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(as))).header("Idempotency-Key",
        UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
