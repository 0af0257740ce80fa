package org.setsafe.briefing.web;

import java.util.UUID;
import org.setsafe.briefing.PreProductionCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.production.Productions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pre-production check: every gap by area, each with its remedy, and each area that has none saying so; in the
 * tense of the day (before shooting starts, or open now once it has begun).
 */
@Controller
class PreProductionPages {

  private final PreProductionCheck check;
  private final Productions productions;

  PreProductionPages(PreProductionCheck check, Productions productions) {
    this.check = check;
    this.productions = productions;
  }

  @GetMapping("/productions/{productionId}/pre-production")
  String page(@PathVariable UUID productionId, Model model) {
    PreProduction result = check.check(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("check", result);
    return "briefing/preproduction";
  }
}
