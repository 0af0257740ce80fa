package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.ReasonWords;

/**
 * A pre-production gap's words checked against its English: what is missing and what closes it say exactly the
 * English the API answers, and have Spanish too.
 */
public final class GapWords {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private GapWords() {}

  /** Asserts the gap's missing and remedy are said as written; gives what is missing in Spanish. */
  public static String saidAsWritten(Gap gap) {
    said(gap.remedyWords(), gap.remedy());
    return said(gap.missingWords(), gap.missing());
  }

  private static String said(Said words, String english) {
    assertThat(words).as("words for: " + english).isNotNull();
    assertThat(ReasonWords.in(Locale.ENGLISH, words)).as(words.key()).isEqualTo(english);
    String spanish = ReasonWords.in(SPANISH, words);
    assertThat(spanish).as(words.key() + " in Spanish").isNotNull().isNotEqualTo(english);
    return spanish;
  }
}
