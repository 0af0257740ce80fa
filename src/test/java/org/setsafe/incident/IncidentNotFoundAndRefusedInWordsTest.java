package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.incident.CorrectiveActions.Done;
import org.setsafe.incident.CorrectiveActions.NewAction;
import org.setsafe.incident.CorrectiveActions.Verification;
import org.setsafe.incident.Investigations.NewRootCause;
import org.setsafe.incident.Investigations.StepInput;
import org.setsafe.incident.PhysicalEvidence.Confirmation;
import org.setsafe.incident.ReportingClocks.OutcomeInput;
import org.setsafe.incident.Statements.Correction;
import org.setsafe.incident.Statements.ForWitness;
import org.setsafe.incident.domain.HandOverCode;
import org.setsafe.incident.osha.OshaRecords;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the incident services answer when there is nothing by that id for the caller, or their role does not let
 * them, is said in bundle words: the English word for word the message the API answers, Spanish words besides. One of
 * each service, each that places a value, and each variant, provoked through the services as the crew calls them.
 */
@SetSafeTest
class IncidentNotFoundAndRefusedInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired Roster roster;
  @Autowired Incidents incidents;
  @Autowired Statements statements;
  @Autowired Investigations investigations;
  @Autowired CorrectiveActions actions;
  @Autowired InvestigatorAccess investigatorAccess;
  @Autowired InvestigatorNotes notes;
  @Autowired PhysicalEvidence evidence;
  @Autowired ReportingClocks clocks;
  @Autowired CareAfterIncidents care;
  @Autowired OshaRecords osha;
  @Autowired Timeline timeline;
  @Autowired TestClock clock;

  private AftermathOnSet set;
  private UUID incident;

  @BeforeEach
  void anIncidentOnTheStagecoachRoad() throws Exception {
    set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster, "Stagecoach", "America/Denver");
    incident = UUID.fromString(set.open("tess.grip", "NEAR_MISS", "LOW", null));
  }

  @Test
  void nothingByThatId() {
    UUID nowhere = UUID.randomUUID();
    NotFoundException noIncident = saidAsWritten(notFound(() -> incidents.find(set.id(), nowhere)));
    assertThat(ReasonWords.in(SPANISH, noIncident.said()))
        .isEqualTo("no hay ningún incidente " + nowhere + " en esta producción");
    saidAsWritten(notFound(() -> timeline.forReport(nowhere)));
    saidAsWritten(notFoundAs("sam.safety", () -> incidents.medicalDetails(set.id(), incident)));
    saidAsWritten(notFound(() -> incidents.followAnonymously("0000-0000-0000")));
    saidAsWritten(notFoundAs("sam.safety", () -> statements.statement(set.id(), incident, nowhere)));
    saidAsWritten(notFoundAs("sam.safety", () -> actions.done(set.id(), incident, nowhere, null)));
    saidAsWritten(notFoundAs("sam.safety", () -> clocks.reportMade(set.id(), incident, nowhere, null)));
    saidAsWritten(notFoundAs("sam.safety", () -> clocks.clocks(set.id(), nowhere)));
    saidAsWritten(notFoundAs("sam.safety", () -> investigatorAccess.revoke(set.id(), incident, nowhere)));
    saidAsWritten(notFound(() -> investigatorAccess.caseFile("not-a-link", "10.9.8.7")));
    saidAsWritten(notFoundAs("sam.safety", () -> evidence.handOver(set.id(), incident, nowhere, null)));
    saidAsWritten(notFound(() -> evidence.confirm(new Confirmation(HandOverCode.random().grouped(), "Det. Ruiz",
        "C-1"))));
    saidAsWritten(notFoundAs("sam.safety", () -> osha.establishment(set.id())));
    saidAsWritten(notFoundAs("sam.safety", () -> osha.cases(set.id(), nowhere)));

    crew.as(set.user("sam.safety"), () -> {
      care.nameCounsellingContact(set.id(), set.userId("nina.counsel"));
      return null;
    });
    saidAsWritten(notFoundAs("nina.counsel", () -> care.answers(set.id(), nowhere)));
    saidAsWritten(notFoundAs("tess.grip", () -> care.answer(set.id(), nowhere, "ACCEPTED")));
  }

  @Test
  void notTheCallersToDo() {
    // Refused by a rule that has its words: the refusal's words are the page's.
    AccessRefusedException medical = saidAsWritten(refusedAs("marcus.camera",
        () -> incidents.medicalDetails(set.id(), incident)));
    assertThat(medical.said().key()).isEqualTo("reason.incident.medical-details");
    saidAsWritten(refusedAs("tess.grip", () -> notes.notes(set.id(), incident)));

    saidAsWritten(refusedAs("tess.grip", () -> statements.recordFor(set.id(), incident,
        new ForWitness(null, "Ray Chen", "I saw it turn over.", null))));
    UUID statement = crew.as(set.user("sam.safety"), () -> statements.recordFor(set.id(), incident,
        new ForWitness(set.userId("marcus.camera"), null, "I saw it turn over.", null))).id();
    saidAsWritten(refusedAs("tess.grip", () -> statements.correct(set.id(), incident, statement,
        new Correction("It turned over on the bend.", null, 1))));
    saidAsWritten(refusedAs("tess.grip", () -> statements.confirm(set.id(), incident, statement, 1)));
    saidAsWritten(refusedAs("tess.grip", () -> statements.statement(set.id(), incident, statement)));

    saidAsWritten(refusedAs("tess.grip", () -> investigations.recordRootCause(set.id(), incident, null)));
    saidAsWritten(refusedAs("leo.upm", () -> investigations.close(set.id(), incident, new StepInput("Done"))));
    saidAsWritten(refusedAs("marcus.camera", () -> care.answers(set.id(), UUID.randomUUID())));
    saidAsWritten(refusedAs("tess.grip", () -> osha.establishment(set.id())));
    saidAsWritten(refusedAs("sam.safety", () -> osha.recordEstablishment(set.id(), null)));
    saidAsWritten(refusedAs("tess.grip", () -> investigatorAccess.grants(set.id(), incident)));
  }

  @Test
  void theReportingClocksSayWhatWasRefused() {
    AccessRefusedException outcome = saidAsWritten(refusedAs("tess.grip", () -> clocks.recordOutcome(set.id(),
        incident, new OutcomeInput("AMPUTATION", "NM", null))));
    assertThat(outcome.getMessage()).isEqualTo("Only the safety advisor, the UPM or the producer, who answer for the "
        + "report to the regulator, may record a reportable outcome.");
    assertThat(ReasonWords.in(SPANISH, outcome.said())).isEqualTo("Solo el asesor de seguridad, el UPM o el "
        + "productor, que responden por el reporte ante la autoridad, pueden registrar un resultado que hay que "
        + "reportar.");
    saidAsWritten(refusedAs("tess.grip", () -> clocks.clocks(set.id(), incident)));
    saidAsWritten(refusedAs("tess.grip", () -> clocks.reportMade(set.id(), incident, UUID.randomUUID(), null)));
  }

  @Test
  void anActionIsDoneByItsOwnerAndVerifiedByTheOneNamed() {
    UUID cause = crew.as(set.user("sam.safety"), () -> investigations.recordRootCause(set.id(), incident,
        new NewRootCause("FACTOR", "PEOPLE", "Nobody checked the brake", List.of(), List.of())))
        .rootCauses().get(0).id();
    LocalDate due = LocalDate.now(clock).plusDays(7);
    UUID byTheSafetyAdvisor = crew.as(set.user("sam.safety"), () -> actions.agree(set.id(), incident,
        new NewAction(cause, "CORRECTIVE", "Check the brake before each run", set.userId("tess.grip"), null, due)))
        .actions().get(0).id();
    UUID byTheUpm = crew.as(set.user("sam.safety"), () -> actions.agree(set.id(), incident,
        new NewAction(cause, "PREVENTIVE", "A second brake check", set.userId("tess.grip"), set.userId("leo.upm"),
            due))).actions().stream().filter(a -> !a.id().equals(byTheSafetyAdvisor)).findFirst().orElseThrow().id();

    saidAsWritten(refusedAs("marcus.camera", () -> actions.done(set.id(), incident, byTheSafetyAdvisor,
        new Done(null, null))));
    AccessRefusedException advisor = saidAsWritten(refusedAs("marcus.camera", () -> actions.verify(set.id(),
        incident, byTheSafetyAdvisor, new Verification(true, null))));
    assertThat(advisor.getMessage()).isEqualTo("This action is verified by the safety advisor.");
    AccessRefusedException verifier = saidAsWritten(refusedAs("marcus.camera", () -> actions.verify(set.id(),
        incident, byTheUpm, new Verification(true, null))));
    assertThat(verifier.getMessage()).isEqualTo("This action is verified by the verifier named for it.");
  }

  @Test
  void theInvestigatorsLinkPagesSayWhenItEnded() {
    InvestigatorLinkEnded withdrawn = new InvestigatorLinkEnded(true, clock.instant(), "The production withdrew "
        + "this access on 12 May 2026, 14:05. Ask its safety advisor if you still need it.",
        Said.of("input.incident.investigator-link.withdrawn", "12 May 2026, 14:05"));
    InvestigatorLinkEnded expired = new InvestigatorLinkEnded(false, clock.instant(), "This access expired on "
        + "12 May 2026, 14:05. Ask the production's safety advisor for a new link.",
        Said.of("input.incident.investigator-link.expired", "12 May 2026, 14:05"));
    InvestigatorLinkThrottled throttled = new InvestigatorLinkThrottled();
    for (var words : List.of(List.of(withdrawn.said(), withdrawn.getMessage()),
        List.of(expired.said(), expired.getMessage()), List.of(throttled.said(), throttled.getMessage()))) {
      Said said = (Said) words.get(0);
      assertThat(ReasonWords.in(Locale.ENGLISH, said)).isEqualTo(words.get(1));
      assertThat(ReasonWords.in(SPANISH, said)).isNotBlank().isNotEqualTo(words.get(1));
    }
    assertThat(ReasonWords.in(SPANISH, expired.said()))
        .isEqualTo("Este acceso venció el 12 May 2026, 14:05. Pídele al asesor de seguridad de la producción un "
            + "enlace nuevo.");
  }

  private NotFoundException notFound(Supplier<?> work) {
    Throwable thrown = catchThrowable(work::get);
    assertThat(thrown).isInstanceOf(NotFoundException.class);
    return (NotFoundException) thrown;
  }

  private NotFoundException notFoundAs(String who, Supplier<?> work) {
    return notFound(() -> crew.as(set.user(who), work::get));
  }

  private AccessRefusedException refusedAs(String who, Supplier<?> work) {
    Throwable thrown = catchThrowable(() -> crew.as(set.user(who), work::get));
    assertThat(thrown).isInstanceOf(AccessRefusedException.class);
    return (AccessRefusedException) thrown;
  }
}
