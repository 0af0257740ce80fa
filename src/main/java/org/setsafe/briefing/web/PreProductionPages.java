package org.setsafe.briefing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.setsafe.briefing.PreProductionCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.production.Productions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The pre-production check: every gap before the first shooting day, grouped by area, each with its remedy. */
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
    Map<String, List<Gap>> byArea = result.gaps().stream()
        .collect(Collectors.groupingBy(Gap::area, LinkedHashMap::new, Collectors.toList()));
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("check", result);
    model.addAttribute("byArea", byArea);
    return "briefing/preproduction";
  }
}
