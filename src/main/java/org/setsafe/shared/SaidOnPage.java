package org.setsafe.shared;

import org.springframework.stereotype.Component;

/**
 * For templates: words a module made beside its English (a standing's reason, a status), said in the reader's
 * language, as {@code ${@said.of(standing.said, standing.reason)}}. The English is shown where there are no words.
 */
@Component("said")
public final class SaidOnPage {

  public String of(Refusal.Said words, String english) {
    return ReadersWords.say(words, english);
  }
}
