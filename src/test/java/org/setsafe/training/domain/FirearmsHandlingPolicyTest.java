package org.setsafe.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.shared.Refusal;
import org.setsafe.training.domain.FirearmsHandlingPolicy.PerformerRule;

class FirearmsHandlingPolicyTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25);
  private static final Optional<Refusal> UNTRAINED =
      Optional.of(new Refusal("training.current-qualification", "No firearms safety training on record."));
  private static final PerformerRule THIRTY_DAYS = new PerformerRule(true, 30);
  private final FirearmsHandlingPolicy policy = new FirearmsHandlingPolicy();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("trained, never briefed", Optional.empty(), List.of(), THIRTY_DAYS, null),
        Arguments.of("trained, the production wants the course", Optional.empty(), List.of(),
            new PerformerRule(false, 30), null),
        Arguments.of("untrained, never briefed", UNTRAINED, List.of(), THIRTY_DAYS, "No armorer's briefing"),
        Arguments.of("untrained, briefed today", UNTRAINED, List.of(DAY), THIRTY_DAYS, null),
        Arguments.of("untrained, briefed on the last day it counts", UNTRAINED, List.of(DAY.minusDays(29)),
            THIRTY_DAYS, null),
        Arguments.of("untrained, briefing a day too old", UNTRAINED, List.of(DAY.minusDays(30)), THIRTY_DAYS,
            "counted through 2026-11-24"),
        Arguments.of("untrained, an old and a fresh briefing", UNTRAINED, List.of(DAY.minusDays(90), DAY.minusDays(2)),
            THIRTY_DAYS, null),
        Arguments.of("untrained, briefed only later", UNTRAINED, List.of(DAY.plusDays(1)), THIRTY_DAYS,
            "No armorer's briefing"),
        Arguments.of("untrained, one-day briefings, briefed yesterday", UNTRAINED, List.of(DAY.minusDays(1)),
            new PerformerRule(true, 1), "brief them again"),
        Arguments.of("untrained, briefed, but the production wants the course", UNTRAINED, List.of(DAY),
            new PerformerRule(false, 30), "do not accept an armorer's briefing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aPerformerHandlesAFirearmOnlyWhenTrainedOrRecentlyBriefedAsTheProductionAllows(String situation,
      Optional<Refusal> training, List<LocalDate> briefings, PerformerRule rule, String refusedBecause) {
    Optional<Refusal> refusal = policy.check(training, briefings, rule, DAY);
    if (refusedBecause == null) {
      assertThat(refusal).isEmpty();
    } else {
      assertThat(refusal).get().satisfies(r -> {
        assertThat(r.rule()).isEqualTo(FirearmsHandlingPolicy.RULE);
        assertThat(r.reason()).contains("No firearms safety training on record.").contains(refusedBecause);
      });
    }
  }
}
