package org.setsafe.shared;

import java.util.Locale;
import org.setsafe.shared.Refusal.Said;
import org.springframework.context.MessageSource;

/**
 * Input that breaks a rule about its shape (blank, too long, out of range). Reported to the caller
 * as 400 with the field and the rule named, before anything is written.
 *
 * <p>The message is English: the API's {@code detail} and the logs read the same for everyone. A page shows
 * {@link #forReader() the reader's words} instead, when the problem was {@link #saying said} in bundle words
 * ({@code input.<module>.<what>} in the module's bundle), as a refusal's reason is.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String rule;
  private Said said;

  public InvalidInputException(String field, String rule, String message) {
    super(message);
    this.field = field;
    this.rule = rule;
  }

  protected InvalidInputException(String field, String rule, String message, Said said) {
    this(field, rule, message);
    this.said = said;
  }

  /**
   * The same problem with its message as bundle words: the English of {@code key} says the message word for word;
   * {@code args} are values already written for people (a name, a number as typed, a time in the production's zone)
   * or another {@link Said}. Set where the exception is made, before it is thrown.
   */
  public InvalidInputException saying(String key, Object... args) {
    this.said = Said.of(key, args);
    return this;
  }

  public String field() {
    return field;
  }

  public String rule() {
    return rule;
  }

  /** The message as bundle words, or {@code null} when only the English message exists. */
  public Said said() {
    return said;
  }

  /**
   * The message in the reader's language: the bundle's words when it has some and the bundle knows them, otherwise
   * the English message.
   */
  public String reasonIn(MessageSource messages, Locale locale) {
    String words = said == null || messages == null ? null : said.in(messages, locale);
    return words != null ? words : getMessage();
  }

  /**
   * The message in the language of the request being answered, through the application's bundles; the English
   * message outside a request. For the pages' controllers, which show it on the form or in a flash notice.
   */
  public String forReader() {
    return ReadersWords.say(said, getMessage());
  }
}
