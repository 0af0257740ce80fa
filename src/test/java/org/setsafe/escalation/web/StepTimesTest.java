package org.setsafe.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;

class StepTimesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final Instant DUE = Instant.parse("2026-12-06T21:30:00Z"); // 14:30 in Denver
  private static final LocalDate THAT_DAY = LocalDate.of(2026, 12, 6);

  @Test
  void aStepThatFiredAMinuteOrMoreLateShowsItsDueAndFireTimesAndHowLateOnTheProductionsClock() {
    StepTimes times = StepTimes.of(new FiredStep(1, "L3R0", DUE, DUE.plusSeconds(32 * 60 + 6)), DENVER, THAT_DAY);
    assertThat(times.step()).isEqualTo("Third told");
    assertThat(times.times()).isEqualTo("due 14:30 MST, fired 15:02 MST (32 min late)");
  }

  @Test
  void aStepThatFiredOnTimeShowsOneTime() {
    StepTimes times = StepTimes.of(new FiredStep(1, "L2R1", DUE, DUE.plusSeconds(2)), DENVER, THAT_DAY);
    assertThat(times.step()).isEqualTo("Second told, reminder 1");
    assertThat(times.times()).isEqualTo("14:30 MST");
  }

  @Test
  void aStepOfAnotherDayCarriesItsDate() {
    StepTimes times = StepTimes.of(new FiredStep(1, "L2R0", DUE, DUE), DENVER, THAT_DAY.plusDays(1));
    assertThat(times.times()).isEqualTo("Sun 6 Dec 14:30 MST");
  }

  @Test
  void theResolutionDeadlineIsNamedInWords() {
    assertThat(StepTimes.of(new FiredStep(1, "deadline", DUE, DUE), DENVER, THAT_DAY).step())
        .isEqualTo("Resolution deadline");
  }
}
