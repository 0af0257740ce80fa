package org.setsafe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.Severity;

class ReportingRulesTest {

  private static final Instant T = Instant.parse("2031-03-04T14:37:21Z");

  @Test
  void aReportMovesOnlyForwardAndOnlyAResolvedReportIsReopened() {
    assertThat(ReportState.REPORTED.canMoveTo(ReportState.ACKNOWLEDGED)).isTrue();
    assertThat(ReportState.REPORTED.canMoveTo(ReportState.MITIGATING)).isFalse();
    assertThat(ReportState.REPORTED.canMoveTo(ReportState.RESOLVED)).isFalse();
    assertThat(ReportState.ACKNOWLEDGED.canMoveTo(ReportState.RESOLVED)).isTrue();
    assertThat(ReportState.MITIGATING.canMoveTo(ReportState.ACKNOWLEDGED)).isFalse();
    assertThat(ReportState.RESOLVED.canMoveTo(ReportState.REPORTED)).isTrue();
    assertThat(ReportState.MITIGATING.canMoveTo(ReportState.REPORTED)).isFalse();
  }

  @Test
  void theStateIsFoldedFromTheStepsAndACommentLeavesItWhereItWas() {
    HazardReport report = report(StepKind.ACKNOWLEDGED, StepKind.COMMENTED, StepKind.MITIGATION_STARTED,
        StepKind.RESOLVED, StepKind.REOPENED, StepKind.COMMENTED);
    assertThat(report.state()).isEqualTo(ReportState.REPORTED);
    assertThat(report(StepKind.ACKNOWLEDGED, StepKind.COMMENTED).state()).isEqualTo(ReportState.ACKNOWLEDGED);
    assertThat(Lifecycle.allows(report(StepKind.ACKNOWLEDGED), StepKind.MITIGATION_STARTED)).isEmpty();
    assertThat(Lifecycle.allows(report(), StepKind.RESOLVED)).hasValueSatisfying(refusal -> {
      assertThat(refusal.rule()).isEqualTo("Transition");
      assertThat(refusal.reason()).contains("cannot be resolved");
    });
    assertThat(Lifecycle.allows(report(StepKind.ACKNOWLEDGED, StepKind.RESOLVED), StepKind.COMMENTED)).isEmpty();
  }

  @Test
  void aRefusedStepIsSaidInTheBundleExactlyAsTheReasonIsWritten() {
    List<HazardReport> reports = List.of(report(), report(StepKind.ACKNOWLEDGED),
        report(StepKind.ACKNOWLEDGED, StepKind.MITIGATION_STARTED), report(StepKind.ACKNOWLEDGED, StepKind.RESOLVED));
    int refused = 0;
    for (HazardReport report : reports) {
      for (StepKind step : StepKind.values()) {
        if (Lifecycle.allows(report, step).isPresent()) {
          org.setsafe.shared.ReasonWords.saidAsWritten(Lifecycle.allows(report, step).orElseThrow());
          refused++;
        }
      }
    }
    assertThat(refused).as("refusals checked").isGreaterThanOrEqualTo(4);
    assertThat(org.setsafe.shared.ReasonWords.in(java.util.Locale.forLanguageTag("es"),
        Lifecycle.allows(report(StepKind.ACKNOWLEDGED, StepKind.RESOLVED), StepKind.ACKNOWLEDGED).orElseThrow()))
        .isEqualTo("un reporte resuelto no se puede dar por recibido; reábrelo primero");
  }

  @Test
  void aReceiptCodeIsTwentyFourRandomDigitsWithAnEightDigitLookupAndForgivesSpacesAndDashes() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(ReceiptCode.random().digits());
    }
    assertThat(codes).hasSize(1000).allSatisfy(code -> assertThat(code).hasSize(24).containsOnlyDigits());
    ReceiptCode code = new ReceiptCode("123456789012345678901234");
    assertThat(code.lookup()).isEqualTo("12345678");
    assertThat(code.grouped()).isEqualTo("1234 5678 9012 3456 7890 1234");
    assertThat(ReceiptCode.parse(" 1234-5678 9012 3456 7890 1234 ")).contains(code);
    assertThat(ReceiptCode.parse("1234")).isEmpty();
    assertThat(ReceiptCode.parse("12345678901234567890123x")).isEmpty();
    assertThat(code.toString()).doesNotContain("9012");
    assertThatThrownBy(() -> new ReceiptCode("12")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anonymousTimesAreKeptToTheHour() {
    assertThat(Anonymity.coarse(T)).isEqualTo(Instant.parse("2031-03-04T14:00:00Z"));
  }

  @Test
  void aDepartmentsThirdReportInTheWindowIsDueForReview() {
    RepeatedReportsPolicy policy = new RepeatedReportsPolicy(3, Duration.ofDays(14));
    assertThat(policy.reviewDue("Camera", List.of(T.minus(Duration.ofDays(20)), T.minus(Duration.ofDays(1)), T), T))
        .isEmpty();
    assertThat(policy.reviewDue("Camera", List.of(T.minus(Duration.ofDays(13)), T.minus(Duration.ofDays(1)), T), T))
        .hasValue(3);
    assertThat(policy.windowDays()).isEqualTo(14);
    assertThat(policy.reviewDue(null, List.of(T, T, T), T)).isEmpty();
  }

  private static HazardReport report(StepKind... kinds) {
    UUID id = UUID.randomUUID();
    List<ReportStep> steps = new ArrayList<>();
    for (int i = 0; i < kinds.length; i++) {
      steps.add(new ReportStep(id, i + 1, kinds[i], UUID.randomUUID(), false, "note", T));
    }
    return new HazardReport(id, UUID.randomUUID(), Hazard.FIREARMS, Severity.HIGH, "t", "d", null, null, null,
        false, false, UUID.randomUUID(), null, T, steps);
  }
}
