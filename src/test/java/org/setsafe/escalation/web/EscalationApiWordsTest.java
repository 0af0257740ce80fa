package org.setsafe.escalation.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;

/** A policy sent on the API with a severity SetSafe does not know is refused, its words ready for a page too. */
class EscalationApiWordsTest {

  @Test
  void anUnknownSeverityIsRefusedInTheReadersWords() {
    assertThatThrownBy(() -> EscalationApi.severity("SEVERE"))
        .isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
  }
}
