package org.setsafe.shared;

import org.springframework.stereotype.Component;

/**
 * The name SetSafe falls back on for someone no longer on the crew, whose account or membership is gone. The record,
 * the API and the CSV exports keep it in English, as their other words; a page shows it in the reader's words
 * ({@code crew.former-member} in the shared bundle), as templates ask through {@code @formerMember.said(name)}.
 */
@Component("formerMember")
public final class FormerMember {

  /** As a name stands alone: a roster line, a flag, a table cell. */
  public static final String NAME = "former member";

  /** As a name stands in a sentence: "A former member issued …". */
  public static final String IN_A_SENTENCE = "a former member";

  /** The name as a page shows it: the reader's words when it is the fallback, any other name as it is. */
  public String said(String name) {
    return onPage(name);
  }

  /** For a controller or a page's sentence: {@link #said}, without the bean. */
  public static String onPage(String name) {
    if (NAME.equals(name)) {
      return ReadersWords.say(Refusal.Said.of("crew.former-member"), NAME);
    }
    return name;
  }

  /** A name as an argument of bundle words ({@link Refusal.Said}): the fallback said in the reader's words. */
  public static Object inWords(String name) {
    return NAME.equals(name) ? Refusal.Said.of("crew.former-member") : name;
  }

  /** The fallback as it stands in a sentence on a page, in the reader's words. */
  public static String inASentenceOnPage() {
    return ReadersWords.say(Refusal.Said.of("crew.former-member.in-a-sentence"), IN_A_SENTENCE);
  }
}
