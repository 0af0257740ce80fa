package org.setsafe.incident.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.incident.ActionKind;
import org.setsafe.incident.CauseCategory;
import org.setsafe.incident.CauseForm;
import org.setsafe.incident.EvidenceKind;
import org.setsafe.incident.IncidentKind;
import org.setsafe.incident.Involvement;
import org.setsafe.incident.Regulator;
import org.setsafe.incident.ReportableOutcome;
import org.setsafe.production.CrewRole;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;
import org.setsafe.shared.Refusal;

/**
 * What the incident module's own rules say when they refuse a step or an input, said in words as well: the English
 * word for word as the API and the ledger keep it, and Spanish for a crew member reading the page in Spanish. Each
 * rule is provoked on the domain objects themselves, every variant of a reason and every reason with a value in it.
 */
class IncidentRulesInWordsTest {

  private static final Instant NOW = Instant.parse("2026-12-05T17:42:00Z");
  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final UUID INCIDENT = UUID.randomUUID();
  private static final UUID ELI = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final String REPORT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  static Stream<Arguments> problems() {
    return Stream.of(
        // Opening an incident
        input("a kind is required", () -> incident(null, Severity.HIGH, NOW, List.of())),
        input("a severity is required", () -> incident(IncidentKind.NEAR_MISS, null, NOW, List.of())),
        input("when it happened is required", () -> incident(IncidentKind.NEAR_MISS, Severity.HIGH, null, List.of())),
        input("it did not happen later than now",
            () -> incident(IncidentKind.NEAR_MISS, Severity.HIGH, NOW.plusSeconds(60), List.of())),
        input("at most so many people", () -> incident(IncidentKind.NEAR_MISS, Severity.HIGH, NOW,
            Collections.nCopies(Incident.MAX_PEOPLE + 1, new Involved(null, "Tess Ward", Involvement.WITNESS)))),
        // Evidence and its chain of custody
        input("an evidence item has a kind",
            () -> new EvidenceItem(UUID.randomUUID(), INCIDENT, PRODUCTION, null, "Spent casing", null, ELI, NOW)),
        refusal("one hand-over at a time, naming who it is waiting for",
            () -> chain("SFSO 2026-11873", handOver("SFSO 2026-11873", false)).offer("SFSO 2026-11873")),
        refusal("handed over under the case it is filed under",
            () -> chain("SFSO 2026-11873").offer("SFSO 2026-11874")),
        refusal("received under the case it was handed over under", () -> new SameCaseNumberPolicy()
            .confirm(handOver("SFSO 2026-11873", false), "SFSO 2026-11874")),
        // Statements
        input("a statement is not about later than now", () -> version(1, ROSA, NOW.plusSeconds(60))),
        refusal("a correction corrects the latest version", () -> statement(ELI, 2).mayCorrect(1)),
        refusal("only the witness confirms", () -> statement(ROSA, 1).mayConfirm(ROSA, 1)),
        refusal("a confirmation is of the latest version", () -> statement(ROSA, 2).mayConfirm(ELI, 1)),
        refusal("words given by the witness need no confirming", () -> statement(ELI, 1).mayConfirm(ELI, 1)),
        refusal("a version is confirmed once", () -> new Statement(List.of(version(1, ROSA, null)
            .confirmed(new StatementVersion.Confirmation(ELI, NOW)))).mayConfirm(ELI, 1)),
        refusal("who reads a statement", () -> StatementReaders.mayRead(statement(ROSA, 1), UUID.randomUUID(),
            Set.of(CrewRole.ARMORER), false)),
        // Investigators' notes, medical details, who answered support
        input("a note is not about later than now", () -> note(NOW.plusSeconds(60), List.of())),
        input("a note names at most so many people", () -> note(null, people(InvestigatorNote.MAX_PEOPLE + 1))),
        refusal("only the investigators add notes", () -> new InvestigatorsPolicy().check(Set.of(CrewRole.CREW),
            false)),
        refusal("who reads medical details", () -> new MedicalDetailsPolicy().check(incident(
            IncidentKind.INJURY_OR_ILLNESS, Severity.HIGH, NOW, List.of()), ELI, Set.of(CrewRole.CREW))),
        refusal("who reads who answered", () -> new WhoAnsweredPolicy().check(ELI, Set.of(CrewRole.PRODUCER),
            Optional.of(ELI))),
        refusal("the counselling contact is not the employer", () -> new WhoAnsweredPolicy()
            .mayBeNamed(Set.of(CrewRole.UPM))),
        // Root causes and the investigation
        input("a root cause has a form", () -> rootCause(null, List.of(), List.of())),
        input("a five-whys chain has so many steps", () -> rootCause(CauseForm.FIVE_WHYS, List.of(), List.of())),
        input("a factor has no whys", () -> rootCause(CauseForm.FACTOR, List.of(why()), List.of())),
        input("each why is said, naming which", () -> rootCause(CauseForm.FIVE_WHYS,
            Collections.singletonList(null), List.of())),
        input("at most so many pieces of evidence", () -> rootCause(CauseForm.FACTOR, List.of(),
            Collections.nCopies(RootCause.MAX_EVIDENCE + 1, new RootCause.EvidenceRef(7L, "custody.issued", null)))),
        refusal("closing needs a root cause", () -> new Investigation(List.of(), List.of()).close()),
        refusal("closing needs a root cause shown by its evidence",
            () -> new Investigation(List.of(rootCause(CauseForm.FACTOR, List.of(), List.of())), List.of()).close()),
        refusal("closed already", () -> closed().close()),
        refusal("only a closed one re-opens", () -> new Investigation(List.of(), List.of()).reopen()),
        refusal("no root cause recorded while closed", () -> closed().record()),
        // Corrective actions
        input("an action answers a root cause", () -> action(null, ELI, null)),
        input("an action has an owner", () -> action(UUID.randomUUID(), null, null)),
        input("an action is not verified by its owner", () -> action(UUID.randomUUID(), ELI, ELI)),
        refusal("done once", () -> progress(ActionStep.Kind.DONE).done()),
        refusal("verified once done", () -> progress().verify()),
        refusal("verified once", () -> progress(ActionStep.Kind.DONE, ActionStep.Kind.EFFECTIVE).verify()),
        refusal("verified by the safety advisor, not the owner",
            () -> new VerifiedByAnotherPolicy().check(action(UUID.randomUUID(), ELI, null), ELI)),
        refusal("verified by the one named, not the owner",
            () -> new VerifiedByAnotherPolicy().check(action(UUID.randomUUID(), ELI, ROSA), ELI)),
        // The report's sign-off
        refusal("signed as safety advisor by the safety advisor", () -> new SignOffPolicy().check(
            SigningRole.SAFETY_ADVISOR, ELI, Set.of("PRODUCER"), REPORT, List.of())),
        refusal("signed as producer by a producer", () -> new SignOffPolicy().check(
            SigningRole.PRODUCER, ELI, Set.of("SAFETY_ADVISOR"), REPORT, List.of())),
        refusal("signed by two people", () -> new SignOffPolicy().check(SigningRole.PRODUCER, ELI,
            Set.of("PRODUCER", "SAFETY_ADVISOR"), REPORT, List.of(new SignOff(UUID.randomUUID(), INCIDENT,
                PRODUCTION, SigningRole.SAFETY_ADVISOR, ELI, NOW, REPORT)))),
        // Investigators from outside and the regulator's clocks
        input("an investigator's address", () -> grant("deputy.ruiz", NOW.plusSeconds(3600))),
        input("an investigator's access ends", () -> grant("ruiz@sfso.example.gov", null)),
        input("an investigator's access ends later than now", () -> grant("ruiz@sfso.example.gov", NOW)),
        input("an investigator's access ends within so many days",
            () -> grant("ruiz@sfso.example.gov", NOW.plus(InvestigatorGrant.LONGEST).plusSeconds(1))),
        input("an outcome is named", () -> ReportingDeadlines.of(null, "NM")),
        input("a disfigurement alone is not reported within hours outside California",
            () -> ReportingDeadlines.of(ReportableOutcome.SERIOUS_DISFIGUREMENT, "NM")),
        input("a state is two letters", () -> ReportingDeadlines.state("New Mexico")),
        input("a report was made", () -> reportMade(null, Regulator.OSHA)),
        input("a report was not made later than now", () -> reportMade(NOW.plusSeconds(60), Regulator.OSHA)),
        input("a report is made to a regulator", () -> reportMade(NOW, null)),
        input("a report was not made before the outcome was known",
            () -> reportMade(NOW.minus(Duration.ofDays(3)), Regulator.OSHA).answers(clock(Regulator.OSHA))),
        input("a report is made to the clock's regulator, named",
            () -> reportMade(NOW, Regulator.OSHA).answers(clock(Regulator.CAL_OSHA))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void theRuleSaysItInWords(String rule, Supplier<Object> provoked) {
    Object problem = provoked.get();
    if (problem instanceof Refusal refusal) {
      ReasonWords.saidAsWritten(refusal);
    } else {
      ReasonWords.saidAsWritten((InvalidInputException) problem);
    }
  }

  @Test
  void valuesArePlacedAsWrittenInEitherLanguage() {
    Refusal refused = new SameCaseNumberPolicy().confirm(handOver("SFSO 2026-11873", false), "SFSO 2026-11874")
        .orElseThrow();
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), refused))
        .startsWith("Esta evidencia se entregó con el caso SFSO 2026-11873, no con el SFSO 2026-11874.");
    InvalidInputException tooLong = catchThrowableOfType(() -> grant("ruiz@sfso.example.gov",
        NOW.plus(Duration.ofDays(91))), InvalidInputException.class);
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), tooLong))
        .startsWith("El acceso puede durar como máximo 90 días desde ahora");
  }

  // ---- provoking each rule ----

  private static Arguments input(String rule, Runnable made) {
    Supplier<Object> problem = () -> {
      InvalidInputException thrown = catchThrowableOfType(made::run, InvalidInputException.class);
      assertThat(thrown).as(rule).isNotNull();
      return thrown;
    };
    return Arguments.of(rule, problem);
  }

  private static Arguments refusal(String rule, Supplier<Optional<Refusal>> checked) {
    Supplier<Object> problem = () -> checked.get().orElseThrow(() -> new AssertionError("not refused: " + rule));
    return Arguments.of(rule, problem);
  }

  private static Incident incident(IncidentKind kind, Severity severity, Instant happenedAt, List<Involved> people) {
    return new Incident(UUID.randomUUID(), PRODUCTION, kind, severity, "Church set, by the well", happenedAt,
        "The revolver fired while being holstered.", ELI, NOW, null, null, people, Set.of(), Set.of(), Set.of());
  }

  private static HandOver handOver(String caseNumber, boolean confirmed) {
    HandOver offered = new HandOver(UUID.randomUUID(), UUID.randomUUID(), PRODUCTION, "Rosa Delgado",
        "Deputy A. Ruiz", "Santa Fe County Sheriff's Office", caseNumber, ROSA, NOW, null);
    return confirmed ? offered.confirmedAs(new HandOver.Confirmation("Deputy A. Ruiz", caseNumber, NOW)) : offered;
  }

  private static EvidenceChain chain(String caseNumber, HandOver... handOvers) {
    return new EvidenceChain(new EvidenceItem(UUID.randomUUID(), INCIDENT, PRODUCTION, EvidenceKind.ROUND,
        "Spent casing from chamber 3", caseNumber, ROSA, NOW), List.of(handOvers));
  }

  private static StatementVersion version(int version, UUID recordedBy, Instant about) {
    return new StatementVersion(UUID.randomUUID(), UUID.randomUUID(), INCIDENT, PRODUCTION, version,
        new Witness(ELI, "Eli Navarro"), "I heard the shot before I saw the smoke.", about, NOW, recordedBy, null,
        null);
  }

  /** Eli's statement in so many versions, the first recorded by {@code recordedBy}. */
  private static Statement statement(UUID recordedBy, int versions) {
    List<StatementVersion> all = new ArrayList<>();
    for (int v = 1; v <= versions; v++) {
      all.add(version(v, recordedBy, null));
    }
    return new Statement(all);
  }

  private static List<UUID> people(int count) {
    return Stream.generate(UUID::randomUUID).limit(count).toList();
  }

  private static InvestigatorNote note(Instant about, List<UUID> people) {
    return new InvestigatorNote(UUID.randomUUID(), INCIDENT, PRODUCTION, "The cart was unattended at lunch.", about,
        null, people, ROSA, NOW);
  }

  private static RootCause.Why why() {
    return new RootCause.Why("Why was it loaded?", "A live round was in the dummies' box.");
  }

  private static RootCause rootCause(CauseForm form, List<RootCause.Why> whys, List<RootCause.EvidenceRef> evidence) {
    return new RootCause(UUID.randomUUID(), UUID.randomUUID(), 1, INCIDENT, PRODUCTION, form, CauseCategory.PROCEDURE,
        "No show-clear before the rehearsal", whys, evidence, ROSA, NOW);
  }

  private static Investigation closed() {
    return new Investigation(List.of(), List.of(new Investigation.Step(UUID.randomUUID(), INCIDENT, PRODUCTION, 0,
        Investigation.Step.Kind.CLOSED, "Cause shown", ROSA, NOW)));
  }

  private static CorrectiveAction action(UUID causeId, UUID owner, UUID verifier) {
    return new CorrectiveAction(UUID.randomUUID(), INCIDENT, PRODUCTION, causeId, ActionKind.CORRECTIVE,
        "Show every weapon clear before each rehearsal", owner, verifier, LocalDate.of(2026, 12, 12),
        NOW.plus(Duration.ofDays(7)), ROSA, NOW);
  }

  private static ActionProgress progress(ActionStep.Kind... steps) {
    CorrectiveAction action = action(UUID.randomUUID(), ELI, null);
    return new ActionProgress(action, Stream.of(steps)
        .map(s -> new ActionStep(action.id(), s, null, null, null, ELI, NOW)).toList());
  }

  private static InvestigatorGrant grant(String email, Instant expiresAt) {
    return new InvestigatorGrant(UUID.randomUUID(), INCIDENT, PRODUCTION, "Deputy A. Ruiz",
        "Santa Fe County Sheriff's Office", email, ROSA, NOW, expiresAt, null);
  }

  private static ReportMade reportMade(Instant madeAt, Regulator regulator) {
    return new ReportMade(UUID.randomUUID(), madeAt, regulator, "OSHA-2026-0042", ROSA, NOW.plusSeconds(30));
  }

  private static ReportingClock clock(Regulator regulator) {
    return new ReportingClock(UUID.randomUUID(), PRODUCTION, INCIDENT, ReportableOutcome.DEATH, "NM", regulator, NOW,
        NOW.plus(Duration.ofHours(8)), ROSA);
  }
}
