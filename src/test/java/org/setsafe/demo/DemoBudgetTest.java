package org.setsafe.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.setsafe.briefing.PreProductionCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.budget.BudgetSheet;
import org.setsafe.budget.BudgetSheet.BudgetLine;
import org.setsafe.budget.BudgetViews;
import org.setsafe.escalation.SetSafeInstances;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo as a newcomer starts it, armory and office day included: the western's firearms days each have a
 * budgeted armorer, so its pre-production check shows no budget gap; Leo the UPM planned every line through the
 * budget itself (a version on the ledger each, with his name), no line below what the schedule needs; and a restart
 * plans nothing again.
 */
@Tag("database")
class DemoBudgetTest {

  @Test
  void theDemoWesternHasASafetyBudgetWithNoGapPlannedByItsUpmOnTheLedger(@TempDir Path dataDir) throws Exception {
    SetSafeInstances instances = SetSafeInstances.fresh("setsafe_demo_budget", dataDir);
    Map<String, Integer> versions;
    try (ConfigurableApplicationContext app = instances.start("demo-budget")) {
      UUID western = SetSafeInstances.western(app);
      BudgetSheet sheet = SetSafeInstances.as(app, "leo.upm", () -> app.getBean(BudgetViews.class).sheet(western));
      BudgetLine armorer = line(sheet, "ARMORER_DAYS");
      // The schedule has firearms days (today's church scenes, the shoot-out), so a missing budget would show.
      assertThat(armorer.neededUnits()).isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
      assertThat(armorer.plannedUnits()).isGreaterThanOrEqualTo(armorer.neededUnits());
      assertThat(armorer.rateCents()).isEqualTo(95_000);
      assertThat(sheet.firearmsDaysWithoutArmorer()).isEmpty();
      assertThat(sheet.totals().linesBelowNeed()).isZero();
      assertThat(sheet.currency()).isEqualTo("USD");
      assertThat(sheet.lines()).filteredOn(line -> line.version() > 0).extracting(BudgetLine::kind)
          .contains("ARMORER_DAYS", "SAFETY_ADVISOR_DAYS", "SET_MEDIC_DAYS", "SAFETY_TRAINING",
              "PROTECTIVE_EQUIPMENT", "REPLICA_WEAPONS");
      assertThat(sheet.lines()).filteredOn(line -> line.version() > 0)
          .allSatisfy(line -> assertThat(line.versions().get(0).changedByName()).isEqualTo("Leo Park"));

      PreProduction check = SetSafeInstances.as(app, "demo.studio",
          () -> app.getBean(PreProductionCheck.class).check(western));
      assertThat(check.gaps()).extracting(gap -> gap.area()).doesNotContain("Safety budget");
      assertThat(check.areas()).filteredOn(area -> area.name().equals("Safety budget"))
          .singleElement().satisfies(area -> assertThat(area.gaps()).isEmpty());

      // Each line planned is a version on the production's ledger, as when Leo plans it on his phone.
      long planned = sheet.lines().stream().filter(line -> line.version() > 0).count();
      Ledger ledger = app.getBean(Ledger.class);
      Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(
          () -> ledger.history(western, "budget:" + western)).stream().map(LedgerEntry::kind)
          .filter("budget.line-changed"::equals).count() == planned);
      versions = versions(sheet);
    }

    try (ConfigurableApplicationContext again = instances.start("demo-budget-restarted")) {
      UUID western = SetSafeInstances.western(again);
      BudgetSheet sheet = SetSafeInstances.as(again, "leo.upm",
          () -> again.getBean(BudgetViews.class).sheet(western));
      assertThat(versions(sheet)).isEqualTo(versions);
    }
  }

  private static BudgetLine line(BudgetSheet sheet, String kind) {
    return sheet.lines().stream().filter(line -> line.kind().equals(kind)).findFirst().orElseThrow();
  }

  private static Map<String, Integer> versions(BudgetSheet sheet) {
    return sheet.lines().stream().collect(Collectors.toMap(BudgetLine::kind, BudgetLine::version));
  }
}
