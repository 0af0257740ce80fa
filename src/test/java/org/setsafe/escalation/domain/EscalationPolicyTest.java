package org.setsafe.escalation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.production.CrewRole;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;

class EscalationPolicyTest {

  private static final Instant REPORTED = Instant.parse("2031-05-04T17:00:00Z");
  private final UUID report = UUID.randomUUID();

  @Test
  void aCriticalReportReachesTheSafetyAdvisorAtOnceAndTheUpmWithinFifteenMinutes() {
    EscalationPolicy critical = DefaultPolicies.of(Severity.CRITICAL);
    assertThat(critical.level(1).delayMinutes()).isZero();
    assertThat(critical.level(1).targets()).containsExactly(Target.role(CrewRole.SAFETY_ADVISOR));
    assertThat(critical.level(2).targets()).containsExactly(Target.role(CrewRole.UPM));
    List<Step.Due> afterLevel1 = Step.level(report, 1, 1, 0).next(critical, REPORTED);
    assertThat(afterLevel1).extracting(due -> due.step().name()).containsExactly("L1R1", "L2R0");
    assertThat(afterLevel1.get(1).at()).isBeforeOrEqualTo(REPORTED.plus(Duration.ofMinutes(15)));
  }

  @Test
  void everySeverityHasADefaultThatTellsTheSafetyAdvisorFirst() {
    for (Severity severity : Severity.values()) {
      assertThat(DefaultPolicies.of(severity).level(1).name()).isEqualTo("Safety advisor");
    }
  }

  @Test
  void laterStepsCountFromWhenTheStepBeforeWasDueNotWhenItRan() {
    EscalationPolicy critical = DefaultPolicies.of(Severity.CRITICAL);
    Instant level2Due = REPORTED.plus(Duration.ofMinutes(15));
    assertThat(Step.level(report, 1, 2, 0).next(critical, level2Due))
        .containsExactly(new Step.Due(Step.level(report, 1, 2, 1), level2Due.plus(Duration.ofMinutes(5))),
            new Step.Due(Step.level(report, 1, 3, 0), level2Due.plus(Duration.ofMinutes(15))));
    assertThat(Step.level(report, 1, 2, 2).next(critical, level2Due)).isEmpty();
    assertThat(Step.level(report, 1, 4, 0).next(critical, level2Due)).extracting(due -> due.step().name())
        .containsExactly("L4R1");
  }

  @Test
  void stepIdsNameReportRoundAndStepAndReadBack() {
    Step step = Step.level(report, 3, 2, 1);
    assertThat(step.id()).isEqualTo(report + "/3/L2R1");
    assertThat(Step.parse(step.id())).isEqualTo(step);
    assertThat(Step.parse(Step.deadline(report, 2).id())).isEqualTo(Step.deadline(report, 2));
  }

  @Test
  void aMissedDeadlineClimbsAboveTheHighestLevelReachedOrRepeatsTheTop() {
    EscalationPolicy critical = DefaultPolicies.of(Severity.CRITICAL);
    Escalation atUpm = Escalation.reported(report, UUID.randomUUID(), org.setsafe.production.Hazard.FIREARMS,
        Severity.CRITICAL, "Misfire", critical, REPORTED).reached(2);
    assertThat(atUpm.nextLevelAfterMissedDeadline()).isEqualTo(3);
    assertThat(atUpm.reached(4).nextLevelAfterMissedDeadline()).isEqualTo(4);
    Escalation acknowledged = atUpm.acknowledged(REPORTED, REPORTED.plus(critical.resolveWithin()));
    Escalation again = acknowledged.reescalated(3, REPORTED.plus(Duration.ofHours(5)));
    assertThat(again.round()).isEqualTo(2);
    assertThat(again.state()).isEqualTo(EscalationState.ESCALATING);
    assertThatThrownBy(() -> atUpm.reopened(REPORTED)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPolicyThatWouldTellNobodyOrWaitForeverIsRefusedWithTheFieldNamed() {
    assertThatThrownBy(() -> new Level("UPM", 15, List.of(), 0, 0))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("levels.targets");
    assertThatThrownBy(() -> new Level("UPM", -1, List.of(Target.role(CrewRole.UPM)), 0, 0))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("levels.delayMinutes");
    assertThatThrownBy(() -> new Level("UPM", 15, List.of(Target.role(CrewRole.UPM)), 0, 3))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("levels.repeatEveryMinutes");
    assertThatThrownBy(() -> new EscalationPolicy(List.of(), 60))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("levels");
    assertThatThrownBy(() -> new EscalationPolicy(DefaultPolicies.of(Severity.LOW).levels(), 5))
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("resolveWithinMinutes");
  }

  @Test
  void targetsReadFromTheFormAsRolesPeopleAddressesOrStudioSafety() {
    assertThat(Target.parse("role:upm")).isEqualTo(Target.role(CrewRole.UPM));
    assertThat(Target.parse("rep@union.example")).isEqualTo(Target.email("rep@union.example"));
    assertThat(Target.parse("studio-safety")).isEqualTo(Target.studioSafety());
    assertThat(Target.parse("SAFETY_ADVISOR")).isEqualTo(Target.role(CrewRole.SAFETY_ADVISOR));
    assertThatThrownBy(() -> Target.parse("role:caterer")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("caterer");
    assertThatThrownBy(() -> Target.parse("email:not-an-address")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Target.parse("person:nobody")).isInstanceOf(InvalidInputException.class);
  }

  static Stream<Arguments> refusedPolicies() {
    List<Target> upm = List.of(Target.role(CrewRole.UPM));
    return Stream.of(
        Arguments.of("no levels", (ThrowingCallable) () -> new EscalationPolicy(List.of(), 60)),
        Arguments.of("resolved too soon", (ThrowingCallable) () -> new EscalationPolicy(
            DefaultPolicies.of(Severity.LOW).levels(), 5)),
        Arguments.of("no name", (ThrowingCallable) () -> new Level(" ", 15, upm, 0, 0)),
        Arguments.of("a negative delay", (ThrowingCallable) () -> new Level("UPM", -1, upm, 0, 0)),
        Arguments.of("nobody told", (ThrowingCallable) () -> new Level("Union's rep", 15, List.of(), 0, 0)),
        Arguments.of("repeated too often", (ThrowingCallable) () -> new Level("UPM", 15, upm, 5, 99)),
        Arguments.of("repeated without a pause", (ThrowingCallable) () -> new Level("UPM", 15, upm, 0, 3)),
        Arguments.of("a target of no kind", (ThrowingCallable) () -> new Target(null, "UPM")),
        Arguments.of("no such role", (ThrowingCallable) () -> Target.parse("role:caterer")),
        Arguments.of("a person without an id", (ThrowingCallable) () -> Target.parse("person:nobody")),
        Arguments.of("no address", (ThrowingCallable) () -> Target.parse("email:not-an-address")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedPolicies")
  void aRefusedPolicySaysWhyInTheReadersWords(String what, ThrowingCallable policy) {
    assertThatThrownBy(policy).isInstanceOfSatisfying(InvalidInputException.class, ReasonWords::saidAsWritten);
  }
}
