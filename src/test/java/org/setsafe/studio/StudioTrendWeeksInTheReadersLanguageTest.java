package org.setsafe.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trends' charts label their weeks as the reader's language writes a day ("7 dic", "7 Dec"); the CSV keeps the
 * machine's dates, the same for everyone.
 */
@SetSafeTest
class StudioTrendWeeksInTheReadersLanguageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired StudioTrends trends;

  @Test
  void aSpanishReaderReadsTheWeeksInSpanishAndAnEnglishReaderInEnglish() throws Exception {
    List<LocalDate> weeks = crew.as("demo.studio", trends::trends).get(0).weeks();
    assertThat(weeks).hasSizeGreaterThan(9);
    String spanish = page("es-MX,es;q=0.9");
    String english = page("en-US,en;q=0.9");
    // Every third week is labelled under the chart, as "<day> <month>".
    for (int w = 0; w < weeks.size(); w += 3) {
      String inSpanish = DateTimeFormatter.ofPattern("d MMM", SPANISH).format(weeks.get(w));
      String inEnglish = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(weeks.get(w));
      assertThat(inSpanish).as("a Spanish month is lower case: ene, feb, … dic")
          .matches("\\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)");
      assertThat(spanish).contains(">" + inSpanish + "</text>").doesNotContain(">" + inEnglish + "</text>");
      assertThat(english).contains(">" + inEnglish + "</text>").doesNotContain(">" + inSpanish + "</text>");
    }
  }

  @Test
  void theTrendsCsvKeepsTheMachinesDatesWhoeverAsks() throws Exception {
    String key = StudioTrends.KEYS.get(0);
    String spanish = mvc.perform(get("/studio/trends/{key}.csv", key).with(crew.signedIn("demo.studio"))
            .header("Accept-Language", "es")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    String english = mvc.perform(get("/studio/trends/{key}.csv", key).with(crew.signedIn("demo.studio"))
            .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
    assertThat(spanish).isEqualTo(english).startsWith("week-from-monday-utc");
  }

  private String page(String languages) throws Exception {
    return mvc.perform(get("/studio/trends").with(crew.signedIn("demo.studio")).header("Accept-Language", languages))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
