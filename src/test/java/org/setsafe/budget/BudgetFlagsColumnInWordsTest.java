package org.setsafe.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.StudioCell;

/** The budget's cell of the studio's table: English word for word as the CSV keeps it, Spanish on the page. */
class BudgetFlagsColumnInWordsTest {

  private static final UUID PRODUCTION = UUID.randomUUID();

  @Test
  void linesBelowNeedAndFlaggedCutsAreSaidApart() {
    assertThat(BudgetFlagsColumn.cell(PRODUCTION, 0, 0)).isEmpty();
    StudioCell both = said(BudgetFlagsColumn.cell(PRODUCTION, 2, 3).orElseThrow());
    assertThat(both.words()).isEqualTo("2 lines below need, 3 cuts flagged");
    assertThat(spanish(both)).isEqualTo("2 partidas por debajo de lo necesario, 3 recortes señalados");
    StudioCell below = said(BudgetFlagsColumn.cell(PRODUCTION, 1, 0).orElseThrow());
    assertThat(below.words()).isEqualTo("1 line below need");
    assertThat(spanish(below)).isEqualTo("1 partida por debajo de lo necesario");
    StudioCell cut = said(BudgetFlagsColumn.cell(PRODUCTION, 0, 1).orElseThrow());
    assertThat(cut.words()).isEqualTo("1 cut flagged");
    assertThat(spanish(cut)).isEqualTo("1 recorte señalado");
    said(BudgetFlagsColumn.cell(PRODUCTION, 1, 1).orElseThrow());
  }

  private static StudioCell said(StudioCell cell) {
    ReasonWords.saidAsWritten(cell.said(), cell.words());
    return cell;
  }

  private static String spanish(StudioCell cell) {
    return ReasonWords.in(Locale.forLanguageTag("es"), cell.said());
  }
}
