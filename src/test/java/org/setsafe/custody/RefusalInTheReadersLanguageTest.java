package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Production;
import org.setsafe.production.RefusalOnPage;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A refusal on a custody page reads in the language its reader chose, while the ledger keeps the English reason the
 * rule wrote: evidence reads the same for every investigator, the person on set reads their own words.
 */
@SetSafeTest
class RefusalInTheReadersLanguageTest {

  private static final String ARMORER = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;
  @Autowired Ledger ledger;

  private Production western;
  private String board;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
    board = "/productions/" + western.id() + "/custody";
  }

  @AfterEach
  void backToEnglish() {
    // Other tests read this armorer's pages in English.
    accounts.chooseLanguage(crew.id(ARMORER), "en");
  }

  @Test
  void anArmorerWhoChoseSpanishReadsTheIssueRefusedInSpanishAndTheLedgerKeepsItInEnglish() throws Exception {
    accounts.chooseLanguage(crew.id(ARMORER), "es");
    String weapon = inspectedRevolver();

    MvcResult refused = issueToTheActor(weapon);
    RefusalOnPage refusal = (RefusalOnPage) refused.getFlashMap().get("refusal");
    String page = page(weapon, refused);

    assertThat(refusal.reason()).startsWith("No hay muestra de arma vacía de ")
        .endsWith("desde su último cambio de custodia; muéstrala vacía al actor y al 1er AD antes de entregarla.");
    assertThat(page).contains("No hay muestra de arma vacía de").doesNotContain("There is no show-clear");
    LedgerEntry recorded = inLedger(refusal.refusalId());
    assertThat(recorded.leaf()).contains("There is no show-clear for ").contains("before it is issued.")
        .doesNotContain("No hay muestra");
  }

  @Test
  void anEnglishReaderReadsExactlyTheReasonTheLedgerKeeps() throws Exception {
    accounts.chooseLanguage(crew.id(ARMORER), "en");
    String weapon = inspectedRevolver();

    MvcResult refused = issueToTheActor(weapon);
    RefusalOnPage refusal = (RefusalOnPage) refused.getFlashMap().get("refusal");

    assertThat(refusal.reason()).startsWith("There is no show-clear for ")
        .endsWith(" since its custody last changed; show it clear to the performer and the 1st AD before it is "
            + "issued.");
    assertThat(inLedger(refusal.refusalId()).leaf()).contains(refusal.reason());
    assertThat(page(weapon, refused)).contains("There is no show-clear for ");
  }

  private MvcResult issueToTheActor(String weapon) throws Exception {
    return mvc.perform(post(weapon + "/issue").with(crew.signedIn(ARMORER)).with(csrf())
            .param("performer", crew.id("eli.actor").toString())
            .param("scene", TodaysScene.of(schedule, crew, western).toString()))
        .andExpect(status().is3xxRedirection()).andReturn();
  }

  private String page(String weapon, MvcResult refused) throws Exception {
    return mvc.perform(get(weapon).with(crew.signedIn(ARMORER)).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String inspectedRevolver() throws Exception {
    MvcResult registered = mvc.perform(post(board + "/weapons").with(crew.signedIn(ARMORER)).with(csrf())
            .param("kind", "FIREARM").param("manufacturerOrImporter", "Colt").param("model", "Single Action Army")
            .param("serial", "L" + UUID.randomUUID().toString().substring(0, 8)).param("type", "REVOLVER")
            .param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String weapon = registered.getResponse().getRedirectedUrl();
    step(weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step(weapon, "inspect", "finding", "Bore clear");
    return weapon;
  }

  private void step(String weapon, String step, String field, String value) throws Exception {
    MvcResult result = mvc.perform(post(weapon + "/" + step).param(field, value).with(crew.signedIn(ARMORER))
        .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(result.getFlashMap().keySet()).as("no refusal").doesNotContain("refusal", "problem");
  }

  private LedgerEntry inLedger(String factId) {
    UUID id = UUID.fromString(factId);
    return await().atMost(Duration.ofSeconds(20)).until(() -> ledger.byFactId(id).orElse(null), e -> e != null);
  }
}
