package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderThresholdsTest {

  private static final LocalDate EXPIRES = LocalDate.of(2026, 12, 31);
  private final ReminderThresholds thresholds = new ReminderThresholds(List.of(30, 7, 0));

  @Test
  void nothingIsDueMoreThanThirtyDaysAhead() {
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(31), Set.of())).isEmpty();
  }

  @Test
  void eachThresholdFallsDueOnItsDay() {
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(30), Set.of())).contains(30);
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(8), Set.of(30))).isEmpty();
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(7), Set.of(30))).contains(7);
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(1), Set.of(30, 7))).isEmpty();
    assertThat(thresholds.due(EXPIRES, EXPIRES, Set.of(30, 7))).contains(0);
  }

  @Test
  void aThresholdAlreadySentIsNeverDueAgain() {
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(20), Set.of(30))).isEmpty();
    assertThat(thresholds.due(EXPIRES, EXPIRES.plusDays(40), Set.of(0))).isEmpty();
  }

  @Test
  void afterAGapOnlyTheNearestThresholdIsDue() {
    assertThat(thresholds.due(EXPIRES, EXPIRES.minusDays(5), Set.of())).contains(7);
    assertThat(thresholds.due(EXPIRES, EXPIRES.plusDays(3), Set.of())).contains(0);
  }

  @Test
  void thresholdsMustBeDaysBeforeExpiry() {
    assertThatThrownBy(() -> new ReminderThresholds(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderThresholds(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
