package org.setsafe.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.production.ShootingSchedule.Span;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;

/**
 * Briefing's cells of the studio's table (days to shoot, pre-production gaps): English word for word as the CSV
 * keeps it, days written "Mon 7 Dec" as before, and Spanish on the page.
 */
class BriefingStudioInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

  @Test
  void everyDayOfTheYearIsWrittenInEnglishAsBeforeAndInSpanish() {
    for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() == 2027; day = day.plusDays(1)) {
      ReasonWords.saidAsWritten(BriefingStudio.day(day), BriefingStudio.dayWritten(day));
    }
    assertThat(BriefingStudio.dayWritten(TODAY)).isEqualTo("Mon 7 Dec");
    assertThat(ReasonWords.in(Locale.forLanguageTag("es"), BriefingStudio.day(TODAY))).isEqualTo("lun 7 dic");
  }

  @Test
  void whereEachProductionStandsAgainstItsScheduleIsSaidInBothLanguages() {
    StudioCell wrapped = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.minusDays(40),
        TODAY.minusDays(7), null)));
    assertThat(wrapped.words()).isEqualTo("Wrapped Mon 30 Nov");
    assertThat(spanish(wrapped)).isEqualTo("Rodaje terminado el lun 30 nov");

    StudioCell firstDay = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY, TODAY.plusDays(9), TODAY)));
    assertThat(firstDay.words()).isEqualTo("First shooting day today");
    assertThat(spanish(firstDay)).isEqualTo("Hoy es el primer día de rodaje");
    StudioCell shooting = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.minusDays(2), TODAY, TODAY)));
    assertThat(shooting.words()).isEqualTo("Shooting today");
    assertThat(spanish(shooting)).isEqualTo("Hoy se rueda");

    StudioCell tomorrow = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.plusDays(1),
        TODAY.plusDays(5), TODAY.plusDays(1))));
    assertThat(tomorrow.words()).isEqualTo("First shoot in 1 day (Tue 8 Dec)");
    assertThat(spanish(tomorrow)).isEqualTo("Primer día de rodaje en 1 día (mar 8 dic)");
    StudioCell weeks = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.plusDays(20),
        TODAY.plusDays(30), TODAY.plusDays(20))));
    assertThat(weeks.words()).isEqualTo("First shoot in 20 days (Sun 27 Dec)");
    assertThat(weeks.concern()).isEqualTo(Concern.NONE);
    assertThat(spanish(weeks)).isEqualTo("Primer día de rodaje en 20 días (dom 27 dic)");

    StudioCell next = said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.minusDays(3), TODAY.plusDays(9),
        TODAY.plusDays(3))));
    assertThat(next.words()).isEqualTo("Next shoot in 3 days (Thu 10 Dec)");
    assertThat(spanish(next)).isEqualTo("Próximo día de rodaje en 3 días (jue 10 dic)");
    said(BriefingStudio.cell(PRODUCTION, new Span(TODAY, TODAY.minusDays(3), TODAY.plusDays(9),
        TODAY.plusDays(1))));
  }

  @Test
  void preProductionGapsSayHowOldTheirCountIs() {
    Span preparing = new Span(TODAY, TODAY.plusDays(5), TODAY.plusDays(20), TODAY.plusDays(5));
    StudioCell none = said(gaps(0, false, Duration.ofSeconds(20), preparing));
    assertThat(none.words()).isEqualTo("None found (counted just now)");
    assertThat(spanish(none)).isEqualTo("Ningún pendiente (revisado justo ahora)");

    StudioCell one = said(gaps(1, false, Duration.ofMinutes(1), preparing));
    assertThat(one.words()).isEqualTo("1 gap to close (counted 1 min ago)");
    assertThat(one.concern()).isEqualTo(Concern.ACT);
    assertThat(spanish(one)).isEqualTo("1 pendiente por resolver (revisado hace 1 min)");

    StudioCell three = said(gaps(3, false, Duration.ofMinutes(45), null));
    assertThat(three.words()).isEqualTo("3 gaps to close (counted 45 min ago)");
    assertThat(spanish(three)).isEqualTo("3 pendientes por resolver (revisado hace 45 min)");

    StudioCell begun = said(gaps(2, true, Duration.ofMinutes(61), preparing));
    assertThat(begun.words()).isEqualTo("2 gaps open while shooting (counted 1 hour ago)");
    assertThat(spanish(begun)).isEqualTo("2 pendientes abiertos en pleno rodaje (revisado hace 1 hora)");

    StudioCell stale = said(gaps(1, true, Duration.ofHours(5), preparing));
    assertThat(stale.words()).isEqualTo("1 gap open while shooting (counted 5 hours ago)");
    assertThat(spanish(stale)).isEqualTo("1 pendiente abierto en pleno rodaje (revisado hace 5 horas)");
  }

  private static StudioCell gaps(int gaps, boolean begun, Duration ago, Span span) {
    return PreProductionStudio.cell(PRODUCTION, new PreProductionGapCounts.Count(gaps, begun, NOW.minus(ago)), span,
        NOW);
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
