package org.setsafe.briefing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.setsafe.briefing.SafetyContactKind;
import org.setsafe.shared.InvalidInputException;

/**
 * What is wrong with a hospital or a safety contact as entered is said in words: in English exactly the message
 * the API answers, in Spanish on the locations page.
 */
class BriefingProblemsInWordsTest {

  @Test
  void aHospitalOrAContactEnteredWrongIsSaidAsWritten() {
    List<ThrowingCallable> entered = List.of(
        () -> hospital("+1 505 555 0100", 0),
        () -> hospital(" ", 20),
        () -> hospital("on the radio", 20),
        () -> new SafetyContactDetails(null, "Ana Ruiz", "+1 505 555 0100", null, null),
        () -> SafetyContactKind.parse("DOCTOR"));
    for (ThrowingCallable entry : entered) {
      saidAsWritten(catchThrowableOfType(entry, InvalidInputException.class));
    }
    InvalidInputException phone = catchThrowableOfType(() -> hospital("on the radio", 20),
        InvalidInputException.class);
    assertThat(in(Locale.forLanguageTag("es"), phone)).startsWith("hospitalPhone debe ser un número que se pueda marcar");
  }

  private static LocationHospital hospital(String phone, int driveMinutes) {
    return new LocationHospital("Bonanza Creek Ranch", "Presbyterian Santa Fe", "4801 Lomas Blvd NE", phone, null,
        driveMinutes);
  }
}
