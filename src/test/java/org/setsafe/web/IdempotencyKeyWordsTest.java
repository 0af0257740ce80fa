package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.TextRule;

/** An Idempotency-Key refused says why in the reader's words too, the English exactly what the API answers. */
class IdempotencyKeyWordsTest {

  @Test
  void aKeyRefusedSaysWhyInTheReadersWords() {
    assertThat(ReasonWords.saidAsWritten(IdempotencyKeys.notAccepted("the request holds passwords")).getMessage())
        .isEqualTo("Idempotency-Key is not accepted here: the request holds passwords");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), IdempotencyKeys.wrongLength(16)))
        .isEqualTo("Idempotency-Key debe tener de 16 a " + IdempotencyKeys.MAX_KEY + " caracteres");
    ReasonWords.saidAsWritten(IdempotencyKeys.wrongLength(16));
    ReasonWords.saidAsWritten(IdempotencyKeys.reused());
    ReasonWords.saidAsWritten(TextRule.violation("key\u0007").problem(IdempotencyKeys.HEADER));
  }
}
