package org.setsafe.escalation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;

/** Escalation's cell of the studio's table: English word for word as the CSV keeps it, Spanish on the page. */
class EscalationStudioInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void escalatedReportsSayHowHighAndHowManyNobodyAcknowledged() {
    StudioCell one = said(EscalationStudio.cell(PRODUCTION, 1, 2, 0));
    assertThat(one.words()).isEqualTo("1 report, up to level 2");
    assertThat(one.concern()).isEqualTo(Concern.WATCH);
    assertThat(spanish(one)).isEqualTo("1 reporte, hasta el nivel 2");
    StudioCell climbing = said(EscalationStudio.cell(PRODUCTION, 3, 4, 2));
    assertThat(climbing.words()).isEqualTo("3 reports, up to level 4, 2 not acknowledged");
    assertThat(climbing.concern()).isEqualTo(Concern.ACT);
    assertThat(spanish(climbing)).isEqualTo("3 reportes, hasta el nivel 4, 2 sin dar por recibidos");
    said(EscalationStudio.cell(PRODUCTION, 1, 3, 1));
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
