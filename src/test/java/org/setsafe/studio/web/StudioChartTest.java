package org.setsafe.studio.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.studio.StudioTrends.Line;
import org.setsafe.studio.StudioTrends.Trend;

class StudioChartTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void theScaleIsWrittenAsTheReadersLanguageWritesANumberAndTheCsvAsMachinesRead() {
    // SetSafe's Spanish is a US set's: its decimals are written with a point, as in Mexico and the US, whatever
    // Spanish the browser names (Spain's "2,5" would be another number to a crew from New Mexico).
    assertThat(StudioChart.number(2.5, SPANISH)).isEqualTo("2.5");
    assertThat(StudioChart.number(2.5, Locale.forLanguageTag("es-ES"))).isEqualTo("2.5");
    assertThat(StudioChart.number(2.5, Locale.forLanguageTag("es-MX"))).isEqualTo("2.5");
    assertThat(StudioChart.number(2.5, Locale.ENGLISH)).isEqualTo("2.5");
    assertThat(StudioChart.number(2.5)).isEqualTo("2.5");
    assertThat(StudioChart.number(12, SPANISH)).isEqualTo("12");
  }

  @Test
  void theWeeksAndTheScaleOfAChartAreInTheReadersLanguage() {
    Trend trend = new Trend("misfires", "Misfires", "events", List.of(LocalDate.of(2026, 11, 30),
        LocalDate.of(2026, 12, 7)), List.of(new Line("Misfires", new double[] {1, 5})));
    String spanish = StudioChart.svg(trend, "Fallos de disparo", SPANISH);
    assertThat(spanish).contains(">30 nov</text>").contains(">1.3</text>").doesNotContain(">30 Nov</text>");
    String english = StudioChart.svg(trend, "Misfires", Locale.ENGLISH);
    assertThat(english).contains(">30 Nov</text>").contains(">1.3</text>");
  }
}
