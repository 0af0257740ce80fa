package org.setsafe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The two links crew found broken on their phones: the anonymous report page opened from its link page, and a
 * ledger entry's proof opened from the ledger page by a signed-in person (the API itself still wants a token).
 */
@SetSafeTest
class NamedBrokenLinksTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;

  @Test
  void openTheAnonymousReportPageOpensItWithItsToken() throws Exception {
    UUID western = crew.production(Crew.WESTERN).id();
    String page = mvc.perform(get("/productions/{p}/reports/public-link", western).with(crew.signedIn("sam.safety")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher open = Pattern.compile("href=\"(/public/report/[^\"]+)\">Open the anonymous report page").matcher(page);
    assertThat(open.find()).as("the link carries its token").isTrue();
    assertThat(page).contains("/public/report/" + open.group(1).substring("/public/report/".length()) + "</p>");

    mvc.perform(get(open.group(1))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(Crew.WESTERN)));
  }

  @Test
  void aLedgerEntrysProofOpensForTheSignedInPersonAndTheApiStillWantsAToken() throws Exception {
    UUID western = crew.production(Crew.WESTERN).id();
    String ledger = mvc.perform(get("/productions/{p}/ledger", western).with(crew.signedIn("dana.ad")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    Matcher proof = Pattern.compile("href=\"(/productions/[^\"]+/ledger/entries/(\\d+)/proof)\"").matcher(ledger);
    assertThat(proof.find()).as("the ledger page links each entry's proof").isTrue();
    assertThat(ledger).doesNotContain("href=\"/api/");

    mvc.perform(get(proof.group(1)).with(crew.signedIn("dana.ad"))).andExpect(status().isOk())
        .andExpect(jsonPath("$.index").value(Long.parseLong(proof.group(2))))
        .andExpect(jsonPath("$.proof").isArray());
    mvc.perform(get("/api" + proof.group(1))).andExpect(status().isUnauthorized());
  }

  @Test
  void anotherProductionsProofIsNotFound() throws Exception {
    UUID drama = crew.production(Crew.DRAMA).id();
    mvc.perform(get("/productions/{p}/ledger/entries/0/proof", drama).with(crew.signedIn("rosa.armorer")))
        .andExpect(status().isNotFound());
  }
}
