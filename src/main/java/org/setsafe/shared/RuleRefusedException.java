package org.setsafe.shared;

import java.util.Locale;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.MessageSource;

/**
 * A safety rule refused the step in the current state (the weapon is on hold, nobody showed it clear).
 * Reported as 409 with the rule's code and its reason, and with {@code refusalId} naming the recorded
 * refusal, since the attempt itself is evidence. The message is the English reason, as recorded; pages show
 * {@link #reasonIn(MessageSource, Locale) the reader's words} when the refusal has some.
 */
public class RuleRefusedException extends ConflictException {

  private final String refusalId;
  private final Said said;

  public RuleRefusedException(String field, String rule, String reason, String refusalId) {
    this(field, rule, reason, refusalId, null);
  }

  public RuleRefusedException(String field, Refusal refusal, String refusalId) {
    this(field, refusal.rule(), refusal.reason(), refusalId, refusal.said());
  }

  private RuleRefusedException(String field, String rule, String reason, String refusalId, Said said) {
    super(field, rule, reason);
    this.refusalId = refusalId;
    this.said = said;
  }

  /** The id of the recorded refusal (its ledger fact id), or {@code null} if it was not recorded. */
  public String refusalId() {
    return refusalId;
  }

  /** The reason as bundle words, or {@code null} when only the English reason exists. */
  public Said said() {
    return said;
  }

  /**
   * The reason in the reader's language: the bundle's words when the refusal has some and the bundle knows them,
   * otherwise the English reason as recorded.
   */
  public String reasonIn(MessageSource messages, Locale locale) {
    String words = said == null || messages == null ? null : say(said, messages, locale);
    return words != null ? words : getMessage();
  }

  /** {@code null} when the bundle lacks the key or one of the nested keys. */
  static String say(Said said, MessageSource messages, Locale locale) {
    Object[] args = new Object[said.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object arg = said.args().get(i);
      if (arg instanceof Said nested) {
        arg = say(nested, messages, locale);
        if (arg == null) {
          return null;
        }
      }
      // Written for people already: the bundle places them, never formats them again (no "1,234" for a serial).
      args[i] = String.valueOf(arg);
    }
    return messages.getMessage(said.key(), args, null, locale);
  }
}
