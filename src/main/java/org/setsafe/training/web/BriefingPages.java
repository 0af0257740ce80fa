package org.setsafe.training.web;

import java.util.Set;
import java.util.UUID;
import org.setsafe.identity.SignedInUser;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.training.ArmorerBriefings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The armorer's briefings of performers on the phone: who was briefed when, what it covered and how long it
 * counts; the armorer's form to record one; and the production's rule on whether a briefing may stand in for
 * firearms safety training.
 */
@Controller
class BriefingPages {

  private final ArmorerBriefings briefings;
  private final Productions productions;

  BriefingPages(ArmorerBriefings briefings, Productions productions) {
    this.briefings = briefings;
    this.productions = productions;
  }

  @GetMapping("/productions/{productionId}/qualifications/briefings")
  String page(@PathVariable UUID productionId, Model model) {
    Production production = productions.get(productionId);
    Set<CrewRole> mine = productions.rolesOf(productionId, SignedInUser.current().orElseThrow().id()).orElse(Set.of());
    model.addAttribute("production", production);
    model.addAttribute("briefings", briefings.briefings(productionId));
    model.addAttribute("rule", briefings.rule(productionId));
    model.addAttribute("performers", productions.members(productionId).stream()
        .filter(m -> m.holds(CrewRole.PERFORMER)).toList());
    model.addAttribute("canBrief", mine.contains(CrewRole.ARMORER) || mine.contains(CrewRole.PROPERTY_MASTER));
    model.addAttribute("canSetRule", mine.contains(CrewRole.PRODUCER) || mine.contains(CrewRole.UPM)
        || mine.contains(CrewRole.SAFETY_ADVISOR));
    return "training/briefings";
  }

  @PostMapping("/productions/{productionId}/qualifications/briefings")
  String record(@PathVariable UUID productionId, @RequestParam(required = false) UUID performerId,
      @RequestParam(required = false) String topics) {
    briefings.record(productionId, performerId, topics);
    return "redirect:/productions/" + productionId + "/qualifications/briefings";
  }

  @PostMapping("/productions/{productionId}/qualifications/briefings/rule")
  String setRule(@PathVariable UUID productionId, @RequestParam(defaultValue = "false") boolean briefingAccepted,
      @RequestParam(defaultValue = "0") int briefingValidDays) {
    briefings.setRule(productionId, briefingAccepted, briefingValidDays);
    return "redirect:/productions/" + productionId + "/qualifications/briefings";
  }

}
