package org.setsafe.incident.osha;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.setsafe.incident.osha.domain.CaseDecision;
import org.setsafe.incident.osha.domain.Criterion;
import org.setsafe.incident.osha.domain.DayCount;
import org.setsafe.incident.osha.domain.FirstAid;
import org.setsafe.incident.osha.domain.InjuryType;
import org.setsafe.incident.osha.domain.Outcome;
import org.setsafe.incident.osha.domain.PrivacyConcern;
import org.setsafe.shared.InvalidInputException;

/**
 * The recording rules checked against the worked examples of OSHA's recordkeeping guidance (29 CFR 1904.7 and its
 * preamble, OSHA's recordkeeping slides and interpretations): what first aid alone is, what medical treatment is,
 * how days away are counted and capped.
 */
class RecordabilityWorkedExamplesTest {

  /** A Friday on set, the day a grip cut his hand on a C-stand. */
  private static final LocalDate INJURED = LocalDate.of(2025, 3, 7);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  /** Builder of a decision: only what a case says, the rest empty. */
  private static final class Case {
    boolean workRelated = true;
    boolean death;
    LocalDate awayFrom;
    LocalDate back;
    LocalDate restrictedFrom;
    LocalDate fullDuty;
    String treatment;
    Set<FirstAid> firstAid = Set.of();
    boolean unconscious;
    String diagnosis;

    CaseDecision decided() {
      return new CaseDecision(UUID.randomUUID(), UUID.randomUUID(), 0, UUID.randomUUID(), null, workRelated, death,
          death ? INJURED : null, awayFrom, back, restrictedFrom, fullDuty, treatment, firstAid, unconscious,
          diagnosis, InjuryType.INJURY, null, "Grip", "Cut to the palm from a C-stand", null, null, null, null, false,
          false, null, null, null, "as the examples", UUID.randomUUID(), Instant.parse("2025-03-08T10:00:00Z"));
    }
  }

  static Stream<Arguments> workedExamples() {
    return Stream.of(
        example("a bandage alone is first aid, (b)(5)(ii)(D): not recordable", false,
            c -> c.firstAid = Set.of(FirstAid.WOUND_COVERINGS)),
        example("a tetanus shot is first aid, (b)(5)(ii)(B): not recordable", false,
            c -> c.firstAid = Set.of(FirstAid.TETANUS_IMMUNIZATION)),
        example("butterfly bandages and Steri-Strips are first aid, (b)(5)(ii)(D): not recordable", false,
            c -> c.firstAid = Set.of(FirstAid.WOUND_COVERINGS, FirstAid.CLEANING_WOUNDS)),
        example("every first aid on the list at once is still first aid: it is the kind, not how much", false,
            c -> c.firstAid = Set.of(FirstAid.values())),
        example("an ice pack and an elastic wrap are first aid, (b)(5)(ii)(E) and (F): not recordable", false,
            c -> c.firstAid = Set.of(FirstAid.HOT_OR_COLD_THERAPY, FirstAid.NON_RIGID_SUPPORT)),
        example("a prescription medication is medical treatment, (b)(5)(i): recordable", true,
            c -> c.treatment = "Prescription naproxen 500 mg"),
        example("over-the-counter medicine at prescription strength on a physician's advice is medical treatment: "
            + "recordable", true, c -> c.treatment = "Ibuprofen 800 mg recommended by the physician"),
        example("sutures are medical treatment, (b)(5)(ii)(D)'s exception: recordable, whatever first aid came before",
            true, c -> {
              c.firstAid = Set.of(FirstAid.CLEANING_WOUNDS, FirstAid.TETANUS_IMMUNIZATION);
              c.treatment = "Four sutures";
            }),
        example("a hepatitis B vaccine is medical treatment, (b)(5)(ii)(B): only tetanus is first aid", true,
            c -> c.treatment = "Hepatitis B vaccine"),
        example("a rigid splint to immobilise (not for transport) is medical treatment, (b)(5)(ii)(F)", true,
            c -> c.treatment = "Rigid finger splint"),
        example("loss of consciousness is recordable, (b)(6)", true, c -> c.unconscious = true),
        example("a fractured rib diagnosed by a physician is recordable even untreated, (b)(7)", true,
            c -> c.diagnosis = "Fractured rib"),
        example("away only on the day of the injury is not a day away, (b)(3)(i): not recordable", false, c -> {
          c.awayFrom = INJURED;
          c.back = INJURED.plusDays(1);
        }),
        example("one day away after the day of the injury is recordable, (b)(3)", true, c -> {
          c.awayFrom = INJURED.plusDays(1);
          c.back = INJURED.plusDays(2);
        }),
        example("restricted only on the day of the injury is not restricted work, (b)(4)(iii): not recordable", false,
            c -> {
              c.restrictedFrom = INJURED;
              c.fullDuty = INJURED.plusDays(1);
            }),
        example("a case that is not work-related is not recorded, whatever the treatment, 1904.5", false, c -> {
          c.workRelated = false;
          c.treatment = "Sutures";
        }));
  }

