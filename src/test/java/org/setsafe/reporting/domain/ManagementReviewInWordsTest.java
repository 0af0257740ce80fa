package org.setsafe.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.reporting.domain.ManagementReview.Trigger;
import org.setsafe.shared.ReasonWords;

/**
 * Why a management review opened, read back from what was stored: the words of the repeated-reports policy and of a
 * resignation say the stored English word for word, and Spanish for a Spanish-reading producer.
 */
class ManagementReviewInWordsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

  @Test
  void aDepartmentsRepeatedReportsAreSaidAgainInTheReadersWords() {
    RepeatedReportsPolicy policy = new RepeatedReportsPolicy(3, Duration.ofDays(14));
    String why = policy.reviewDue("Grip", Collections.nCopies(3, NOW.minusSeconds(60)), NOW).orElseThrow();
    ManagementReview review = review(Trigger.REPEATED_REPORTS, "Grip", why);
    ReasonWords.saidAsWritten(review.whySaid(), why);
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), review.whySaid()))
        .isEqualTo("Grip ha presentado 3 reportes de seguridad en los últimos 14 días");
  }

  @Test
  void aResignationCitingSafetyIsSaidAgainWithOrWithoutItsDepartment() {
    ReasonWords.saidAsWritten(review(Trigger.RESIGNATION, "Camera",
        "A resignation citing safety in Camera: Nobody checks the guns").whySaid(),
        "A resignation citing safety in Camera: Nobody checks the guns");
    ReasonWords.saidAsWritten(review(Trigger.RESIGNATION, null, "A resignation citing safety: Too many hours")
        .whySaid(), "A resignation citing safety: Too many hours");
  }

  @Test
  void whatCannotBeSaidAgainStaysAsWritten() {
    assertThat(review(Trigger.SAFETY_BUDGET_CUT, null, "The medic line is cut. Reason given: money").whySaid())
        .isNull();
    assertThat(review(Trigger.REPEATED_REPORTS, "Grip", "Camera has filed 3 safety reports in the last 14 days")
        .whySaid()).as("another department's words are not this review's").isNull();
  }

  private static ManagementReview review(Trigger trigger, String department, String why) {
    return new ManagementReview(UUID.randomUUID(), UUID.randomUUID(), trigger, department, UUID.randomUUID(), why,
        NOW, null, null, null);
  }
}
