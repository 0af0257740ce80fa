package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.briefing.PreProductionCheck.PreProduction;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.shared.ReasonWords;

/**
 * The pre-production check's line over its list and its countdown say in words exactly what the API and the English
 * page say, in every tense of the day, and have Spanish too.
 */
class PreProductionWordsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @ParameterizedTest(name = "{1} gaps, first shooting day in {0} days")
  @CsvSource(nullValues = "none", value = {"12, 0", "12, 1", "12, 3", "1, 2", "0, 1", "-3, 0", "-3, 1", "-3, 4",
      "none, 0"})
  void theSummaryAndTheCountdownAreSaidAsWritten(Long days, int gaps) {
    Gap gap = new Gap("Locations", "No hospital entered", "Enter it", null);
    PreProduction check = new PreProduction(UUID.randomUUID(), "Western", TODAY,
        days == null ? null : TODAY.plusDays(days), days, Collections.nCopies(gaps, gap), List.of());

    said(check.summaryWords(), check.summary());
    said(check.countdownWords(), check.countdown());
  }

  private static void said(Said words, String english) {
    assertThat(ReasonWords.in(Locale.ENGLISH, words)).as(words.key()).isEqualTo(english);
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), words)).as(words.key() + " in Spanish").isNotNull()
        .isNotEqualTo(english);
  }
}
