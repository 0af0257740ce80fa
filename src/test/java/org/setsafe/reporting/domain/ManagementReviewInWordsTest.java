package org.setsafe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.reporting.domain.ManagementReview.Parts;
import org.setsafe.reporting.domain.ManagementReview.Trigger;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal.Said;

/**
 * Why a management review opened, said again from the parts kept with it, never read back from its English: the words
 * of the repeated-reports policy, of a resignation and of a safety budget cut say the stored English word for word,
 * and Spanish for a Spanish-reading producer, with what a person typed placed as they typed it. A review kept without
 * parts has no words, and is read as stored.
 */
class ManagementReviewInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void aDepartmentsRepeatedReportsAreSaidAgainInTheReadersWords() {
    RepeatedReportsPolicy policy = new RepeatedReportsPolicy(3, Duration.ofDays(14));
    long reports = policy.reviewDue("Grip", Collections.nCopies(3, NOW.minusSeconds(60)), NOW).orElseThrow();
    ManagementReview review = ManagementReview.repeatedReports(UUID.randomUUID(), PRODUCTION, "Grip",
        UUID.randomUUID(), reports, policy.windowDays(), NOW);

    assertThat(review.why()).isEqualTo("Grip has filed 3 safety reports in the last 14 days");
    ReasonWords.saidAsWritten(review.whySaid(), review.why());
    assertThat(ReasonWords.in(SPANISH, review.whySaid()))
        .isEqualTo("Grip ha presentado 3 reportes de seguridad en los últimos 14 días");
  }

  @Test
  void aResignationCitingSafetyIsSaidAgainWithOrWithoutItsDepartment() {
    ManagementReview inCamera = ManagementReview.resignation(UUID.randomUUID(), PRODUCTION, "Camera",
        UUID.randomUUID(), "Nobody checks the guns", NOW);
    assertThat(inCamera.why()).isEqualTo("A resignation citing safety in Camera: Nobody checks the guns");
    ReasonWords.saidAsWritten(inCamera.whySaid(), inCamera.why());
    assertThat(ReasonWords.in(SPANISH, inCamera.whySaid()))
        .isEqualTo("Una renuncia por motivos de seguridad en Camera: Nobody checks the guns");

    ManagementReview nowhere = ManagementReview.resignation(UUID.randomUUID(), PRODUCTION, null, UUID.randomUUID(),
        "Too many hours", NOW);
    assertThat(nowhere.why()).isEqualTo("A resignation citing safety: Too many hours");
    ReasonWords.saidAsWritten(nowhere.whySaid(), nowhere.why());
  }

  @Test
  void aSafetyBudgetCutIsSaidInTheReadersWordsWithTheProducersReasonAsTyped() {
    Said cut = Said.of("reason.budget.cut.over-the-share", Said.of("budget.line.SET_MEDIC_DAYS"), "25", "20");
    String typed = "The medic's days {0} go to the 'second unit' — 50% of them";
    ManagementReview review = ManagementReview.safetyBudgetCut(UUID.randomUUID(), PRODUCTION,
        "Set medic days cut by 25%, more than the 20% allowed without a review", cut, typed, NOW);

    assertThat(review.why()).isEqualTo("Set medic days cut by 25%, more than the 20% allowed without a review. "
        + "Reason given: " + typed);
    assertThat(review.department()).isEqualTo("Safety budget");
    assertThat(review.reportId()).isNull();
    ReasonWords.saidAsWritten(review.whySaid(), review.why());
    assertThat(ReasonWords.in(SPANISH, review.whySaid())).isEqualTo("Días de paramédico del set: recorte del 25%, más "
        + "que el 20% permitido sin revisión. Motivo: " + typed);
  }

  @Test
  void aReasonLongerThanIsKeptIsCutShortInEnglishWhileThePartsKeepWhatWasTyped() {
    String typed = "x".repeat(ManagementReview.MAX_WHY);
    ManagementReview review = ManagementReview.safetyBudgetCut(UUID.randomUUID(), PRODUCTION, "Fire safety cut",
        Said.of("budget.line.FIRE_SAFETY"), typed, NOW);
    assertThat(review.why()).hasSize(ManagementReview.MAX_WHY).endsWith("x…");
    assertThat(review.parts().typed()).isEqualTo(typed);
  }

  @Test
  void aReviewKeptWithoutPartsIsReadAsStored() {
    for (Trigger trigger : Trigger.values()) {
      assertThat(new ManagementReview(UUID.randomUUID(), PRODUCTION, trigger, "Grip", UUID.randomUUID(),
          "Grip has filed 3 safety reports in the last 14 days", null, NOW, null, null, null).whySaid())
          .as(trigger + ": nothing is read back from the English").isNull();
    }
  }

  @Test
  void partsThatDoNotFitTheirReviewAreRefused() {
    assertThatThrownBy(() -> new ManagementReview(UUID.randomUUID(), PRODUCTION, Trigger.REPEATED_REPORTS, "Grip",
        UUID.randomUUID(), "Grip resigned", Parts.resignation("Too many hours"), NOW, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ManagementReview(UUID.randomUUID(), PRODUCTION, Trigger.REPEATED_REPORTS, null,
        UUID.randomUUID(), "someone has filed 3", Parts.repeatedReports(3, 14), NOW, null, null, null))
        .as("repeated reports are a department's").isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ManagementReview(UUID.randomUUID(), PRODUCTION, Trigger.SAFETY_BUDGET_CUT,
        "Safety budget", null, "cut", Parts.repeatedReports(3, 14), NOW, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
