package org.setsafe.briefing.web;

import java.util.UUID;
import org.setsafe.briefing.PreProductionCheck;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.production.Productions;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

  PreProductionPages(PreProductionCheck check, Productions productions, MessageSource messages) {
    this.check = check;
    this.productions = productions;
    this.messages = messages;
  }

  @GetMapping("/productions/{productionId}/pre-production")
  String page(@PathVariable UUID productionId, Model model) {
    PreProduction result = check.check(productionId);
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("check", result);
    model.addAttribute("words", new BriefingWords(messages, LocaleContextHolder.getLocale()));
    return "briefing/preproduction";
  }
}
