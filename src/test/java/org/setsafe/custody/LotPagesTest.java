package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Each lot's page: its record, where its rounds are, its dummy checks and history, and the armorer's check. */
@SetSafeTest
class LotPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  private OnThePhone phone;

  @BeforeEach
  void onSet() {
    phone = new OnThePhone(mvc, crew, crew.production(Crew.WESTERN).id());
  }

  @Test
  void theBoardLinksEachLotToItsPageWhichAnyoneOnTheProductionMayRead() throws Exception {
    String lot = phone.lot("DUMMY", 50);
    String page = phone.custody() + "/lots/" + lot;
    assertThat(phone.page("rosa.armorer", phone.custody())).contains("href=\"" + page + "\"");

    String asTheAd = phone.page("dana.ad", page);
    assertThat(asTheAd).contains("<h1>.45 Colt dummies from Desert Prop Ammunition</h1>")
        .contains("Lot " + lot.substring(0, 8).toUpperCase() + " on its tag")
        .contains("Desert Prop Ammunition").contains("New from the supplier").contains("50 rounds")
        .contains("Not verified").contains("<strong>0</strong> of").contains("Nothing has happened to these rounds yet")
        .doesNotContain("Record the check");
    assertThat(phone.page("rosa.armorer", page)).contains("Record the check").contains("Primer drilled or absent");
  }

  @Test
  void aSampleLeavesTheLotUnverifiedAndOnlyACheckOfEveryRoundVerifiesIt() throws Exception {
    String lot = phone.lot("DUMMY", 50);
    String page = phone.custody() + "/lots/" + lot;

    String sampled = phone.landing("rosa.armorer", phone.post("rosa.armorer", page + "/dummies-verified",
        "method", "RATTLE_TEST", "roundsVerified", "10"));
    assertThat(sampled).contains("Dummy check recorded: 10 rounds by rattle test.").contains("Not verified")
        .contains("Rosa Delgado").contains("10 of 50 rounds, rattle test").contains("Dummies verified");

    String everyRound = phone.landing("rosa.armorer", phone.post("rosa.armorer", page + "/dummies-verified",
        "method", "PRIMER_DRILLED_OR_ABSENT", "roundsVerified", "50"));
    assertThat(everyRound).contains("Every round of this lot was checked as a dummy").contains("Verified")
        .doesNotContain("Not verified").contains("50 of 50 rounds, primer drilled or absent");
  }

  @Test
  void aCheckWithoutItsMethodOrByAnyoneButTheArmorerRecordsNothingAndSaysWhy() throws Exception {
    String lot = phone.lot("DUMMY", 12);
    String page = phone.custody() + "/lots/" + lot;

    String withoutMethod = mvc.perform(post(page + "/dummies-verified").with(crew.signedIn("rosa.armorer")).with(csrf())
            .param("roundsVerified", "12"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(withoutMethod).contains("How you checked them").contains("<p class=\"field-error\">is required</p>");

    String byTheActor = mvc.perform(post(page + "/dummies-verified").with(crew.signedIn("eli.actor")).with(csrf())
            .param("method", "RATTLE_TEST").param("roundsVerified", "12"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    assertThat(byTheActor).contains("Refused: Only the armorer hands out and collects weapons")
        .contains("This refusal is on record").doesNotContain("Record the check");

    String blanks = phone.custody() + "/lots/" + phone.lot("BLANK_QUARTER", 20);
    String notDummies = mvc.perform(post(blanks + "/dummies-verified").with(crew.signedIn("rosa.armorer")).with(csrf())
            .param("method", "RATTLE_TEST").param("roundsVerified", "20"))
        .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
    assertThat(notDummies).contains("not dummies").contains("Blanks come sealed from the supplier");
    assertThat(phone.page("rosa.armorer", page)).contains("No check recorded yet").contains("Not verified");
  }

  @Test
  void aLotOfAnotherProductionOrNoneAtAllIsNotFound() throws Exception {
    String lot = phone.lot("DUMMY", 6);
    mvc.perform(get("/productions/" + crew.production(Crew.DRAMA).id() + "/custody/lots/" + lot)
        .with(crew.signedIn("grace.producer"))).andExpect(status().isNotFound());
    mvc.perform(get(phone.custody() + "/lots/" + java.util.UUID.randomUUID()).with(crew.signedIn("rosa.armorer")))
        .andExpect(status().isNotFound());
  }
}
