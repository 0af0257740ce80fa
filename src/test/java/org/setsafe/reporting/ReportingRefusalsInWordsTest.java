package org.setsafe.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.ReportCommand.AcknowledgeReport;
import org.setsafe.reporting.ReportCommand.AddReportPhoto;
import org.setsafe.reporting.ReportCommand.ResolveReport;
import org.setsafe.reporting.ReportCommand.StartMitigation;
import org.setsafe.reporting.domain.StopWorkCall;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hazard reports' refusals reach the page in the reader's words: a step not the caller's role to take (the English
 * recorded in the ledger word for word), a scene not on the production, work stopped twice.
 */
@SetSafeTest
class ReportingRefusalsInWordsTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired ReportFiling filing;
  @Autowired ReportSteps steps;
  @Autowired StopWork stopWork;
  @Autowired ManagementReviews reviews;

  private Production western;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
  }

  @Test
  void aStepNotTheCallersRoleIsRefusedInTheReadersWords() {
    UUID report = filed("Frayed rope on the fly rail");
    UUID id = western.id();
    saidAsWritten(refusedAs("marcus.camera", () -> steps.acknowledge(id, new AcknowledgeReport(report, null))));
    saidAsWritten(refusedAs("marcus.camera", () -> steps.startMitigation(id, new StartMitigation(report, "Tape"))));
    saidAsWritten(refusedAs("marcus.camera", () -> steps.resolve(id, new ResolveReport(report, "Replaced"))));
    saidAsWritten(refusedAs("marcus.camera", () -> reviews.answer(id, new AnswerReview(UUID.randomUUID(), "No"))));
  }

  @Test
  void aSceneNotOnTheProductionOrNoPhotoIsRefusedInTheReadersWords() {
    UUID nowhere = UUID.randomUUID();
    InvalidInputException noScene = (InvalidInputException) refusedAs("tess.grip", () -> filing.file(western.id(),
        new NewReport(Hazard.HEIGHTS, Severity.LOW, "Ladder", "No foot", nowhere, null, null, false), null));
    assertThat(ReasonWords.saidAsWritten(noScene).getMessage())
        .isEqualTo("no scene " + nowhere + " on this production");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), noScene))
        .isEqualTo("no hay ninguna escena " + nowhere + " en esta producción");
    ReasonWords.saidAsWritten((InvalidInputException) refusedAs("tess.grip",
        () -> stopWork.call(western.id(), new CallStopWork(nowhere, false, "Smoke", false))));
    UUID report = filed("Cable across the walkway by the trucks");
    ReasonWords.saidAsWritten((InvalidInputException) refusedAs("tess.grip",
        () -> steps.addPhoto(western.id(), new AddReportPhoto(report, null))));
  }

  @Test
  void workStoppedTwiceOrResumedByAnotherIsRefusedInTheReadersWords() {
    Scene scene = SystemActor.call(() -> schedule.scenes(western.id())).get(0);
    StopWorkCall call = crew.as("tess.grip",
        () -> stopWork.call(western.id(), new CallStopWork(scene.id(), false, "Smoke in the stage", false)));
    try {
      ConflictException twice = (ConflictException) refusedAs("marcus.camera",
          () -> stopWork.call(western.id(), new CallStopWork(scene.id(), false, null, false)));
      assertThat(ReasonWords.saidAsWritten(twice).getMessage()).isEqualTo("work on this scene is stopped already");
      saidAsWritten(refusedAs("tess.grip",
          () -> stopWork.resume(western.id(), new ResumeWork(call.id(), "Smoke cleared"))));
    } finally {
      crew.as("sam.safety", () -> stopWork.resume(western.id(), new ResumeWork(call.id(), "Smoke cleared, aired")));
    }
  }

  @Test
  void aCrewMemberReadingSpanishIsToldInSpanishWhoMayAcknowledge() throws Exception {
    UUID report = filed("Loose sandbag on the C-stand");
    mvc.perform(post("/productions/" + western.id() + "/reports/" + report + "/acknowledge")
            .param("text", "Lo vi").with(crew.signedIn("marcus.camera")).with(csrf())
            .header("Accept-Language", "es"))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("Solo el asesor de seguridad, el 1er AD, el gerente de producción "
            + "(UPM) o un productor pueden dar por recibidos los reportes")))
        .andExpect(content().string(containsString("Lo vi")));
  }

  private UUID filed(String title) {
    return crew.as("tess.grip", () -> filing.file(western.id(),
        new NewReport(Hazard.HEIGHTS, Severity.LOW, title, "By the stage door", null, null, null,
            false), null)).id();
  }

  private RuntimeException refusedAs(String username, Supplier<?> step) {
    Throwable thrown = catchThrowable(() -> crew.as(username, step));
    assertThat(thrown).isInstanceOfAny(InvalidInputException.class, AccessRefusedException.class);
    return (RuntimeException) thrown;
  }

  private static void saidAsWritten(RuntimeException refused) {
    assertThat(refused).isInstanceOf(AccessRefusedException.class);
    assertThat(ReasonWords.saidAsWritten(((AccessRefusedException) refused).refusal()).reason())
        .isEqualTo(refused.getMessage());
  }
}
