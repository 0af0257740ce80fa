package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.incident.CorrectiveActions.NewAction;
import org.setsafe.incident.Incidents.NewAnonymousIncident;
import org.setsafe.incident.Incidents.NewIncident;
import org.setsafe.incident.Incidents.PersonInput;
import org.setsafe.incident.InvestigationReport.NewSignOff;
import org.setsafe.incident.Investigations.EvidenceInput;
import org.setsafe.incident.Investigations.NewRootCause;
import org.setsafe.incident.PhysicalEvidence.Confirmation;
import org.setsafe.incident.ReportingClocks.OutcomeInput;
import org.setsafe.incident.Statements.Correction;
import org.setsafe.incident.Statements.ForWitness;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.reporting.PublicReportLink;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the incident services refuse in the input is said in bundle words: the English word for word the message the
 * API answers, and Spanish words besides. One problem of each service, and each that places values (a field, an
 * account, a version, an outcome said in the reader's words), provoked through the services as the crew calls them.
 */
@SetSafeTest
class IncidentProblemsInWordsTest {

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
  @Autowired InvestigationReport report;
  @Autowired InvestigatorAccess investigatorAccess;
  @Autowired InvestigatorNotes notes;
  @Autowired PhysicalEvidence evidence;
  @Autowired ReportingClocks clocks;
  @Autowired CareAfterIncidents care;
  @Autowired PublicReportLink publicLink;
  @Autowired TestClock clock;

  private AftermathOnSet set;
  private UUID incident;

  @BeforeEach
  void anIncidentOnTheStagecoachRoad() throws Exception {
    set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster, "Stagecoach", "America/Denver");
    incident = UUID.fromString(set.open("tess.grip", "NEAR_MISS", "LOW", null));
  }

  @Test
  void openingAnIncident() {
    UUID stranger = UUID.randomUUID();
    InvalidInputException notOnCrew = saidAsWritten(problem("tess.grip", () -> incidents.open(set.id(),
        incident(List.of(new PersonInput(stranger, null, Involvement.WITNESS)), null, Set.of()))));
    assertThat(notOnCrew.getMessage()).contains(stranger.toString());
    saidAsWritten(problem("tess.grip", () -> incidents.open(set.id(),
        incident(Collections.singletonList(new PersonInput(null, "Ray Chen", null)), null, Set.of()))));
    saidAsWritten(problem("tess.grip", () -> incidents.open(set.id(),
        incident(List.of(new PersonInput(null, " ", Involvement.WITNESS)), null, Set.of()))));
    saidAsWritten(problem("tess.grip", () -> incidents.open(set.id(), incident(List.of(), "a cut", Set.of()))));
    saidAsWritten(problem("tess.grip", () -> incidents.open(set.id(), incident(List.of(), null,
        Set.of(UUID.randomUUID())))));

    // A name too long is refused under the field it was sent as, as it always was.
    InvalidInputException tooLong = problem("tess.grip", () -> incidents.open(set.id(), incident(List.of(
        new PersonInput(null, "Ray Chen", Involvement.WITNESS), new PersonInput(null, "R".repeat(121),
            Involvement.WITNESS)), null, Set.of())));
    assertThat(tooLong.field()).isEqualTo("people[1].name");
    assertThat(tooLong.rule()).isEqualTo("Size");
    assertThat(tooLong.getMessage()).isEqualTo("people[1].name must be 1 to 120 characters");
  }

  @Test
  void openingAnIncidentAnonymously() {
    String token = crew.as(set.user("tess.grip"), () -> publicLink.publicLinkToken(set.id()));
    saidAsWritten(problem(null, () -> incidents.openAnonymously(token, anonymous(
        new PersonInput(null, "Ray Chen", Involvement.REPORTER)))));
    saidAsWritten(problem(null, () -> incidents.openAnonymously(token, anonymous(
        new PersonInput(UUID.randomUUID(), "Ray Chen", Involvement.WITNESS)))));
    InvalidInputException noInvolvement = saidAsWritten(problem(null, () -> incidents.openAnonymously(token,
        anonymous(new PersonInput(null, "Ray Chen", null)))));
    assertThat(noInvolvement.getMessage()).startsWith("people[0].involvement is required");
    saidAsWritten(new AnonymousLimitReached(5));
    InvalidInputException notAChoice = saidAsWritten(problem(null,
        () -> Choices.oneOf(IncidentKind.class, "kind", "FIRE")));
    assertThat(notAChoice.getMessage()).startsWith("kind is one of: INJURY_OR_ILLNESS, NEAR_MISS");
  }

  @Test
  void statements() {
    saidAsWritten(problem("sam.safety", () -> statements.recordFor(set.id(), incident,
        new ForWitness(UUID.randomUUID(), null, "I saw it turn over.", null))));
    saidAsWritten(problem("sam.safety", () -> statements.recordFor(set.id(), incident,
        new ForWitness(null, " ", "I saw it turn over.", null))));
    UUID statement = crew.as(set.user("sam.safety"), () -> statements.recordFor(set.id(), incident,
        new ForWitness(null, "Ray Chen (visiting driver)", "I saw it turn over.", null))).id();
    InvalidInputException which = saidAsWritten(problem("sam.safety", () -> statements.correct(set.id(), incident,
        statement, new Correction("It turned over on the bend.", null, null))));
    assertThat(which.getMessage()).endsWith("(the latest, 1)");
  }

  @Test
  void rootCausesActionsAndTheReport() {
    List<EvidenceInput> tooMany = Collections.nCopies(31, new EvidenceInput(1L, null));
    saidAsWritten(problem("sam.safety", () -> investigations.recordRootCause(set.id(), incident,
        cause(tooMany))));
    saidAsWritten(problem("sam.safety", () -> investigations.recordRootCause(set.id(), incident,
        cause(List.of(new EvidenceInput(null, null))))));
    saidAsWritten(problem("sam.safety", () -> investigations.recordRootCause(set.id(), incident,
        cause(List.of(new EvidenceInput(-1L, null))))));
    saidAsWritten(problem("sam.safety", () -> investigations.recordRootCause(set.id(), incident,
        cause(List.of(new EvidenceInput(Long.MAX_VALUE, null))))));
    saidAsWritten(problem("sam.safety", () -> investigations.recordRootCause(set.id(), incident, null)));
    saidAsWritten(problem("sam.safety", () -> actions.agree(set.id(), incident, new NewAction(UUID.randomUUID(),
        "CORRECTIVE", "A second brake check", set.userId("sam.safety"), null, null))));
    saidAsWritten(problem("sam.safety", () -> report.signOff(set.id(), incident,
        new NewSignOff("SAFETY_ADVISOR", "not a digest"))));
    saidAsWritten(problem("sam.safety", () -> report.signOff(set.id(), incident, new NewSignOff(null, null))));
    saidAsWritten(problem("sam.safety", () -> investigatorAccess.grant(set.id(), incident, null)));
    saidAsWritten(problem("sam.safety", () -> notes.add(set.id(), incident, null)));
    saidAsWritten(problem(null, () -> evidence.confirm(new Confirmation("123", "Det. Ruiz", "C-1"))));
    saidAsWritten(problem(null, () -> evidence.confirm(null)));
  }

  @Test
  void reportingClocksAndCare() {
    saidAsWritten(problem("sam.safety", () -> clocks.recordOutcome(set.id(), incident,
        new OutcomeInput("AMPUTATION", "NM", clock.instant().minus(Duration.ofDays(2))))));
    UUID clock = crew.as(set.user("sam.safety"), () -> clocks.recordOutcome(set.id(), incident,
        new OutcomeInput("AMPUTATION", "NM", null))).get(0).id();
    // The outcome is said in the reader's words, the regulator as it is named.
    InvalidInputException once = saidAsWritten(problem("sam.safety", () -> clocks.recordOutcome(set.id(), incident,
        new OutcomeInput("AMPUTATION", "NM", null))));
    assertThat(once.getMessage()).isEqualTo("An amputation is already on a OSHA clock for this incident");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), once))
        .isEqualTo("Una amputación ya tiene un plazo para reportar a OSHA en este incidente");
    saidAsWritten(problem("sam.safety", () -> clocks.reportMade(set.id(), incident, clock, null)));

    saidAsWritten(problem("sam.safety", () -> {
      care.nameCounsellingContact(set.id(), UUID.randomUUID());
      return null;
    }));
    // Refused by the care policy: said as the policy says it.
    InvalidInputException employer = problem("sam.safety", () -> {
      care.nameCounsellingContact(set.id(), set.userId("grace.producer"));
      return null;
    });
    assertThat(employer.said().key()).isEqualTo("input.incident.as-refused");
    assertThat(ReasonWords.in(Locale.ENGLISH, employer)).isEqualTo(employer.getMessage());
  }

  /** The input problem the work ends in, done as this crew member (or as nobody signed in). */
  private InvalidInputException problem(String who, Supplier<?> work) {
    try {
      if (who == null) {
        work.get();
      } else {
        crew.as(set.user(who), work::get);
      }
    } catch (InvalidInputException e) {
      return e;
    }
    return fail("no input problem");
  }

  private static NewIncident incident(List<PersonInput> people, String medicalDetails, Set<UUID> scenes) {
    return new NewIncident("NEAR_MISS", Severity.LOW, "Alabama Hills", null, "The stagecoach nearly overturned",
        people, medicalDetails, Set.of(), Set.of(), scenes);
  }

  private static NewAnonymousIncident anonymous(PersonInput person) {
    return new NewAnonymousIncident("NEAR_MISS", Severity.LOW, "Alabama Hills", null,
        "The stagecoach nearly overturned", Collections.singletonList(person), Set.of());
  }

  private static NewRootCause cause(List<EvidenceInput> evidence) {
    return new NewRootCause("FIVE_WHYS", "PROCEDURE", "The brake was not checked", List.of(), evidence);
  }
}
