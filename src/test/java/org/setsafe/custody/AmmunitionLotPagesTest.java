package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The lot pages' forms as the server answers them: every field's problem at once with what was typed kept (400),
 * a rule's refusal in words (409), nothing written by either, and the forms offered only to the armorer.
 */
@SetSafeTest
class AmmunitionLotPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  private OnThePhone phone;

  @BeforeEach
  void onSet() {
    phone = new OnThePhone(mvc, crew, crew.production(Crew.WESTERN).id());
  }

  @Test
  void aProductionWithoutLotsSaysSoAndOffersTheArmorerTheRegistration() throws Exception {
    FreshProduction set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "No lots");
    String lots = "/productions/" + set.production.id() + "/custody/lots";

    assertThat(phone.page(set.who("rosa.armorer"), lots)).contains("No ammunition lot is registered on this production")
        .contains("Register a lot");
    assertThat(phone.page(set.who("tess.grip"), lots)).contains("No ammunition lot is registered on this production")
        .doesNotContain("Register a lot");
  }

  @Test
  void theListNamesEachLotByCaliberClassAndMakerWithItsState() throws Exception {
    String lot = phone.lot("BLANK_HALF", 40);

    String list = phone.page("tess.grip", phone.custody() + "/lots");
    assertThat(list).contains(".45 Colt half-load blanks from Desert Prop Ammunition")
        .contains("lot " + lot.substring(0, 8).toUpperCase()).contains("40 on hand")
        .contains("href=\"" + phone.custody() + "/lots/" + lot + "\"").doesNotContain("Register a lot");
  }

  @Test
  void aRegistrationWithEveryFieldWrongNamesEveryProblemKeepsWhatWasTypedAndRecordsNothing() throws Exception {
    int before = lotCount();

    String page = mvc.perform(form("rosa.armorer", phone.custody() + "/lots", "roundClass", "",
            "caliber", "", "supplier", "Starline <Brass>", "count", "fifty", "receivedOn", "yesterday", "origin", ""))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Nothing was recorded").contains("Pick the class")
        .contains("Write the caliber, e.g. .45 Colt.").contains("Write how many rounds as a whole number.")
        .contains("Write the day it arrived as a date.")
        .contains("Say whether it is new from the supplier or from another production.")
        .contains("value=\"Starline &lt;Brass&gt;\"").contains("value=\"fifty\"");
    assertThat(lotCount()).isEqualTo(before);
  }

  @Test
  void liveRoundsAreRefusedOnTheFieldWithTheRuleAndNothingIsRegistered() throws Exception {
    int before = lotCount();

    String page = mvc.perform(form("rosa.armorer", phone.custody() + "/lots", "roundClass", "live",
            "caliber", ".45 Colt", "supplier", "Somebody's garage", "count", "6", "receivedOn", "2026-11-30",
            "origin", "NEW_FROM_SUPPLIER"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Live ammunition is never registered").contains("value=\"Somebody&#39;s garage\"");
    assertThat(lotCount()).isEqualTo(before);
  }

  @Test
  void onlyTheArmorerIsOfferedTheFormsAndAnyoneElsePostingIsRefusedAndWritesNothing() throws Exception {
    String lot = phone.lot("DUMMY", 10);
    String page = phone.custody() + "/lots/" + lot;
    int before = lotCount();

    assertThat(phone.page("tess.grip", phone.custody() + "/lots/new")).contains("Only the armorer or property master")
        .doesNotContain("Register it as received");
    assertThat(phone.page("tess.grip", page)).doesNotContain("Quarantine it").doesNotContain("Record the check");
    assertThat(phone.page("tess.grip", page + "/quarantine")).doesNotContain("Why it comes out of use");
    assertThat(phone.page("rosa.armorer", page)).contains("Quarantine it").contains("Record the check");

    String registered = mvc.perform(form("tess.grip", phone.custody() + "/lots", "roundClass", "DUMMY",
            "caliber", ".45 Colt", "supplier", "Desert Prop Ammunition", "count", "6", "receivedOn", "2026-11-30",
            "origin", "NEW_FROM_SUPPLIER"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    // The reason in words; the rule's code stays in the API and the ledger, not on the crew's page.
    assertThat(registered).contains("Refused: Only the armorer").contains("This refusal is on record")
        .doesNotContain("custody.only-armorer");
    assertThat(lotCount()).isEqualTo(before);

    String quarantined = mvc.perform(form("eli.actor", page + "/quarantine", "reason", "I do not like them"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(quarantined).contains("Refused: Only the armorer").doesNotContain("custody.only-armorer");
    assertThat(quarantined(lot)).isFalse();
  }

  @Test
  void aQuarantineNeedsItsReasonAndAReinspectionItsFindingAndItsDecision() throws Exception {
    String lot = phone.verifiedDummies(12);
    String page = phone.custody() + "/lots/" + lot;

    String noReason = mvc.perform(form("rosa.armorer", page + "/quarantine", "reason", "  "))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(noReason).contains("Write why it is taken out of use.");
    assertThat(quarantined(lot)).isFalse();

    String quarantined = phone.landing("rosa.armorer",
        phone.post("rosa.armorer", page + "/quarantine", "reason", "One round rattles wrong"));
    assertThat(quarantined).contains("Quarantined: nothing of it is loaded").contains("Why: One round rattles wrong")
        .contains("Re-inspect it").doesNotContain("Quarantine it");
    String again = mvc.perform(form("rosa.armorer", page + "/quarantine", "reason", "Still odd"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(again).contains("is already quarantined").contains("Still odd");

    String noDecision = mvc.perform(form("rosa.armorer", page + "/reinspect", "finding", "Two have live primers"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(noDecision).contains("Say whether the lot is released or kept in quarantine.")
        .contains("Two have live primers");
    String noFinding = mvc.perform(form("rosa.armorer", page + "/reinspect", "finding", "", "decision", "release"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(noFinding).contains("Write what you found.");
    assertThat(quarantined(lot)).isTrue();

    assertThat(phone.landing("rosa.armorer", phone.post("rosa.armorer", page + "/reinspect",
        "finding", "Two have live primers", "decision", "keep")))
        .contains("kept in quarantine").contains("Why: Two have live primers").contains("kept: Two have live primers");
    assertThat(phone.landing("rosa.armorer", phone.post("rosa.armorer", page + "/reinspect",
        "finding", "Both pulled for the safety advisor, the rest drilled", "decision", "release")))
        .contains("Re-inspected and released").contains("released: Both pulled").doesNotContain("Why:");
    assertThat(quarantined(lot)).isFalse();
  }

  @Test
  void aLotOfAnotherProductionHasNoFormsHere() throws Exception {
    String lot = phone.lot("DUMMY", 6);
    mvc.perform(get("/productions/" + crew.production(Crew.DRAMA).id() + "/custody/lots/" + lot + "/quarantine")
        .with(crew.signedIn("grace.producer"))).andExpect(status().isNotFound());
    mvc.perform(get(phone.custody() + "/lots/" + UUID.randomUUID() + "/reinspect")
        .with(crew.signedIn("rosa.armorer"))).andExpect(status().isNotFound());
  }

  private MockHttpServletRequestBuilder form(String who, String url, String... fields) {
    MockHttpServletRequestBuilder request = post(url).with(crew.signedIn(who)).with(csrf());
    for (int i = 0; i < fields.length; i += 2) {
      request.param(fields[i], fields[i + 1]);
    }
    return request;
  }

  /** How many lots the production has, as the API lists them. */
  private int lotCount() throws Exception {
    String body = mvc.perform(get("/api" + phone.custody() + "/lots").header("Authorization", crew.bearer("rosa.armorer")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    return JsonPath.<List<Object>>read(body, "$").size();
  }

  /** Whether the lot is quarantined now, as the board says. */
  private boolean quarantined(String lot) throws Exception {
    String body = mvc.perform(get("/api" + phone.custody() + "/board").header("Authorization", crew.bearer("rosa.armorer")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<Boolean> quarantined = JsonPath.read(body, "$.lots[?(@.lotId == '" + lot + "')].quarantined");
    assertThat(quarantined).hasSize(1);
    return quarantined.get(0);
  }

}
