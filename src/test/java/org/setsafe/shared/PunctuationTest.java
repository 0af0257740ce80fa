package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PunctuationTest {

  @ParameterizedTest(name = "''{0}'' inside a sentence is ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "the lens.|the lens",
      "the lens ;|the lens",
      "  the lens,  |the lens",
      "the lens|the lens",
      "wait...|wait...",
      "|''",
  })
  void aClauseLosesTheStopItWasTypedWith(String typed, String clause) {
    assertThat(Punctuation.clause(typed)).isEqualTo(clause == null ? "" : clause);
  }

  @ParameterizedTest(name = "''{0}'' as a sentence is ''{1}''")
  @CsvSource(delimiter = '|', value = {
      "Shot on day 2 at the ranch|Shot on day 2 at the ranch.",
      "Shot on day 2 at the ranch.|Shot on day 2 at the ranch.",
      "Shot on day 2 at the ranch..|Shot on day 2 at the ranch.",
      "Signed by the armorer;|Signed by the armorer.",
      "Is the lens shielded?|Is the lens shielded?",
      "' '|''",
  })
  void aSentenceEndsInOneStop(String typed, String sentence) {
    assertThat(Punctuation.sentence(typed)).isEqualTo(sentence == null ? "" : sentence);
  }
}
