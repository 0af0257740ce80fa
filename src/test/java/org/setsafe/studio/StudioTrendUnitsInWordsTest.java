package org.setsafe.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.shared.Refusal.Said;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each trend's chart is titled with its heading and its unit per week: in the reader's language on the page, while
 * the words' English is what the trends and the API write, word for word.
 */
@SetSafeTest
class StudioTrendUnitsInWordsTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired StudioTrends trends;

  @Test
  void everyTrendsUnitAndChartTitleAreSaidInEnglishAsTheTrendsWriteThem() {
    List<StudioTrends.Trend> all = crew.as("demo.studio", trends::trends);
    assertThat(all).extracting(StudioTrends.Trend::key).containsExactlyElementsOf(StudioTrends.KEYS);
    for (StudioTrends.Trend trend : all) {
      saidAsWritten(Said.of("studio.trend.unit." + trend.key()), trend.unit());
      saidAsWritten(Said.of("studio.trend.chart-title", trend.heading(), trend.unit()),
          trend.heading() + ", " + trend.unit() + " per week");
    }
  }

  @Test
  void aSpanishReaderReadsTheChartsUnitsInSpanish() throws Exception {
    String spanish = mvc.perform(get("/studio/trends").with(crew.signedIn("demo.studio"))
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(spanish).contains("Tiempo para dar por recibidos y para resolver los reportes, horas (mediana) por semana")
        .contains("Casi accidentes y lesiones, incidentes por semana")
        .doesNotContain("hours (median)").doesNotContain(" per week");

    String english = mvc.perform(get("/studio/trends").with(crew.signedIn("demo.studio"))
            .header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(english).contains("Time to acknowledge and to resolve reports, hours (median) per week")
        .contains("Misfires and accidental discharges, events per week");
  }
}
