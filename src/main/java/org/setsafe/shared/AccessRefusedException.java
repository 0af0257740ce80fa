package org.setsafe.shared;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The caller is on the production but their role does not allow this. Reported as 403.
 *
 * <p>The message is English, as the API and the security log read it. Made from a {@link Refusal} with words (a
 * module's role rule, recorded for the ledger), a page shows {@link #forReader() the reader's words} instead.
 */
public class AccessRefusedException extends RuntimeException {

  private final transient Refusal refusal;

  public AccessRefusedException(String message) {
    super(message);
    this.refusal = null;
  }

  /** Refused by a role rule: its reason is the message, its words what a page shows. */
  public AccessRefusedException(Refusal refusal) {
    super(refusal.reason());
    this.refusal = refusal;
  }

  /** The role rule's refusal, or {@code null} when only the English message exists. */
  public Refusal refusal() {
    return refusal;
  }

  /**
   * The message in the language of the request being answered, through the application's bundles, when the refusal
   * has words the bundles know; otherwise the English message.
   */
  public String forReader() {
    if (refusal == null || refusal.said() == null || ReadersWords.messages() == null) {
      return getMessage();
    }
    String words = InvalidInputException.say(refusal.said(), ReadersWords.messages(), LocaleContextHolder.getLocale());
    return words != null ? words : getMessage();
  }
}
