package org.setsafe.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.InstallationRole;
import org.setsafe.identity.SystemActor;
import org.setsafe.shared.ReasonWords;
import org.setsafe.studio.StudioColumn.StudioCell;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A studio safety officer who chose Spanish reads every cell of the studio's table in Spanish, while the CSV she
 * downloads and the API keep the English the modules wrote, word for word. The productions are generated inside the
 * test's transaction and rolled back after it.
 */
@SetSafeTest
@Transactional
class StudioCellsInSpanishTest {

  private static final String GENERATED = "Studio Es";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired Accounts accounts;
  @Autowired List<StudioColumn> columns;

  @Test
  void aSpanishSpeakingStudioOfficerReadsTheCellsInSpanishAndTheCsvStaysEnglish() throws Exception {
    // Production 6 has six critical reports open (the oldest a day and a half) and a high one six days old;
    // production 10 has work stopped on the whole production since this morning.
    new StudioProductions(jdbc, clock.instant()).generate(GENERATED, 12);
    String ines = "studio." + UUID.randomUUID().toString().substring(0, 8);
    SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, ines, "Inés Ortega", null,
        InstallationRole.STUDIO_SAFETY, Crew.PASSWORD));
    mvc.perform(post("/account/language").param("language", "es").with(crew.signedIn(ines)).with(csrf()))
        .andExpect(status().is3xxRedirection());

    // Her browser asks for English: the account's choice wins.
    String page = mvc.perform(get("/studio").param("name", GENERATED).with(crew.signedIn(ines))
            .header("Accept-Language", "en-US,en;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("<h1>Todas las producciones</h1>")
        .contains(">6 críticos, 1 alto; el más antiguo lleva 6 días abierto</a>")
        .contains(">6 críticos, el más antiguo lleva 1 día abierto</a>")
        .contains(">1 crítico, lleva 0 días abierto</a>")
        .contains(">Toda la producción parada, desde hoy</a>")
        .doesNotContain("critical, oldest").doesNotContain("; oldest").doesNotContain("Whole production stopped");

    String csv = mvc.perform(get("/studio/productions.csv").param("name", GENERATED).with(crew.signedIn(ines))
            .header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(csv).contains("6 critical, 1 high; oldest 6 days").contains("6 critical, oldest 1 day")
        .contains("Whole production stopped, since today").doesNotContain("críticos").doesNotContain("parada");

    String api = mvc.perform(get("/api/studio/productions").param("name", GENERATED).with(crew.signedIn(ines))
            .header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> stopWords = JsonPath.read(api, "$.productions[*].cells.stop-works.words");
    assertThat(stopWords).contains("Whole production stopped, since today").noneMatch(w -> w.contains("parada"));
    assertThat(api).doesNotContain("\"said\"");
  }

  @Test
  void everyCellOfEveryColumnSaysItsEnglishWordForWordInTheBundles() {
    new StudioProductions(jdbc, clock.instant()).generate(GENERATED, 30);
    List<UUID> productions = jdbc.sql("SELECT id FROM production").query(UUID.class).list();
    TreeSet<String> worded = new TreeSet<>();
    for (StudioColumn column : columns) {
      Map<UUID, StudioCell> cells = column.cells(productions, clock.instant());
      cells.values().stream().filter(cell -> !cell.words().isEmpty()).forEach(cell -> {
        ReasonWords.saidAsWritten(cell.said(), cell.words());
        worded.add(column.key());
      });
    }
    // The generated productions fill these three; whatever else the shared productions show is held to it too.
    assertThat(worded).contains("open-reports", "open-critical-reports", "stop-works");
  }
}
