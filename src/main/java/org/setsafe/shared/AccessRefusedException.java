package org.setsafe.shared;


/**
 * The caller is on the production but their role does not allow this. Reported as 403.
 *
 * <p>The message is English, as the API and the security log read it. Made from a {@link Refusal} with words (a
 * module's role rule, recorded for the ledger), a page shows {@link #forReader() the reader's words} instead.
 */
public class AccessRefusedException extends RuntimeException {

  private final transient Refusal refusal;
  private transient Refusal.Said said;

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

  /** The same, with its message as bundle words: the English of {@code key} says it word for word. */
  public AccessRefusedException saying(String key, Object... args) {
    this.said = Refusal.Said.of(key, args);
    return this;
  }

  /** The message as bundle words (its own, or its refusal's), or {@code null} when only the English exists. */
  public Refusal.Said said() {
    return said != null ? said : refusal == null ? null : refusal.said();
  }

  /** The message in the language of the request being answered, or the English. */
  public String forReader() {
    return ReadersWords.say(said(), getMessage());
  }
}
