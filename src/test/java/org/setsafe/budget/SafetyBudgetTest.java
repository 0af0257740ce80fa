package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.GapWords;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.studio.StudioColumn;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The safety budget the way the production office and the studio live it: the UPM plans an armorer for every
 * firearms day, then cuts the line below what the schedule needs. Without a reason the cut is refused and the attempt
 * recorded; with one it is flagged, opens a management review the producer answers, and studio safety sees it on the
 * budget, among the reviews and in the studio's table. A firearms day without a budgeted armorer is a
 * pre-production gap.
 */
@SetSafeTest
class SafetyBudgetTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired org.setsafe.production.Productions allProductions;
  @Autowired org.setsafe.production.Schedule schedule;
  @Autowired org.setsafe.identity.Accounts accounts;
  @Autowired List<StudioColumn> columns;
  @Autowired List<ReadinessCheck> checks;

  private BudgetTestProduction productions;

  @org.junit.jupiter.api.BeforeEach
  void productions() {
    productions = new BudgetTestProduction(allProductions, schedule, accounts, crew);
  }

  @Test
  void theUpmCutsTheArmorerBudgetBelowTheFirearmsDaysAndStudioSafetySeesTheFlagAndTheReview() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Cut Corners", 3);

    // The UPM plans a dedicated armorer for each of the three firearms days.
    change(set, "leo.upm", """
        {"kind":"ARMORER_DAYS","plannedUnits":3,"rate":"950.00","committed":"1900","currency":"USD",
         "note":"Rosa Delgado, dedicated"}""").andExpect(status().isCreated())
        .andExpect(jsonPath("$.lines[0].kind").value("ARMORER_DAYS"))
        .andExpect(jsonPath("$.lines[0].neededUnits").value(3))
        .andExpect(jsonPath("$.lines[0].plannedCents").value(285000))
        .andExpect(jsonPath("$.lines[0].belowNeed").value(false))
        .andExpect(jsonPath("$.firearmsDaysWithoutArmorer").isEmpty());

    // Money gets tight: the UPM cuts the armorer to one day, and gives no reason. Refused, by a named rule.
    String refused = change(set, "leo.upm", """
        {"kind":"ARMORER_DAYS","plannedUnits":1,"rate":"950.00"}""").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("budget.cut-needs-reason"))
        .andExpect(jsonPath("$.errors[0].field").value("reason"))
        .andExpect(jsonPath("$.reason").value(containsString("below the 3 the schedule needs")))
        .andExpect(result -> saidAsWritten((InvalidInputException) result.getResolvedException()))
        .andReturn().getResponse().getContentAsString();
    String refusalId = JsonPath.read(refused, "$.refusalId");
    sheet(set, "leo.upm").andExpect(jsonPath("$.lines[0].version").value(1))
        .andExpect(jsonPath("$.lines[0].plannedUnits").value(3));

    // With a written reason the cut goes through, flagged, and a management review opens.
    change(set, "leo.upm", """
        {"kind":"ARMORER_DAYS","plannedUnits":1,"rate":"950.00",
         "reason":"Props will cover the armory on days two and three"}""").andExpect(status().isCreated())
        .andExpect(jsonPath("$.lines[0].version").value(2))
        .andExpect(jsonPath("$.lines[0].belowNeed").value(true))
        .andExpect(jsonPath("$.lines[0].cutFlagged").value(true))
        .andExpect(jsonPath("$.lines[0].reviewId").isNotEmpty())
        .andExpect(jsonPath("$.lines[0].versions[0].cut").value(containsString("below the 3 the schedule needs")))
        .andExpect(jsonPath("$.lines[0].versions[0].changedByName").value("leo.upm"))
        .andExpect(jsonPath("$.firearmsDaysWithoutArmorer.length()").value(2));

    // Two firearms days have no budgeted armorer: gaps on the pre-production check.
    send(set, "leo.upm", set.api() + "/pre-production", null).andExpect(status().isOk())
        .andExpect(jsonPath("$.gaps[?(@.area == 'Safety budget')].missing",
            hasItem(containsString("No budgeted armorer for the firearms day " + set.day(1)))));
    assertThat(GapWords.saidAsWritten(checks, set.id(), "Safety budget")).hasSize(2);

    // Studio safety sees the budget, the review the cut opened, and the flag in the studio's table.
    sheet(set, "demo.studio").andExpect(status().isOk()).andExpect(jsonPath("$.lines[0].cutFlagged").value(true));
    String reviews = send(set, "demo.studio", set.api() + "/reports/reviews", null).andExpect(status().isOk())
        .andExpect(jsonPath("$[0].trigger").value("SAFETY_BUDGET_CUT"))
        .andExpect(jsonPath("$[0].department").value("Safety budget"))
        .andExpect(jsonPath("$[0].why").value(containsString("Props will cover the armory")))
        .andReturn().getResponse().getContentAsString();
    StudioColumn flags = columns.stream().filter(c -> c.key().equals("budget-flags")).findFirst().orElseThrow();
    StudioCell cell = flags.cells(List.of(set.id()), java.time.Instant.now()).get(set.id());
    assertThat(cell.concern()).isEqualTo(Concern.ACT);
    assertThat(cell.words()).isEqualTo("1 line below need, 1 cut flagged");
    assertThat(cell.link()).isEqualTo("/productions/" + set.id() + "/budget");

    // The producer answers the review in writing, as for repeated reports.
    String reviewId = JsonPath.read(reviews, "$[0].id");
    send(set, "grace.producer", set.api() + "/reports/reviews/" + reviewId + "/answer",
        "{\"answer\":\"Second armorer hired for days two and three; props will not touch the weapons\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value(containsString("Second armorer")));

    // Everything is on the ledger: the versions, the refused attempt, the flagged cut and the review.
    List<String> kinds = await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(() ->
        ledger.history(set.id(), "budget:" + set.id())).stream().map(LedgerEntry::kind).toList(),
        k -> k.contains("budget.cut-flagged") && k.contains("budget.change-refused"));
    assertThat(kinds).containsExactlyInAnyOrder("budget.line-changed", "budget.change-refused",
        "budget.line-changed", "budget.cut-flagged");
    assertThat(refusalId).isNotBlank();
  }

  @Test
  void aCutByMoreThanTheAllowedShareNeedsAReasonEvenAboveTheNeed() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Thin Shields", 1);
    change(set, "grace.producer", """
        {"kind":"PROTECTIVE_EQUIPMENT","plannedUnits":4,"rate":"1200"}""").andExpect(status().isCreated());
    // 25% off a line the schedule names no minimum for: more than the 20% allowed.
    change(set, "grace.producer", """
        {"kind":"PROTECTIVE_EQUIPMENT","plannedUnits":3,"rate":"1200"}""").andExpect(status().isConflict())
        .andExpect(jsonPath("$.reason").value(containsString("cut by 25%, more than the 20% allowed")))
        .andExpect(result -> saidAsWritten((InvalidInputException) result.getResolvedException()));
    // 10% is within the share: no reason needed, nothing flagged.
    change(set, "grace.producer", """
        {"kind":"PROTECTIVE_EQUIPMENT","plannedUnits":4,"rate":"1080"}""").andExpect(status().isCreated())
        .andExpect(jsonPath("$.lines[?(@.kind == 'PROTECTIVE_EQUIPMENT')].cutFlagged").value(hasItem(false)));
    // Raising a line is never a cut.
    change(set, "grace.producer", """
        {"kind":"PROTECTIVE_EQUIPMENT","plannedUnits":8,"rate":"1080"}""").andExpect(status().isCreated());
  }

  @Test
  void onlyTheUpmAndProducersChangeTheBudgetAndTheArmorerDoesNotReadIt() throws Exception {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Who Pays", 1);
    sheet(set, "sam.safety").andExpect(status().isOk());
    change(set, "sam.safety", "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\"}")
        .andExpect(status().isForbidden());
    change(set, "demo.studio", "{\"kind\":\"SET_MEDIC_DAYS\",\"plannedUnits\":1,\"rate\":\"800\"}")
        .andExpect(status().isForbidden());
    sheet(set, "rosa.armorer").andExpect(status().isForbidden());
    send(set, "rosa.armorer", set.api() + "/budget/report.csv", null).andExpect(status().isForbidden());
    // Someone on another production learns nothing of this one.
    mvc.perform(get(set.api() + "/budget").header("Authorization", crew.bearer("hank.props")))
        .andExpect(status().isNotFound());
    // On the pages too: the safety advisor reads, the armorer is refused.
    mvc.perform(get("/productions/" + set.id() + "/budget").with(crew.signedIn(set.who("sam.safety"))))
        .andExpect(status().isOk());
    mvc.perform(get("/productions/" + set.id() + "/budget").with(crew.signedIn(set.who("rosa.armorer"))))
        .andExpect(status().isForbidden());
    // An administrator follows the studio's budget flags here: reads, changes nothing.
    mvc.perform(get("/productions/" + set.id() + "/budget").with(crew.signedIn("demo.admin")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/productions/" + set.id() + "/budget/lines"))));
  }

  // ---- helpers ----

  private ResultActions sheet(BudgetTestProduction.Set_ set, String as) throws Exception {
    return send(set, as, set.api() + "/budget", null);
  }

  private ResultActions change(BudgetTestProduction.Set_ set, String as, String json) throws Exception {
    return send(set, as, set.api() + "/budget/lines", json);
  }

  private ResultActions send(BudgetTestProduction.Set_ set, String as, String url, String json) throws Exception {
    String who = set.who(as);
    if (json == null) {
      return mvc.perform(get(url).header("Authorization", crew.bearer(who)));
    }
    return mvc.perform(post(url).header("Authorization", crew.bearer(who)).header("Idempotency-Key",
        UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
