package org.setsafe.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.production.ShootingSchedule;
import org.setsafe.shared.Refusal.Said;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The pre-production check lists each coming firearms day that no budgeted armorer day covers: a dedicated
 * armorer every firearms day costs money, and on "Rust" the armorer was hired cheap to do props as well. Reads
 * without checking access again: the check itself let the caller in. The gap names who closes it but links nowhere:
 * the whole crew reads the check, and only the UPM, producers and safety read the budget.
 */
@Component
@Order(70)
class BudgetReadiness implements ReadinessCheck {

  private static final String AREA = "Safety budget";

  private final BudgetViews views;
  private final CrewList crew;
  private final ShootingSchedule schedule;

  BudgetReadiness(BudgetViews views, CrewList crew, ShootingSchedule schedule) {
    this.views = views;
    this.crew = crew;
    this.schedule = schedule;
  }

  @Override
  public Area area() {
    return new Area(AREA, "Every coming firearms day has a budgeted armorer.")
        .saying(Said.of("gap.budget.area.safety-budget"), Said.of("gap.budget.area.safety-budget.clear"));
  }

  @Override
  public List<Gap> gaps(UUID productionId) {
    Production production = crew.production(productionId);
    LocalDate today = schedule.today(production);
    return views.sheetOf(production).firearmsDaysWithoutArmorer().stream()
        .filter(date -> !date.isBefore(today))
        .map(date -> new Gap(AREA, "No budgeted armorer for the firearms day " + date,
            "The UPM or a producer plans an armorer day for it in the safety budget",
            // No link: the check is read by the whole crew, the budget only by those who answer for it.
            null).saying(Said.of("gap.budget.no-armorer", date), Said.of("gap.budget.no-armorer.fix")))
        .toList();
  }
}
