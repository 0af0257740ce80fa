package org.setsafe.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.shared.ReasonWords;

class StepTimesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final Instant DUE = Instant.parse("2026-12-06T21:30:00Z"); // 14:30 in Denver
  private static final LocalDate THAT_DAY = LocalDate.of(2026, 12, 6);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static StepTimes of(FiredStep fired, LocalDate today, Locale language) {
    return StepTimes.of(fired, DENVER, today, ReasonWords.bundles(), language);
  }

  @Test
  void aStepThatFiredAMinuteOrMoreLateShowsItsDueAndFireTimesAndHowLateOnTheProductionsClock() {
    StepTimes times = of(new FiredStep(1, "L3R0", DUE, DUE.plusSeconds(32 * 60 + 6)), THAT_DAY, Locale.ENGLISH);
    assertThat(times.step()).isEqualTo("Third told");
    assertThat(times.times()).isEqualTo("due 14:30 MST, fired 15:02 MST (32 min late)");
  }

  @Test
  void aStepThatFiredOnTimeShowsOneTime() {
    StepTimes times = of(new FiredStep(1, "L2R1", DUE, DUE.plusSeconds(2)), THAT_DAY, Locale.ENGLISH);
    assertThat(times.step()).isEqualTo("Second told, reminder 1");
    assertThat(times.times()).isEqualTo("14:30 MST");
  }

  @Test
  void aStepOfAnotherDayCarriesItsDate() {
    StepTimes times = of(new FiredStep(1, "L2R0", DUE, DUE), THAT_DAY.plusDays(1), Locale.ENGLISH);
    assertThat(times.times()).isEqualTo("Sun 6 Dec 14:30 MST");
  }

  @Test
  void theResolutionDeadlineIsNamedInWords() {
    assertThat(of(new FiredStep(1, "deadline", DUE, DUE), THAT_DAY, Locale.ENGLISH).step())
        .isEqualTo("Resolution deadline");
  }

  @Test
  void aSpanishReaderReadsTheStepAndItsDayInSpanishOnTheProductionsClock() {
    StepTimes late = of(new FiredStep(1, "L3R2", DUE, DUE.plusSeconds(32 * 60)), THAT_DAY.plusDays(1), SPANISH);
    assertThat(late.step()).isEqualTo("Tercer aviso, recordatorio 2");
    assertThat(late.times()).isEqualTo("previsto dom 6 dic 14:30 MST, enviado dom 6 dic 15:02 MST (32 min tarde)");
    assertThat(of(new FiredStep(1, "deadline", DUE, DUE), THAT_DAY, SPANISH).step()).isEqualTo("Plazo para resolver");
  }

  @Test
  void aStepOfAnotherYearCarriesItsYearInTheReadersLanguage() {
    assertThat(of(new FiredStep(1, "L1R0", DUE, DUE), LocalDate.of(2027, 1, 4), Locale.forLanguageTag("es-MX"))
        .times()).isEqualTo("dom 6 dic 2026 14:30 MST");
  }
}
