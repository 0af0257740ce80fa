package org.setsafe.staffing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.staffing.domain.RestAndHoursPolicy.Finding;

/**
 * What the rest and hours rules find says its words: in English exactly the detail recorded with the flag, in Spanish
 * the same numbers, for every way the detail is written (whole hours, hours and minutes, no rest at all).
 */
class RestAndHoursWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final UUID ROSA = UUID.randomUUID();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final RestAndHoursPolicy policy = new RestAndHoursPolicy();

  @Test
  void shortRestInHoursAndMinutesIsSaidAsWritten() {
    Finding rest = single(check(Duration.ofHours(10), Duration.ofHours(60),
        shift(DAY.minusDays(1), "12:00", "22:30")), FlagKind.REST_SHORT);

    assertThat(rest.detail()).isEqualTo("Rosa Díaz had 8 h of rest before 2026-03-10; the production's minimum is"
        + " 10 h (California Labor Code §9153(a)(6): sufficient qualified staff).");
    assertThat(said(rest)).isEqualTo("Rosa Díaz tuvo 8 h de descanso antes del 2026-03-10; el mínimo de la producción"
        + " es de 10 h (California Labor Code §9153(a)(6): personal calificado suficiente).");

    Finding minutes = single(check(Duration.ofHours(11), Duration.ofHours(60),
        shift(DAY.minusDays(1), "12:00", "21:00")), FlagKind.REST_SHORT);
    assertThat(minutes.detail()).contains("had 9 h 30 min of rest");
    assertThat(said(minutes)).contains("tuvo 9 h 30 min de descanso");
  }

  @Test
  void noRestAtAllIsSaidAsWritten() {
    // Wrapped after the day's call: the rest is none, never a negative figure.
    Instant callBeforeWrap = at(DAY.minusDays(1), "23:00");
    Finding none = single(policy.check("Rosa Díaz", DAY, callBeforeWrap, List.of(shift(DAY.minusDays(1), "20:00",
        "23:59")), new StaffingRules(Duration.ofHours(10), Duration.ofHours(60))), FlagKind.REST_SHORT);

    assertThat(none.detail()).contains("had 0 h of rest");
    assertThat(said(none)).contains("tuvo 0 h de descanso");
  }

  @Test
  void aLongWeekIsSaidAsWritten() {
    List<Shift> week = new ArrayList<>();
    for (int d = 5; d >= 0; d--) {
      week.add(shift(DAY.minusDays(d), "06:00", "17:00"));
    }
    Finding hours = single(policy.check("Dana Ruiz", DAY, at(DAY, "06:00"), week,
        new StaffingRules(Duration.ofHours(12), Duration.ofHours(60))), FlagKind.WEEKLY_HOURS_EXCEEDED);

    assertThat(hours.detail()).isEqualTo("Dana Ruiz worked 66 h in the 7 days ending 2026-03-10; the production's"
        + " limit is 60 h (California Labor Code §9152: weeks over 60 hours need a risk assessment of their own).");
    assertThat(said(hours)).isEqualTo("Dana Ruiz trabajó 66 h en los 7 días hasta el 2026-03-10; el límite de la"
        + " producción es de 60 h (California Labor Code §9152: las semanas de más de 60 horas necesitan una"
        + " evaluación de riesgos propia).");
  }

  /** The finding's words: English exactly its detail, Spanish of their own; the Spanish is returned. */
  private static String said(Finding finding) {
    assertThat(finding.detailWords()).as("words for: " + finding.detail()).isNotNull();
    assertThat(ReasonWords.in(Locale.ENGLISH, finding.detailWords())).isEqualTo(finding.detail());
    String spanish = ReasonWords.in(SPANISH, finding.detailWords());
    assertThat(spanish).isNotNull().isNotEqualTo(finding.detail());
    return spanish;
  }

  private List<Finding> check(Duration minRest, Duration weeklyLimit, Shift... shifts) {
    return policy.check("Rosa Díaz", DAY, at(DAY, "06:30"), List.of(shifts), new StaffingRules(minRest, weeklyLimit));
  }

  private static Finding single(List<Finding> findings, FlagKind kind) {
    assertThat(findings).extracting(Finding::kind).containsExactly(kind);
    return findings.get(0);
  }

  private static Shift shift(LocalDate date, String on, String off) {
    return new Shift(UUID.randomUUID(), PRODUCTION, ROSA, date, at(date, on), at(date, off), null, ROSA,
        at(date, off));
  }

  private static Instant at(LocalDate date, String time) {
    return date.atTime(java.time.LocalTime.parse(time)).toInstant(ZoneOffset.UTC);
  }
}
