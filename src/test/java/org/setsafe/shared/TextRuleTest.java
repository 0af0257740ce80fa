package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextRuleTest {

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("Live round on the cart\u0000", TextRule.NO_CONTROL_CHARACTERS, 22),
        Arguments.of("\u0001start of heading", TextRule.NO_CONTROL_CHARACTERS, 0),
        Arguments.of("bell\u0007", TextRule.NO_CONTROL_CHARACTERS, 4),
        Arguments.of("escape \u001b[31m", TextRule.NO_CONTROL_CHARACTERS, 7),
        Arguments.of("form\ffeed", TextRule.NO_CONTROL_CHARACTERS, 4),
        Arguments.of("delete\u007f", TextRule.NO_CONTROL_CHARACTERS, 6),
        Arguments.of("C1 \u0085 next line", TextRule.NO_CONTROL_CHARACTERS, 3),
        Arguments.of("C1 \u009f", TextRule.NO_CONTROL_CHARACTERS, 3),
        Arguments.of("half \ud800 a character", TextRule.NO_UNPAIRED_SURROGATES, 5),
        Arguments.of("low half \udc00 alone", TextRule.NO_UNPAIRED_SURROGATES, 9),
        Arguments.of("ends with a high half \ud83d", TextRule.NO_UNPAIRED_SURROGATES, 22),
        Arguments.of("halves swapped \ude00\ud83d", TextRule.NO_UNPAIRED_SURROGATES, 15));
  }

  @ParameterizedTest(name = "{1} at {2}")
  @MethodSource("refused")
  void refusedCharactersAreNamedWithTheirRuleAndPlace(String text, String rule, int index) {
    TextRule.Violation violation = TextRule.violation(text);
    assertThat(violation).isNotNull();
    assertThat(violation.rule()).isEqualTo(rule);
    assertThat(violation.index()).isEqualTo(index);
    assertThatThrownBy(() -> TextRule.admit("where", text)).isInstanceOfSatisfying(InvalidInputException.class,
        refusal -> {
          assertThat(refusal.field()).isEqualTo("where");
          assertThat(refusal.rule()).isEqualTo(rule);
          assertThat(refusal.getMessage()).startsWith("where contains").contains("U+");
          ReasonWords.saidAsWritten(refusal);
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Prop cart by the church door", "Tab\tseparated", "two\nlines", "Ñandú, Ürümqi, 東京",
      "revolver 🔫 emoji (a surrogate pair)", "\u200bzero-width space is a format character, not a control one"})
  void ordinaryTextIsAdmittedUnchanged(String text) {
    assertThat(TextRule.violation(text)).isNull();
    assertThat(TextRule.admit("where", text)).isEqualTo(text);
    assertThat(TextRule.quoted(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\r\ntwo\r\nthree", "one\rtwo\rthree", "one\ntwo\r\nthree"})
  void aBrowsersLineBreaksBecomeLineFeeds(String text) {
    assertThat(TextRule.violation(text)).isNull();
    assertThat(TextRule.admit("notes", text)).isEqualTo("one\ntwo\nthree");
  }

  @Test
  void nullIsLeftToTheFieldsOwnRules() {
    assertThat(TextRule.violation(null)).isNull();
    assertThat(TextRule.admit("notes", null)).isNull();
    assertThat(TextRule.quoted(null)).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void quotingKeepsEveryCharacterVisibleAndPassesTheRule(String text) {
    String quoted = TextRule.quoted(text);
    assertThat(TextRule.violation(quoted)).isNull();
    assertThat(quoted).contains("[U+").hasSizeGreaterThan(text.length());
  }

  @Test
  void quotingWritesOutWhatItReplaces() {
    assertThat(TextRule.quoted("cart\u0000 by \ud800 door\r\n🔫")).isEqualTo("cart[U+0000] by [U+D800] door\n🔫");
  }

  @Test
  void theTextHelpersApplyTheSameRule() {
    assertThatThrownBy(() -> Text.required("where", "cart\u0000", 100))
        .isInstanceOfSatisfying(InvalidInputException.class,
            refusal -> assertThat(refusal.rule()).isEqualTo(TextRule.NO_CONTROL_CHARACTERS));
    assertThatThrownBy(() -> Text.optional("notes", "\udc00", 100))
        .isInstanceOfSatisfying(InvalidInputException.class,
            refusal -> assertThat(refusal.rule()).isEqualTo(TextRule.NO_UNPAIRED_SURROGATES));
    assertThat(Text.required("notes", " one\r\ntwo ", 100)).isEqualTo("one\ntwo");
  }

  @Test
  void textTooLongOrBlankIsRefusedNamingTheFieldInTheReadersWords() {
    assertThatThrownBy(() -> Text.required("title", "  ", 200)).isInstanceOfSatisfying(InvalidInputException.class,
        blank -> assertThat(ReasonWords.saidAsWritten(blank).getMessage())
            .isEqualTo("title must be 1 to 200 characters"));
    assertThatThrownBy(() -> Text.optional("location", "x".repeat(61), 60)).isInstanceOfSatisfying(
        InvalidInputException.class, tooLong -> assertThat(ReasonWords.in(java.util.Locale.forLanguageTag("es"),
            ReasonWords.saidAsWritten(tooLong))).isEqualTo("location debe tener como máximo 60 caracteres"));
  }
}
