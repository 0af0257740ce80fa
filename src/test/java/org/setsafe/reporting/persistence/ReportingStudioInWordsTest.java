package org.setsafe.reporting.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;

/**
 * Reporting's cells of the studio's table read in the reader's language: the English the CSV, the API and the metrics
 * keep is word for word what the bundle says in English, and a Spanish-speaking studio officer reads Spanish.
 */
class ReportingStudioInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");
  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void openReportsAreCountedBySeverityWorstFirstInBothLanguages() {
    StudioCell cell = said(ReportingStudio.OpenReports.cell(PRODUCTION, List.of(
        open("HIGH", 1, 3), open("LOW", 3, 20), open("CRITICAL", 2, 1)), NOW));
    assertThat(cell.words()).isEqualTo("2 critical, 1 high, 3 low; oldest 20 days");
    assertThat(spanish(cell)).isEqualTo("2 críticos, 1 alto, 3 bajos; el más antiguo lleva 20 días abierto");

    StudioCell one = said(ReportingStudio.OpenReports.cell(PRODUCTION, List.of(open("MEDIUM", 1, 1)), NOW));
    assertThat(one.words()).isEqualTo("1 medium; oldest 1 day");
    assertThat(one.concern()).isEqualTo(Concern.WATCH);
    assertThat(spanish(one)).isEqualTo("1 medio; el más antiguo lleva 1 día abierto");

    for (String severity : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
      said(ReportingStudio.OpenReports.cell(PRODUCTION, List.of(open(severity, 1, 0)), NOW));
      said(ReportingStudio.OpenReports.cell(PRODUCTION, List.of(open(severity, 7, 2)), NOW));
    }
  }

  @Test
  void openCriticalReportsSayHowLongTheOldestHasWaited() {
    StudioCell one = said(ReportingStudio.OpenCriticalReports.cell(PRODUCTION, 1, 0));
    assertThat(one.words()).isEqualTo("1 critical, oldest 0 days");
    assertThat(spanish(one)).isEqualTo("1 crítico, lleva 0 días abierto");
    StudioCell four = said(ReportingStudio.OpenCriticalReports.cell(PRODUCTION, 4, 1));
    assertThat(four.words()).isEqualTo("4 critical, oldest 1 day");
    assertThat(spanish(four)).isEqualTo("4 críticos, el más antiguo lleva 1 día abierto");
  }

  @Test
  void aStopWorkSaysWhatIsStoppedAndSinceWhen() {
    StudioCell whole = said(ReportingStudio.StopWorks.cell(PRODUCTION, 2, true, 0));
    assertThat(whole.words()).isEqualTo("Whole production stopped, since today");
    assertThat(spanish(whole)).isEqualTo("Toda la producción parada, desde hoy");
    StudioCell scene = said(ReportingStudio.StopWorks.cell(PRODUCTION, 1, false, 1));
    assertThat(scene.words()).isEqualTo("1 scene stopped, for 1 day");
    assertThat(spanish(scene)).isEqualTo("1 escena parada, desde hace 1 día");
    StudioCell scenes = said(ReportingStudio.StopWorks.cell(PRODUCTION, 3, false, 5));
    assertThat(scenes.words()).isEqualTo("3 scenes stopped, for 5 days");
    assertThat(spanish(scenes)).isEqualTo("3 escenas paradas, desde hace 5 días");
    said(ReportingStudio.StopWorks.cell(PRODUCTION, 1, true, 9));
    said(ReportingStudio.StopWorks.cell(PRODUCTION, 4, false, 0));
  }

  @Test
  void reviewsWithoutAnAnswerSayHowLongTheOldestHasWaited() {
    StudioCell one = said(ReportingStudio.ReviewsUnanswered.cell(PRODUCTION, 1, 2));
    assertThat(one.words()).isEqualTo("1 review, oldest 2 days");
    assertThat(spanish(one)).isEqualTo("1 revisión, lleva 2 días sin respuesta");
    StudioCell two = said(ReportingStudio.ReviewsUnanswered.cell(PRODUCTION, 2, 8));
    assertThat(two.words()).isEqualTo("2 reviews, oldest 8 days");
    assertThat(two.concern()).isEqualTo(Concern.ACT);
    assertThat(spanish(two)).isEqualTo("2 revisiones, la más antigua lleva 8 días sin respuesta");
  }

  private static ReportingStudio.OpenBySeverity open(String severity, long count, long daysAgo) {
    return new ReportingStudio.OpenBySeverity(PRODUCTION, severity, count, NOW.minus(Duration.ofDays(daysAgo)));
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(SPANISH, cell.said());
  }
}