  private static Arguments example(String name, boolean recordable, java.util.function.Consumer<Case> facts) {
    Case c = new Case();
    facts.accept(c);
    return Arguments.of(name, recordable, c.decided());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workedExamples")
  void recordabilityFollowsTheGeneralRecordingCriteria(String example, boolean recordable, CaseDecision decision) {
    assertThat(decision.recordable(INJURED, TODAY)).as(example).isEqualTo(recordable);
    assertThat(decision.criteriaMet(INJURED, TODAY).isEmpty()).as(example)
        .isEqualTo(!recordable && decision.workRelated());
  }

  static Stream<Arguments> dayCounts() {
    return Stream.of(
        // Injured Friday 7 March, away Saturday to Wednesday, back Thursday 13: the weekend counts (calendar days,
        // scheduled or not, (b)(3)(iv)), the Friday of the injury does not ((b)(3)(iii)).
        Arguments.of("away Saturday to Wednesday, back Thursday: 5 calendar days, the weekend counted",
            INJURED.plusDays(1), INJURED.plusDays(6), 5),
        Arguments.of("away from the day of the injury itself: that day is not counted", INJURED, INJURED.plusDays(3), 2),
        Arguments.of("away 233 days, back 27 October: capped at 180, (b)(3)(vii)", INJURED.plusDays(1),
            LocalDate.of(2025, 10, 27), 180),
        Arguments.of("still away at the end of the year's count: counted through today, and capped", INJURED.plusDays(1),
            null, 180));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dayCounts")
  void daysAreCalendarDaysWithoutTheDayOfTheInjuryAndAtMost180(String example, LocalDate from, LocalDate back,
      int days) {
    assertThat(DayCount.days(INJURED, from, back, TODAY)).as(example).isEqualTo(days);
  }

  @Test
  void stillAwayIsCountedThroughToday() {
    assertThat(DayCount.days(INJURED, INJURED.plusDays(1), null, INJURED.plusDays(10))).isEqualTo(10);
  }

  @Test
  void theMostSeriousOutcomeClassifiesTheCase() {
    Case c = new Case();
    c.awayFrom = INJURED.plusDays(1);
    c.back = INJURED.plusDays(4);
    c.restrictedFrom = INJURED.plusDays(4);
    c.fullDuty = INJURED.plusDays(10);
    c.treatment = "Physical therapy";
    CaseDecision both = c.decided();
    assertThat(both.outcome(INJURED, TODAY)).isEqualTo(Outcome.DAYS_AWAY);
    assertThat(both.daysAway(INJURED, TODAY)).isEqualTo(3);
    assertThat(both.daysRestricted(INJURED, TODAY)).isEqualTo(6);
    assertThat(both.criteriaMet(INJURED, TODAY)).containsExactly(Criterion.DAYS_AWAY,
        Criterion.RESTRICTED_WORK_OR_TRANSFER, Criterion.MEDICAL_TREATMENT);
    c.death = true;
    assertThat(c.decided().outcome(INJURED, TODAY)).isEqualTo(Outcome.DEATH);
    Case treated = new Case();
    treated.treatment = "Sutures";
    assertThat(treated.decided().outcome(INJURED, TODAY)).isEqualTo(Outcome.OTHER_RECORDABLE);
  }

  @Test
  void anEmployeesOwnRequestMakesAPrivacyCaseOfAnIllnessOnly() {
    assertThatThrownBy(() -> new CaseDecision(UUID.randomUUID(), UUID.randomUUID(), 0, UUID.randomUUID(), null, true,
        false, null, null, null, null, null, "Sutures", Set.of(), false, null, InjuryType.INJURY,
        PrivacyConcern.EMPLOYEE_ASKS, "Grip", "Cut", null, null, null, null, false, false, null, null, null, "why",
        UUID.randomUUID(), Instant.now()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("privacyConcern");
          assertThat(e.rule()).isEqualTo("IllnessOnly");
        });
  }
}
