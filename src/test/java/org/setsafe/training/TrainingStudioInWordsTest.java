package org.setsafe.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.StudioCell;

/** Training's cell of the studio's table: English word for word as the CSV keeps it, Spanish on the page. */
class TrainingStudioInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void qualificationsMissingAndExpiringAreSaidApart() {
    StudioCell both = said(TrainingStudio.cell(PRODUCTION, 2, 3));
    assertThat(both.words()).isEqualTo("2 missing or expired, 3 expiring soon");
    assertThat(both.figure()).isEqualTo(5);
    assertThat(spanish(both)).isEqualTo("2 faltantes o vencidas, 3 por vencer pronto");
    StudioCell missing = said(TrainingStudio.cell(PRODUCTION, 1, 0));
    assertThat(missing.words()).isEqualTo("1 missing or expired");
    assertThat(spanish(missing)).isEqualTo("1 faltante o vencida");
    StudioCell expiring = said(TrainingStudio.cell(PRODUCTION, 0, 1));
    assertThat(expiring.words()).isEqualTo("1 expiring soon");
    assertThat(spanish(expiring)).isEqualTo("1 por vencer pronto");
    said(TrainingStudio.cell(PRODUCTION, 1, 1));
    said(TrainingStudio.cell(PRODUCTION, 0, 4));
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
