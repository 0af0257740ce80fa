package org.setsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell typed like a formula is shown, never run, when someone opens an export in a spreadsheet. */
class SpreadsheetCellsTest {

  @Test
  void cellsThatASpreadsheetWouldRunGetALeadingApostropheAndTheRestStayAsTyped() {
    for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1 round", "-2+3", "@SUM(A1)", "\tcmd",
        "\r=1"}) {
      assertThat(SpreadsheetCells.guarded(formula)).isEqualTo("'" + formula);
    }
    assertThat(SpreadsheetCells.guarded("Rosa Delgado issued the Colt")).isEqualTo("Rosa Delgado issued the Colt");
    assertThat(SpreadsheetCells.guarded("2026-12-06T14:42:00Z")).isEqualTo("2026-12-06T14:42:00Z");
    assertThat(SpreadsheetCells.guarded(" =1")).isEqualTo(" =1");
    assertThat(SpreadsheetCells.guarded(null)).isEmpty();
  }
}
