package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.StatementCount;
import org.setsafe.StatementCount.Counted;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.studio.StudioColumn;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The studio's budget flags judge each budget against its schedule as it stands now, as the production's own budget
 * page does: a firearms day scheduled after the armorer was budgeted shows at once, a firearms scene taken off the
 * schedule clears the flag; and the column answers for two hundred productions in as many statements as for one.
 */
@SetSafeTest
@Import(StatementCount.Counting.class)
class BudgetFlagsColumnTest {

  @Autowired Crew crew;
  @Autowired Productions allProductions;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;
  @Autowired SafetyBudget budget;
  @Autowired List<StudioColumn> columns;

  private BudgetTestProduction productions;
  private StudioColumn flags;

  @BeforeEach
  void productions() {
    productions = new BudgetTestProduction(allProductions, schedule, accounts, crew);
    flags = columns.stream().filter(c -> c.key().equals("budget-flags")).findFirst().orElseThrow();
  }

  @Test
  void aFirearmsDayAddedAfterTheArmorerWasBudgetedIsFlaggedAtOnce() {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Late Addition", 2);
    planArmorer(set, 2);
    assertThat(cells(set.id())).doesNotContainKey(set.id());

    // The 1st AD adds a third gunfight day; nobody touches the budget.
    set.dayWith(2, Set.of(Hazard.FIREARMS));

    StudioCell cell = cells(set.id()).get(set.id());
    assertThat(cell.words()).isEqualTo("1 line below need");
    assertThat(cell.concern()).isEqualTo(Concern.ACT);
    assertThat(cell.link()).isEqualTo("/productions/" + set.id() + "/budget");
  }

  @Test
  void aLinePlannedShortIsNoLongerFlaggedOnceTheScheduleNeedsNoMore() {
    BudgetTestProduction.Set_ set = productions.withFirearmsDays("Rewrite", 2);
    planArmorer(set, 1);
    assertThat(cells(set.id()).get(set.id()).words()).isEqualTo("1 line below need");

    // The second gunfight is rewritten as a fistfight: its scene carries no firearms any more.
    SystemActor.run(() -> {
      Scene scene = schedule.scenesOn(set.id(), set.days.get(1).id()).get(0);
      schedule.markHazards(set.id(), scene.id(), Set.of());
    });

    assertThat(cells(set.id())).doesNotContainKey(set.id());
  }

  @Test
  void theColumnAnswersForTwoHundredProductionsInAsManyStatementsAsForOne() {
    BudgetTestProduction.Set_ short1 = productions.withFirearmsDays("Many A", 2);
    BudgetTestProduction.Set_ short2 = productions.withFirearmsDays("Many B", 1);
    planArmorer(short1, 1);
    planArmorer(short2, 0);
    BudgetTestProduction.Set_ covered = productions.withFirearmsDays("Many C", 1);
    planArmorer(covered, 1);

    Counted<Map<UUID, StudioCell>> one = StatementCount.of(() -> flags.cells(List.of(short1.id()), Instant.now()));
    List<UUID> many = new ArrayList<>(List.of(short1.id(), short2.id(), covered.id()));
    while (many.size() < 200) {
      many.add(UUID.randomUUID());
    }
    Counted<Map<UUID, StudioCell>> all = StatementCount.of(() -> flags.cells(many, Instant.now()));

    assertThat(all.result().keySet()).containsExactlyInAnyOrder(short1.id(), short2.id());
    assertThat(all.count()).isEqualTo(one.count()).isLessThanOrEqualTo(2);
  }

  private void planArmorer(BudgetTestProduction.Set_ set, int days) {
    crew.as(set.who("leo.upm"), () -> budget.change(set.id(), new ChangeLine("ARMORER_DAYS", BigDecimal.valueOf(days),
        new BigDecimal("950"), null, null, "USD", null, null)));
  }

  private Map<UUID, StudioCell> cells(UUID productionId) {
    return flags.cells(List.of(productionId), Instant.now());
  }
}
