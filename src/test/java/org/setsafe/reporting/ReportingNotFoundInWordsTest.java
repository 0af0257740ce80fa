package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.escalation.EscalationPolicies;
import org.setsafe.production.Hazard;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A report, a photo, a review, a stop-work, a receipt code or a public link that is not there, and an escalation
 * policy changed by someone whose role does not allow it, are said in bundle words: the English word for word what
 * the API answers, Spanish words besides, and the Spanish on the page for a reader of Spanish.
 */
@SetSafeTest
class ReportingNotFoundInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired ReportFiling filing;
  @Autowired ReportSteps steps;
  @Autowired ReportViews views;
  @Autowired StopWork stopWork;
  @Autowired ManagementReviews reviews;
  @Autowired ReportReceipts receipts;
  @Autowired PublicReportLink publicLink;
  @Autowired EscalationPolicies policies;

  private UUID western;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN).id();
  }

  @Test
  void nothingByThatIdIsSaidInTheReadersWords() {
    UUID nowhere = UUID.randomUUID();
    NotFoundException noReport = saidAsWritten(notFoundAs("sam.safety", () -> views.report(western, nowhere)));
    assertThat(ReasonWords.in(SPANISH, noReport.said()))
        .isEqualTo("no hay ningún reporte " + nowhere + " en esta producción");
    saidAsWritten(notFoundAs("sam.safety", () -> steps.acknowledge(western, new ReportCommand.AcknowledgeReport(
        nowhere, null))));
    saidAsWritten(notFoundAs("sam.safety", () -> views.photo(western, nowhere)));
    saidAsWritten(notFoundAs("grace.producer", () -> reviews.answer(western, new AnswerReview(nowhere, "No"))));
    saidAsWritten(notFoundAs("sam.safety", () -> stopWork.resume(western, new ResumeWork(nowhere, "Clear"))));
    saidAsWritten(notFound(() -> receipts.follow("0000-0000-0000")));
    saidAsWritten(notFound(() -> publicLink.productionOfLink("not a link")));
    saidAsWritten(notFound(() -> publicLink.productionOfLink("x".repeat(32))));
  }

  @Test
  void anEscalationPolicyChangedByARoleThatMayNotIsRefusedInTheReadersWords() {
    // The role is checked before the policy is read.
    Throwable refused = catchThrowable(() -> crew.as("marcus.camera", () -> policies.change(western,
        Severity.LOW, null)));
    assertThat(refused).isInstanceOf(AccessRefusedException.class);
    saidAsWritten((AccessRefusedException) refused);
  }

  @Test
  void aPhotoNotOnTheReportIsSaidInSpanishOnThePage() throws Exception {
    UUID report = crew.as("tess.grip", () -> filing.file(western, new NewReport(Hazard.HEIGHTS, Severity.LOW,
        "Loose rail on the water tower", "By the stage door", null, null, null, false), null)).id();
    UUID photo = UUID.randomUUID();
    mvc.perform(get("/productions/" + western + "/reports/" + report + "/photos/" + photo)
            .with(crew.signedIn("sam.safety")).header("Accept-Language", "es"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(containsString("no hay ninguna foto " + photo)))
        .andExpect(content().string(not(containsString("no photo"))));
  }

  private static NotFoundException notFound(Supplier<?> work) {
    Throwable thrown = catchThrowable(work::get);
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    return (NotFoundException) thrown;
  }

  private NotFoundException notFoundAs(String who, Supplier<?> work) {
    return notFound(() -> crew.as(who, work::get));
  }
}
