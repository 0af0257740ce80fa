package org.setsafe.custody.web;

import java.util.function.Supplier;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the lot, hold and armorer's-step pages take a step: the service records it (or records its refusal),
 * and the page it came from shows the outcome in plain words, as the weapon page does.
 */
final class PageSteps {

  private PageSteps() {}

  /** Takes the step and redirects back, with a notice, the refusal (rule and reason) or the problem. */
  static String take(RedirectAttributes redirect, String backTo, String notice, Supplier<?> action) {
    try {
      action.get();
      redirect.addFlashAttribute("notice", notice);
    } catch (RuleRefusedException e) {
      redirect.addFlashAttribute("refusal", CustodyView.refused(e));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("problem", e.forReader());
    }
    return "redirect:" + backTo;
  }

  /** Sends a form's own problem back to the page, without calling the service. */
  static String problem(RedirectAttributes redirect, String backTo, String problem) {
    redirect.addFlashAttribute("problem", problem);
    return "redirect:" + backTo;
  }
}
