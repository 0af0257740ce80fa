package org.setsafe.budget.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.setsafe.budget.BudgetExports;
import org.setsafe.budget.BudgetRoles;
import org.setsafe.budget.BudgetSheet;
import org.setsafe.budget.BudgetViews;
import org.setsafe.budget.ChangeLine;
import org.setsafe.budget.SafetyBudget;
import org.setsafe.budget.domain.SafetyLineKind;
import org.setsafe.production.Productions;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The safety budget on the phone and at the office desk: every line against the schedule's need and what was
 * worked or spent, the firearms days no budgeted armorer covers, a form per line for the UPM and producers, each
 * line's versions, and the report as CSV and PDF. A refused change comes back on the same page, with what was typed
 * and the rule in plain words.
 */
@Controller
class BudgetPages {

  private final BudgetViews views;
  private final BudgetRoles roles;
  private final SafetyBudget budget;
  private final BudgetExports exports;
  private final Productions productions;
  private final MessageSource messages;

  BudgetPages(BudgetViews views, BudgetRoles roles, SafetyBudget budget, BudgetExports exports,
      Productions productions, MessageSource messages) {
    this.views = views;
    this.roles = roles;
    this.budget = budget;
    this.exports = exports;
    this.productions = productions;
    this.messages = messages;
  }

  @GetMapping("/productions/{productionId}/budget")
  String page(@PathVariable UUID productionId, Model model) {
    return show(productionId, views.sheet(productionId), model, null, Map.of());
  }

  @PostMapping("/productions/{productionId}/budget/lines")
  String change(@PathVariable UUID productionId, @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "plannedUnits", required = false) String units,
      @RequestParam(name = "rate", required = false) String rate,
      @RequestParam(name = "committed", required = false) String committed,
      @RequestParam(name = "actual", required = false) String actual,
      @RequestParam(name = "note", required = false) String note,
      @RequestParam(name = "reason", required = false) String reason, Model model, HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      budget.change(productionId, new ChangeLine(kind, number("plannedUnits", units), number("rate", rate),
          number("committed", committed), number("actual", actual), null, note, reason));
    } catch (InvalidInputException e) {
      // Back on the same page, with what was typed, so a reason can be added to a flagged cut at once.
      BudgetSheet sheet = views.sheet(productionId);
      response.setStatus(e instanceof ConflictException ? 409 : 400);
      return show(productionId, sheet, model, e.forReader(), Map.of("kind", String.valueOf(kind),
          "plannedUnits", String.valueOf(units), "rate", String.valueOf(rate), "note", note == null ? "" : note,
          "reason", reason == null ? "" : reason));
    }
    SafetyLineKind changed = SafetyLineKind.fromCode(kind);
    var locale = LocaleContextHolder.getLocale();
    String line = changed == null ? messages.getMessage("budget.line", null, locale)
        : messages.getMessage("budget.line." + changed.name(), null, changed.label(), locale);
    redirect.addFlashAttribute("notice", messages.getMessage("budget.saved", new Object[] {line}, locale));
    return "redirect:/productions/" + productionId + "/budget";
  }

  @GetMapping("/productions/{productionId}/budget/report.csv")
  ResponseEntity<byte[]> csv(@PathVariable UUID productionId) {
    return BudgetFiles.csv(exports.csv(productionId));
  }

  @GetMapping("/productions/{productionId}/budget/report.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable UUID productionId) {
    return BudgetFiles.pdf(exports.pdf(productionId, LocaleContextHolder.getLocale()));
  }

  private String show(UUID productionId, BudgetSheet sheet, Model model, String problem, Map<String, String> typed) {
    model.addAttribute("production", productions.get(productionId));
    model.addAttribute("sheet", sheet);
    model.addAttribute("mayEdit", roles.mayEdit(productionId));
    model.addAttribute("problem", problem);
    model.addAttribute("typed", typed);
    return "budget/budget";
  }

  private static BigDecimal number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String plain = value.strip().replace(",", "");
    // A number of thousands of digits is refused before it is parsed at all.
    if (plain.length() > 40) {
      throw new InvalidInputException(field, "Range", field + " is far too large")
          .saying("input.budget.amount.far-too-large", ChangeLine.amountField(field));
    }
    try {
      return new BigDecimal(plain);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "Number", field + " must be a number such as 950 or 950.00")
          .saying("input.budget.amount.number", ChangeLine.amountField(field));
    }
  }
}
