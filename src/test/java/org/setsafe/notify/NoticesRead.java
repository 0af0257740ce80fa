package org.setsafe.notify;

import java.util.Locale;
import org.setsafe.shared.ReasonWords;

/**
 * A notice as one reader reads it, from the application's bundles, for the tests of the modules that write notices
 * in {@link Words}: its English must say what the notice said before it had words, its Spanish must exist.
 */
public final class NoticesRead {

  private static final NoticeWords WORDS = new NoticeWords(ReasonWords.bundles());

  private NoticesRead() {}

  public static Notice in(Notice notice, Locale language) {
    return WORDS.in(notice, language);
  }
}
