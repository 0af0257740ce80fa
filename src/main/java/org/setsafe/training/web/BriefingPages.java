package org.setsafe.training.web;

import java.util.UUID;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.OnSet;
import org.setsafe.production.ProductionAccess;
import org.setsafe.production.RefusalFixes;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.training.ArmorerBriefings;
import org.setsafe.training.BriefingCommands.RecordBriefing;
import org.setsafe.training.BriefingCommands.SetPerformerRule;
import org.setsafe.training.BriefingLog;
import org.setsafe.training.PersonId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The armorer's briefings of performers on the phone: who was briefed when, what it covered and how long it
 * counts; the armorer's form to record one; and the production's rule on whether a briefing may stand in for
 * firearms safety training. A briefing a rule refuses (the armorer's own permit lapsed) comes back to this page
 * in words, with who fixes it and where.
 */
@Controller
class BriefingPages {

  private final ArmorerBriefings briefings;
  private final BriefingLog log;
  private final ProductionAccess access;
  private final CrewList crew;
  private final RefusalFixes refusals;

  BriefingPages(ArmorerBriefings briefings, BriefingLog log, ProductionAccess access, CrewList crew,
      RefusalFixes refusals) {
    this.briefings = briefings;
    this.log = log;
    this.access = access;
    this.crew = crew;
    this.refusals = refusals;
  }

  @GetMapping("/productions/{productionId}/qualifications/briefings")
  String page(@PathVariable UUID productionId, Model model) {
    OnSet on = access.onSet(productionId);
    model.addAttribute("production", on.production());
    model.addAttribute("briefings", log.briefings(productionId));
    model.addAttribute("rule", log.rule(productionId));
    model.addAttribute("performers", crew.members(productionId).stream()
        .filter(m -> m.holds(CrewRole.PERFORMER)).toList());
    model.addAttribute("canBrief", on.holds(CrewRole.ARMORER) || on.holds(CrewRole.PROPERTY_MASTER));
    model.addAttribute("canSetRule", on.holds(CrewRole.PRODUCER) || on.holds(CrewRole.UPM)
        || on.holds(CrewRole.SAFETY_ADVISOR));
    return "training/briefings";
  }

  @PostMapping("/productions/{productionId}/qualifications/briefings")
  String record(@PathVariable UUID productionId, @RequestParam(required = false) UUID performerId,
      @RequestParam(required = false) String topics, RedirectAttributes redirect) {
    try {
      briefings.record(new RecordBriefing(productionId, PersonId.of(performerId), topics));
    } catch (RuleRefusedException e) {
      // In words with who can fix it and where, as every page shows a rule's refusal; the code stays in the API.
      redirect.addFlashAttribute("refusal", refusals.onPage(e, null));
    }
    return "redirect:/productions/" + productionId + "/qualifications/briefings";
  }

  @PostMapping("/productions/{productionId}/qualifications/briefings/rule")
  String setRule(@PathVariable UUID productionId, @RequestParam(defaultValue = "false") boolean briefingAccepted,
      @RequestParam(defaultValue = "0") int briefingValidDays) {
    briefings.setRule(new SetPerformerRule(productionId, briefingAccepted, briefingValidDays));
    return "redirect:/productions/" + productionId + "/qualifications/briefings";
  }
}
