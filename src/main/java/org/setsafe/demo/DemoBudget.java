package org.setsafe.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.setsafe.budget.BudgetSheet;
import org.setsafe.budget.BudgetSheet.BudgetLine;
import org.setsafe.budget.BudgetViews;
import org.setsafe.budget.ChangeLine;
import org.setsafe.budget.SafetyBudget;
import org.setsafe.production.Production;
import org.springframework.stereotype.Component;

/**
 * The western's safety budget as Leo the UPM plans it before the first day, through the budget's own service, so
 * every line is a version on the ledger with who planned it and why: Rosa and Hank as dedicated armorers on every
 * gunfight day, Samira and a set medic on every shooting day, a stunt coordinator for the ambush's falls, the cast's
 * firearms training, camera shields and a remote head, and rubber replicas. No line is planned below what the
 * schedule needs when it is seeded, so the pre-production check has no budget gap. A budget already there is left
 * as it is.
 */
@Component
class DemoBudget {

  static final String UPM = "leo.upm";

  /**
   * What Leo plans: the line, units at a rate and committed, both in US cents, entered spending (for a line staffing
   * does not work), and what the line is for. A day line is never planned below the schedule's need.
   */
  record Planned(String kind, int units, long rateCents, long committedCents, long actualCents, String note) {}

  private final ActingAs acting;
  private final SafetyBudget budget;
  private final BudgetViews views;

  DemoBudget(ActingAs acting, SafetyBudget budget, BudgetViews views) {
    this.acting = acting;
    this.budget = budget;
    this.views = views;
  }

  /**
   * The lines for a western of {@code shootingDays} days, {@code gunfightDays} of them with weapons out. Rates are
   * day rates of the trade in 2026 (a key armorer near $950, a safety advisor $1,100, a set medic $650).
   */
  static List<Planned> plan(int shootingDays, int gunfightDays) {
    return List.of(
        new Planned("ARMORER_DAYS", 2 * gunfightDays, 95_000, 2 * gunfightDays * 95_000L, 0,
            "Rosa Delgado and Hank Ostrowski, dedicated armorers every gunfight day, no other duty"),
        new Planned("SAFETY_ADVISOR_DAYS", shootingDays, 110_000, shootingDays * 110_000L, 0,
            "Samira Haddad, every shooting day"),
        new Planned("SET_MEDIC_DAYS", shootingDays, 65_000, shootingDays * 65_000L, 65_000,
            "Set medic at base camp every day: heat, horses, uneven ground"),
        new Planned("STUNT_COORDINATOR_DAYS", 1, 125_000, 125_000, 0,
            "Dry wash ambush (sc. 19): two riders fall"),
        new Planned("SAFETY_TRAINING", 2, 150_000, 300_000, 150_000,
            "Firearms safety training for the cast, Hollywood Armory Training"),
        new Planned("PROTECTIVE_EQUIPMENT", 3, 60_000, 180_000, 0,
            "Two camera shields and a remote head for the shoot-out (sc. 31)"),
        new Planned("REPLICA_WEAPONS", 2, 15_000, 30_000, 15_000,
            "Rubber Colt replicas for the falls, so no firearm goes to the ground"));
  }

  /** Plans the western's safety budget as its UPM, unless a line is already planned. */
  void seed(Production western, int shootingDays, int gunfightDays) {
    acting.run(UPM, () -> {
      BudgetSheet sheet = views.sheet(western.id());
      if (sheet.lines().stream().anyMatch(line -> line.version() > 0)) {
        return;
      }
      Map<String, BudgetLine> lines = sheet.lines().stream()
          .collect(Collectors.toMap(BudgetLine::kind, Function.identity()));
      for (Planned p : plan(shootingDays, gunfightDays)) {
        // The schedule may need more than the demo's usual plan (a firearms day added): never less than it needs.
        BigDecimal units = BigDecimal.valueOf(p.units()).max(lines.get(p.kind()).neededUnits());
        budget.change(western.id(), new ChangeLine(p.kind(), units, BigDecimal.valueOf(p.rateCents(), 2),
            BigDecimal.valueOf(p.committedCents(), 2), p.actualCents() == 0 ? null : BigDecimal.valueOf(p.actualCents(), 2),
            "USD", p.note(), "Budget for the shoot as planned before the first day"));
      }
    });
  }
}
