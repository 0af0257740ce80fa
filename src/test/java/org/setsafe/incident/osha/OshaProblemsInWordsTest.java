package org.setsafe.incident.osha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.Certification;
import org.setsafe.incident.osha.domain.EmployeeDetails;
import org.setsafe.incident.osha.domain.Establishment;
import org.setsafe.incident.osha.domain.InjuryType;
import org.setsafe.incident.osha.domain.PrivacyConcern;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.ReasonWords;

/**
 * What the OSHA records refuse in what was sent, said in words as well: English word for word as the API answers it,
 * Spanish for a reader of the pages. The form numbers, the CFR paragraphs and the names of the fields and choices
 * the API takes stay as they are in either language.
 */
class OshaProblemsInWordsTest {

  private static final LocalDate INJURED = LocalDate.of(2025, 3, 7);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  static Stream<Arguments> problems() {
    return Stream.of(
        problem("a choice is one of those named", () -> OshaRecords.oneOf(InjuryType.class, "injuryType", "CUT")),
        problem("a death has its date", () -> decided(true, null, null, null, null)),
        problem("only a death has a date of death", () -> decided(false, INJURED, null, null, null)),
        problem("back at work after the days away", () -> decided(false, null, INJURED.plusDays(1), null, null)),
        problem("back on full duty after the restriction", () -> decided(false, null, null, INJURED.plusDays(1),
            null)),
        problem("an employee's own request makes a privacy case of an illness only",
            () -> decided(false, null, null, null, PrivacyConcern.EMPLOYEE_ASKS)),
        problem("a date between the day of the injury and today, naming the field and the day",
            () -> decision(INJURED.minusDays(1)).checkDates(INJURED, TODAY)),
        problem("a recordable case says its type", () -> decided(false, null, null, null, null).checkComplete()),
        problem("hired after being born", () -> employee("NM", "87010", LocalDate.of(2001, 5, 1),
            LocalDate.of(1999, 5, 1))),
        problem("born before today", () -> employee(null, null, TODAY.plusDays(1), null).checkDates(INJURED, TODAY)),
        problem("hired before the injury, naming its day",
            () -> employee(null, null, null, INJURED.plusDays(1)).checkDates(INJURED, TODAY)),
        problem("the employee's state is two letters, naming the field", () -> employee("N1", null, null, null)),
        problem("the employee's ZIP, naming the field", () -> employee(null, "8701", null, null)),
        problem("the establishment's EIN", () -> establishment("12-345", "NM", "87010", null,
            Establishment.Size.UNDER_20)),
        problem("the establishment's state", () -> establishment(null, "N1", "87010", null,
            Establishment.Size.UNDER_20)),
        problem("the establishment's ZIP", () -> establishment(null, "NM", "8701", null, Establishment.Size.UNDER_20)),
        problem("the establishment's NAICS code", () -> establishment(null, "NM", "87010", "5121",
            Establishment.Size.UNDER_20)),
        problem("the establishment's size", () -> establishment(null, "NM", "87010", null, null)),
        problem("a certification has its date", () -> certification(2025, null)),
        problem("a year is certified once it is over, naming the years",
            () -> certification(2025, LocalDate.of(2025, 12, 31))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void theProblemIsSaidInWords(String rule, Runnable sent) {
    InvalidInputException problem = catchThrowableOfType(sent::run, InvalidInputException.class);
    assertThat(problem).as(rule).isNotNull();
    ReasonWords.saidAsWritten(problem);
  }

  @Test
  void theFieldsAndTheDaysArePlacedAsSentInSpanish() {
    InvalidInputException early = catchThrowableOfType(() -> decision(INJURED.minusDays(1)).checkDates(INJURED,
        TODAY), InvalidInputException.class);
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), early))
        .isEqualTo("daysAwayFrom tiene que estar entre el día de la lesión (2025-03-07) y hoy");
    InvalidInputException early2025 = catchThrowableOfType(() -> certification(2025, LocalDate.of(2025, 6, 1)),
        InvalidInputException.class);
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), early2025)).startsWith("El resumen de 2025 se certifica")
        .contains("tiene que ser de 2026 o después");
  }

  private static Arguments problem(String rule, Runnable sent) {
    return Arguments.of(rule, sent);
  }

  private static CaseDecision decided(boolean death, LocalDate dateOfDeath, LocalDate backToWorkOn,
      LocalDate fullDutyOn, PrivacyConcern privacy) {
    return new CaseDecision(UUID.randomUUID(), UUID.randomUUID(), 0, UUID.randomUUID(), null, true, death,
        dateOfDeath, null, backToWorkOn, null, fullDutyOn, "Sutures", Set.of(), false, null,
        privacy == null ? null : InjuryType.INJURY, privacy, "Grip", "Cut to the palm from a C-stand", null, null,
        null, null, false, false, null, null, null, "as the doctor said", UUID.randomUUID(),
        Instant.parse("2025-03-08T10:00:00Z"));
  }

  private static CaseDecision decision(LocalDate daysAwayFrom) {
    return new CaseDecision(UUID.randomUUID(), UUID.randomUUID(), 0, UUID.randomUUID(), null, true, false, null,
        daysAwayFrom, null, null, null, "Sutures", Set.of(), false, null, InjuryType.INJURY, null, "Grip",
        "Cut to the palm from a C-stand", null, null, null, null, false, false, null, null, null, "as the doctor said",
        UUID.randomUUID(), Instant.parse("2025-03-08T10:00:00Z"));
  }

  private static EmployeeDetails employee(String state, String zip, LocalDate born, LocalDate hired) {
    return new EmployeeDetails("14 Calle Ocho", "Santa Fe", state, zip, born, hired, null, null, null, null, null);
  }

  private static Establishment establishment(String ein, String state, String zip, String naics,
      Establishment.Size size) {
    return new Establishment(UUID.randomUUID(), UUID.randomUUID(), "Cerro Pelon unit", "Rattlesnake Pictures LLC",
        ein, "1 Cerro Pelon Ranch Road", "Galisteo", state, zip, naics, null, size, null, UUID.randomUUID(),
        Instant.parse("2026-01-05T16:00:00Z"));
  }

  private static Certification certification(int year, LocalDate certifiedOn) {
    return new Certification(UUID.randomUUID(), UUID.randomUUID(), year, "Ines Ortega", "President", certifiedOn,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", UUID.randomUUID(),
        Instant.parse("2026-01-20T16:00:00Z"));
  }
}
