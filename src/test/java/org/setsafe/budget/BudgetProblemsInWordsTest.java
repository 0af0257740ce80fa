package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.budget.domain.CutPolicy;
import org.setsafe.budget.domain.CutPolicy.Cut;
import org.setsafe.budget.domain.LineVersion;
import org.setsafe.budget.domain.SafetyLineKind;
import org.setsafe.reporting.domain.ManagementReview;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;

/**
 * A change to a safety line refused as typed, and a cut refused for want of a reason, say their words: in English
 * exactly what the API answers and the ledger keeps, and in Spanish the page's own names for the lines and fields.
 */
class BudgetProblemsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  static Stream<Arguments> badChanges() {
    return Stream.of(
        Arguments.of(change(null, "1", "800", null, null, null), "kind names the safety line, e.g. ARMORER_DAYS"),
        Arguments.of(change("MEDIC", "1", "800", null, null, null), "kind is one of the safety lines, e.g. "
            + "ARMORER_DAYS, SAFETY_ADVISOR_DAYS, SET_MEDIC_DAYS"),
        Arguments.of(change("ARMORER_DAYS", "1", "950", null, "950", null), "the actual of Armorer days comes from "
            + "staffing's roster and hours recorded, not from an entered amount"),
        Arguments.of(change("SET_MEDIC_DAYS", "1", "800", null, null, "XYZW"),
            "currency is an ISO 4217 code such as USD, EUR or GBP"),
        Arguments.of(change("SET_MEDIC_DAYS", "1", null, null, null, null), "rate is required"),
        Arguments.of(change("SET_MEDIC_DAYS", "-1", "800", null, null, null), "plannedUnits cannot be negative"),
        Arguments.of(change("SET_MEDIC_DAYS", "1", "800", "99999999999", null, null),
            "committed is at most 1000000000"),
        Arguments.of(change("SET_MEDIC_DAYS", "1", "800.005", null, null, null), "rate has at most two decimals"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badChanges")
  void aChangeRefusedAsTypedIsSaidAsWritten(ChangeLine change, String message) {
    InvalidInputException problem = catchThrowableOfType(InvalidInputException.class, change::checked);
    assertThat(saidAsWritten(problem).getMessage()).isEqualTo(message);
  }

  @Test
  void theLineAndTheFieldAreNamedInTheReadersWords() {
    InvalidInputException worked = catchThrowableOfType(InvalidInputException.class,
        change("ARMORER_DAYS", "1", "950", null, "950", null)::checked);
    InvalidInputException negative = catchThrowableOfType(InvalidInputException.class,
        change("SET_MEDIC_DAYS", "-1", "800", null, null, null)::checked);

    assertThat(in(SPANISH, worked)).startsWith("Días de armero: lo real sale de la lista del día del personal");
    assertThat(in(SPANISH, negative)).isEqualTo("Unidades previstas: no puede ser un número negativo");
  }

  @Test
  void aCutBelowTheNeedWithoutAReasonIsRefusedInWords() {
    CutPolicy policy = new CutPolicy(20);
    Optional<Cut> cut = policy.cut(line(SafetyLineKind.ARMORER_DAYS, "3", 95_000), new BigDecimal("1"), 95_000,
        new BigDecimal("3"));
    Refusal refusal = saidAsWritten(policy.check(cut, " ").orElseThrow());

    assertThat(refusal.reason()).isEqualTo("Armorer days cut to 1 day, below the 3 the schedule needs (was 3). A cut "
        + "like this needs a written reason, and opens a management review a producer answers and studio safety sees.");
    assertThat(in(SPANISH, refusal)).startsWith("Días de armero: recorte a 1 día, por debajo de los 3 que necesita "
        + "el plan de rodaje (antes: 3). Un recorte así necesita un motivo por escrito");
    Optional<Cut> toTwo = policy.cut(line(SafetyLineKind.ARMORER_DAYS, "3", 95_000), new BigDecimal("2"), 190_000,
        new BigDecimal("3"));
    assertThat(saidAsWritten(policy.check(toTwo, null).orElseThrow()).reason()).startsWith("Armorer days cut to 2 days,");
  }

  @Test
  void aCutByMoreThanTheAllowedShareWithoutAReasonIsRefusedInWords() {
    CutPolicy policy = new CutPolicy(20);
    Optional<Cut> cut = policy.cut(line(SafetyLineKind.PROTECTIVE_EQUIPMENT, "4", 120_000), new BigDecimal("3"),
        360_000, BigDecimal.ZERO);
    Refusal refusal = saidAsWritten(policy.check(cut, "").orElseThrow());

    assertThat(refusal.reason()).startsWith("Protective equipment (shields, remote heads) cut by 25%, more than the "
        + "20% allowed without a review. ");
    assertThat(in(SPANISH, refusal)).startsWith("Equipo de protección (escudos, cabezas remotas): recorte del 25%, "
        + "más que el 20% permitido sin revisión.");
    assertThat(policy.check(cut, "Shields are borrowed from the stunt team")).isEmpty();
  }

  @Test
  void theReviewAFlaggedCutOpensSaysItsEnglishWordForWordAndTheReasonAsTyped() {
    CutPolicy policy = new CutPolicy(20);
    String typed = "Props' crew covers {0} days two and three";
    for (Cut cut : List.of(
        policy.cut(line(SafetyLineKind.ARMORER_DAYS, "3", 95_000), new BigDecimal("1"), 95_000, new BigDecimal("3"))
            .orElseThrow(),
        policy.cut(line(SafetyLineKind.PROTECTIVE_EQUIPMENT, "4", 120_000), new BigDecimal("3"), 360_000,
            BigDecimal.ZERO).orElseThrow())) {
      ManagementReview review = ManagementReview.safetyBudgetCut(UUID.randomUUID(), UUID.randomUUID(), cut.why(),
          cut.said(), typed, Instant.parse("2026-03-10T15:00:00Z"));
      assertThat(review.why()).isEqualTo(cut.why() + ". Reason given: " + typed);
      saidAsWritten(review.whySaid(), review.why());
      assertThat(in(SPANISH, review.whySaid())).isEqualTo(in(SPANISH, cut.said()) + ". Motivo: " + typed);
    }
  }

  private static ChangeLine change(String kind, String units, String rate, String committed, String actual,
      String currency) {
    return new ChangeLine(kind, amount(units), amount(rate), amount(committed), amount(actual), currency, null, null);
  }

  private static BigDecimal amount(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private static LineVersion line(SafetyLineKind kind, String units, long rateCents) {
    return new LineVersion(UUID.randomUUID(), UUID.randomUUID(), kind, 1, "USD", new BigDecimal(units), rateCents, 0,
        0, BigDecimal.ZERO, null, null, null, null, UUID.randomUUID(), Instant.parse("2026-03-10T15:00:00Z"));
  }
}
