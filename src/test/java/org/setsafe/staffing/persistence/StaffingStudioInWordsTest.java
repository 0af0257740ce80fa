package org.setsafe.staffing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.Concern;
import org.setsafe.studio.StudioColumn.StudioCell;

/** Staffing's cell of the studio's table: English word for word as the CSV keeps it, Spanish on the page. */
class StaffingStudioInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void flagsUndecidedSayHowManyAreOnDaysStillToShoot() {
    StudioCell one = said(StaffingStudio.Flags.cell(PRODUCTION, 1, 0));
    assertThat(one.words()).isEqualTo("1 flag");
    assertThat(one.concern()).isEqualTo(Concern.WATCH);
    assertThat(spanish(one)).isEqualTo("1 alerta");
    StudioCell ahead = said(StaffingStudio.Flags.cell(PRODUCTION, 4, 2));
    assertThat(ahead.words()).isEqualTo("4 flags, 2 on days ahead");
    assertThat(ahead.concern()).isEqualTo(Concern.ACT);
    assertThat(spanish(ahead)).isEqualTo("4 alertas, 2 en días por rodar");
    said(StaffingStudio.Flags.cell(PRODUCTION, 1, 1));
    said(StaffingStudio.Flags.cell(PRODUCTION, 3, 0));
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
