package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.shared.ReasonWords;

/**
 * An agenda item's words checked against its English: what SetSafe wrote says exactly the English the meeting keeps
 * and fingerprints, and has Spanish too; lines without words are what someone typed.
 */
public final class AgendaWords {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private AgendaWords() {}

  /** Asserts the item's title and each worded line say its English exactly; gives its title and lines in Spanish. */
  public static List<String> saidAsWritten(AgendaItem item) {
    assertThat(item.titleWords()).as("words for the title: " + item.title()).isNotNull();
    assertThat(item.lineWords()).as("words for the lines of " + item.title()).hasSameSizeAs(item.lines())
        .anyMatch(java.util.Objects::nonNull);
    List<String> spanish = new ArrayList<>();
    spanish.add(said(item.titleWords(), item.title()));
    for (int i = 0; i < item.lines().size(); i++) {
      spanish.add(item.lineWords().get(i) == null ? item.lines().get(i)
          : said(item.lineWords().get(i), item.lines().get(i)));
    }
    return spanish;
  }

  private static String said(org.setsafe.shared.Refusal.Said words, String english) {
    assertThat(ReasonWords.in(Locale.ENGLISH, words)).as(words.key()).isEqualTo(english);
    String spanish = ReasonWords.in(SPANISH, words);
    assertThat(spanish).as(words.key() + " in Spanish").isNotNull().isNotEqualTo(english);
    return spanish;
  }
}
