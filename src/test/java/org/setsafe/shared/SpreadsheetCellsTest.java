package org.setsafe.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell typed like a formula is shown, never run, when an investigator opens the export in a spreadsheet. */
class TimelineCsvTest {

  @Test
  void cellsThatASpreadsheetWouldRunGetALeadingApostropheAndTheRestStayAsTyped() {
    for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1 round", "-2+3", "@SUM(A1)", "\tcmd",
        "\r=1"}) {
      assertThat(TimelineCsv.cell(formula)).isEqualTo("'" + formula);
    }
    assertThat(TimelineCsv.cell("Rosa Delgado issued the Colt")).isEqualTo("Rosa Delgado issued the Colt");
    assertThat(TimelineCsv.cell("2026-12-06T14:42:00Z")).isEqualTo("2026-12-06T14:42:00Z");
    assertThat(TimelineCsv.cell(" =1")).isEqualTo(" =1");
    assertThat(TimelineCsv.cell(null)).isEmpty();
  }
}
