package org.setsafe.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.shared.InvalidInputException;

/**
 * A flag's decision, hours worked and the production's limits refused as typed say their words: in English exactly
 * what the API answers, and Spanish as well.
 */
class StaffingProblemsInWordsTest {

  private static final UUID SCENE = UUID.randomUUID();
  private static final UUID PERSON = UUID.randomUUID();
  private static final LocalDate DATE = LocalDate.of(2026, 3, 10);
  private static final LocalTime SIX = LocalTime.of(6, 0);

  static Stream<Arguments> badInput() {
    return Stream.of(
        refused(() -> new DecideFlag(null, PERSON, "REST_SHORT", "Relief armorer").checked(),
            "sceneId names the flagged scene"),
        refused(() -> new DecideFlag(SCENE, null, "REST_SHORT", "Relief armorer").checked(),
            "personId names the person flagged"),
        refused(() -> new DecideFlag(SCENE, PERSON, " ", "Relief armorer").checked(),
            "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED"),
        refused(() -> new DecideFlag(SCENE, PERSON, "TIRED", "Relief armorer").checked(),
            "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED"),
        refused(() -> new RecordHours(null, LocalDate.of(1850, 7, 4), SIX, null, null).checkTimes(),
            "date must be between 1990-01-01 and 2100-12-31"),
        refused(() -> new RecordHours(null, DATE, null, null, null).checkTimes(), "on is required (HH:MM)"),
        refused(() -> new RecordHours(null, DATE, SIX, SIX, null).checkTimes(),
            "off comes after on (an earlier time is after midnight)"),
        refused(() -> new SetRules(0, 60).rules(), "minRestHours must be between 1 and 24"),
        refused(() -> new SetRules(10, 169).rules(), "weeklyHoursLimit must be between 1 and 168"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInput")
  void inputRefusedAsTypedIsSaidAsWritten(ThrowingCallable step, String message) {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, step);
    assertThat(saidAsWritten(problem).getMessage()).isEqualTo(message);
  }

  @Test
  void theLimitsAreSaidWithTheirBoundInSpanish() {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class,
        () -> new SetRules(10, 169).rules());
    assertThat(in(Locale.forLanguageTag("es"), problem)).isEqualTo("el máximo de horas en 7 días va de 1 a 168");
  }

  private static Arguments refused(ThrowingCallable step, String message) {
    return Arguments.of(step, message);
  }
}
