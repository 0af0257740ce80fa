package org.setsafe.production;

import java.util.Optional;
import java.util.UUID;
import org.setsafe.production.RefusalFix.Fix;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RecordedRefusalAnswer;
import org.setsafe.shared.RefusedInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who can fix what a rule refused, and where: a refusal on any page names the person whose step is missing ("Ask the
 * safety advisor to sign the weapon plan for scene 31") and links to the page where they take it, so the person
 * refused is never left with a rule and nowhere to go. Each module contributes the fixes of its own rules
 * ({@link RefusalFix}); rules the refused person fixes on the same page have none. Pages reach it as
 * {@code @refusalFixes} through the fragment {@code refusal :: fix}.
 */
@Component("refusalFixes")
public class RefusalFixes {

  /** A fix as the page shows it, in the reader's language. */
  public record FixInWords(String ask, String linkText, String link) {}

  private final ShootingSchedule schedule;
  private final ObjectProvider<RefusalFix> modules;
  private final MessageSource messages;

  RefusalFixes(ShootingSchedule schedule, ObjectProvider<RefusalFix> modules, MessageSource messages) {
    this.schedule = schedule;
    this.modules = modules;
    this.messages = messages;
  }

  /**
   * A refusal as a page shows it, its rule in the words of the module it belongs to. One already recorded as evidence
   * marks the request (see {@link RecordedRefusalAnswer}), so the page's answer is kept under its idempotency key.
   */
  public RefusalOnPage onPage(InvalidInputException refused, UUID sceneId) {
    String refusalId = refused instanceof RuleRefusedException rule ? rule.refusalId()
        : refused instanceof RefusedInputException input ? input.refusalId() : null;
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (refusalId != null && request != null) {
      request.setAttribute(RecordedRefusalAnswer.ATTRIBUTE, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
    }
    // The reader's words where the rule gave some; the ledger and the API keep the English reason.
    String reason = refused.reasonIn(messages, LocaleContextHolder.getLocale());
    return new RefusalOnPage(inWords(refused.rule()), refused.rule(), reason, refusalId, sceneId);
  }

  /** The rule in plain words: its module's, or its code read as words ("protocol.weapon-plan": "Weapon plan"). */
  public String inWords(String rule) {
    if (rule == null) {
      return "A safety rule";
    }
    return modules.orderedStream().map(m -> m.inWords(rule)).flatMap(Optional::stream).findFirst()
        .orElseGet(() -> codeInWords(rule));
  }

  /**
   * The rule of a refusal on a page in the reader's language ({@code refusal.rule.<code>} of the refusals bundle); a
   * rule the bundle does not name yet reads as the words the refusal came with, in English.
   */
  public String ruleInWords(RefusalOnPage refusal) {
    String key = refusal.rule() == null ? "refusal.rule.none" : "refusal.rule." + refusal.rule();
    return messages.getMessage(key, null, refusal.ruleInWords(), LocaleContextHolder.getLocale());
  }

  /** The fix of a refusal shown on a page of this production; empty when the refused person fixes it right there. */
  public Optional<FixInWords> of(RefusalOnPage refusal, UUID productionId) {
    if (refusal == null || productionId == null || refusal.rule() == null) {
      return Optional.empty();
    }
    Scene scene = null;
    if (refusal.sceneId() != null) {
      try {
        scene = schedule.scene(productionId, refusal.sceneId());
      } catch (NotFoundException gone) {
        scene = null;
      }
    }
    Scene about = scene;
    return modules.orderedStream().map(m -> m.fix(refusal.rule(), productionId, about)).flatMap(Optional::stream)
        .findFirst().map(this::inWords);
  }

  private FixInWords inWords(Fix fix) {
    var locale = LocaleContextHolder.getLocale();
    return new FixInWords(messages.getMessage(fix.ask(), locale), messages.getMessage(fix.linkText(), locale),
        fix.link());
  }

  private static String codeInWords(String rule) {
    String words = rule.substring(rule.indexOf('.') + 1).replace('-', ' ');
    return words.isEmpty() ? "A safety rule" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
