package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.identity.SystemActor;
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

  /**
   * The gaps of one area every check finds on the production now, as the background count reads them, each asserted
   * said as written.
   */
  public static List<Gap> saidAsWritten(List<ReadinessCheck> checks, UUID productionId, String area) {
    List<Gap> gaps = SystemActor.call(() -> checks.stream().flatMap(c -> c.gaps(productionId).stream())
        .filter(g -> g.area().equals(area)).toList());
    gaps.forEach(GapWords::saidAsWritten);
    return gaps;
  }

  private static String said(Said words, String english) {
    assertThat(words).as("words for: " + english).isNotNull();
    assertThat(ReasonWords.in(Locale.ENGLISH, words)).as(words.key()).isEqualTo(english);
    String spanish = ReasonWords.in(SPANISH, words);
    assertThat(spanish).as(words.key() + " in Spanish").isNotNull().isNotEqualTo(english);
    return spanish;
  }
}
