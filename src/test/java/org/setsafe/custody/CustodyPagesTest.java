package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TodaysScene;
import org.setsafe.production.Production;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The armorer's custody pages and the witnesses' confirmations, on the same rules as the API. */
@SetSafeTest
class CustodyPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Schedule schedule;

  private Production western;
  private String board;

  @BeforeEach
  void onSet() {
    western = crew.production(Crew.WESTERN);
    board = "/productions/" + western.id() + "/custody";
  }

  @Test
  void theBoardShowsEveryWeaponWhereItIsAndLinksToIt() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");

    String page = page("rosa.armorer", board);
    assertThat(page).contains("Weapons").contains("out of lock-up").contains("treat every firearm as loaded")
        .contains(weapon).contains("With the armorer").contains("Not cold").contains("Register a weapon");
    assertThat(page("dana.ad", "/productions/" + western.id()))
        .contains("out of lock-up").contains("Where every weapon is");
  }

  @Test
  void aRubberReplicaIsShownAsOneThatCannotFireNotAsNotCold() throws Exception {
    MvcResult result = mvc.perform(post(board + "/weapons").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("kind", "RUBBER_PROP").param("ownerName", "Prop house"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String replica = result.getResponse().getRedirectedUrl();
    step("rosa.armorer", replica, "receive", "receivedFrom", "Prop house");

    // "Not cold" on a piece of rubber would teach the crew to shrug at the words on a real firearm.
    String page = page("rosa.armorer", replica);
    assertThat(page).contains("Cannot fire").doesNotContain("Not cold").doesNotContain(">Cold<");
    String row = page("rosa.armorer", board);
    String replicaRow = row.substring(row.indexOf(replica.substring(replica.lastIndexOf('/') + 1)));
    assertThat(replicaRow.substring(0, replicaRow.indexOf("</li>"))).contains("Cannot fire")
        .doesNotContain("Not cold");
  }

  @Test
  void theWeaponPageOffersOnlyTheNextStepAndKeepsTheHistory() throws Exception {
    String weapon = registeredRevolver();
    assertThat(page("rosa.armorer", weapon)).contains("Receive it").doesNotContain("Issue it");

    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals, Santa Fe");
    assertThat(page("rosa.armorer", weapon)).contains("Inspect it").contains("Received")
        .contains("from Gunslinger Rentals, Santa Fe").contains("by Rosa Delgado");

    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear, cylinder empty");
    assertThat(page("rosa.armorer", weapon)).contains("Show it CLEAR").contains("Bore clear, cylinder empty")
        .contains("Eli Navarro").contains("Dana Whitcombe").contains("Marcus Oyelaran");

    assertThat(page("eli.actor", weapon)).contains("Only the armorer or property master records custody steps")
        .doesNotContain("Show it CLEAR");
  }

  @Test
  void anIssueBeforeTheShowClearIsRefusedWithItsRuleInPlainWords() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear");

    MvcResult refused = mvc.perform(post(weapon + "/issue").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("performer", crew.id("eli.actor").toString()).param("scene", todaysScene()))
        .andExpect(status().is3xxRedirection()).andReturn();
    String page = mvc.perform(get(weapon).with(crew.signedIn("rosa.armorer")).flashAttrs(refused.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("Refused: Show-clear before issue").contains("There is no show-clear")
        .contains("This refusal is on record").doesNotContain("custody.show-clear-before-issue")
        .contains("The armorer shows it clear to the 1st AD").contains("/custody/confirmations");
    assertThat(refused.getFlashMap().get("refusal")).hasFieldOrProperty("refusalId");
    assertThat(page("rosa.armorer", weapon)).contains("Show it CLEAR").doesNotContain("Refused: Show-clear");
  }

  @Test
  void eachWitnessConfirmsOrRefusesTheShowClearFromTheirOwnPage() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear");
    mvc.perform(post(weapon + "/show-clear").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("witnesses", crew.id("eli.actor").toString(), crew.id("dana.ad").toString(),
            crew.id("marcus.camera").toString()))
        .andExpect(status().is3xxRedirection());
    String confirmations = board + "/confirmations";

    assertThat(page("dana.ad", "/productions/" + western.id())).contains("Shown to you, to confirm");
    assertThat(page("dana.ad", confirmations)).contains("Colt Single Action Army").contains("Rosa Delgado")
        .contains("I saw it clear").contains("Shown CLEAR: empty").doesNotContain("Shown LOADED");
    send("dana.ad", post(weapon + "/show-clear/confirm"));
    // Her answer is read from the record, on this page and on every reload of it, not carried over the redirect.
    assertThat(page("dana.ad", confirmations)).contains("Nothing waits for you").doesNotContain("I saw it clear")
        .contains("<strong>Confirmed:</strong>").contains("shown clear");
    assertThat(page("rosa.armorer", weapon)).contains("Show-clear awaits").contains("Eli Navarro")
        .contains("Marcus Oyelaran").doesNotContain("awaits <strong>Dana");

    send("eli.actor", post(weapon + "/show-clear/refuse").param("reason", "Did not see the cylinder"));
    assertThat(page("rosa.armorer", weapon)).contains("Eli Navarro</strong> refused the show-clear")
        .contains("Did not see the cylinder").contains("Inspect it");
    assertThat(page("june.actor", confirmations)).contains("Nothing waits for you");
    assertThat(page("eli.actor", confirmations)).contains("<strong>Refused:</strong> you did not see")
        .contains("The armorer sees your reason");
  }

  @Test
  void aLoadedRevolverOffersShowTheLoadNeverShowItClearAndEachWitnessConfirmsTheWordsTheyWereShown() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear");
    String lot = verifiedDummyLot();
    step("rosa.armorer", weapon, "load", "fill", lot);
    String words = "6 dummies from lot " + lot.substring(0, 8).toUpperCase() + " in chamber 1, chamber 2, chamber 3, "
        + "chamber 4, chamber 5, chamber 6.";

    assertThat(page("rosa.armorer", weapon)).contains("Show the LOAD").contains("never shown clear").contains(words)
        .contains("Load shown").doesNotContain("Show it CLEAR").doesNotContain(">Shown clear<")
        .contains("Why locked up loaded");
    MvcResult showClear = mvc.perform(post(weapon + "/show-clear").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("witnesses", crew.id("eli.actor").toString(), crew.id("dana.ad").toString()))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(showClear.getFlashMap().get("refusal")).hasFieldOrPropertyWithValue("rule", "custody.show-what-is-in-it");

    send("rosa.armorer", post(weapon + "/show-load").param("witnesses", crew.id("eli.actor").toString(),
        crew.id("dana.ad").toString(), crew.id("marcus.camera").toString()));
    String confirmations = board + "/confirmations";
    String lotName = "Desert Prop Ammunition .45 Colt dummy, lot " + lot.substring(0, 8).toUpperCase();
    assertThat(page("dana.ad", confirmations)).contains("showed you its load").contains("It is loaded, not clear")
        .contains(words).contains("I saw this load").doesNotContain("I saw it clear")
        .contains("Shown LOADED: dummies as listed").doesNotContain("Shown CLEAR")
        .containsPattern("Chamber 1</th>\\s*<td>" + lotName).containsPattern("Chamber 6</th>\\s*<td>" + lotName);
    send("dana.ad", post(weapon + "/show-load/confirm"));
    assertThat(page("dana.ad", confirmations)).contains("Nothing waits for you");
    assertThat(page("rosa.armorer", weapon)).contains("Showing of the load awaits").contains("Load shown:")
        .contains("Load show confirmed").contains("saw: " + words)
        .contains("to Dana Whitcombe, Eli Navarro, Marcus Oyelaran: " + words.substring(0, 1).toLowerCase()
            + words.substring(1));

    MvcResult lockUp = mvc.perform(post(weapon + "/lock-up").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("location", "Armory truck, safe 2")).andExpect(status().is3xxRedirection()).andReturn();
    assertThat(lockUp.getFlashMap().get("refusal")).hasFieldOrPropertyWithValue("rule", "custody.lock-up-unloaded");
    send("rosa.armorer", post(weapon + "/lock-up").param("location", "Armory truck, safe 2")
        .param("loadedReason", "Dummies stay in for tomorrow's first set-up"));
    assertThat(page("rosa.armorer", weapon)).contains("Locked up: Armory truck, safe 2")
        .contains("locked up loaded: Dummies stay in for tomorrow&#39;s first set-up");
  }

  @Test
  void inspectingALoadedRevolverSaysItStaysLoadedAndItsLoadIsShownNext() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step("rosa.armorer", weapon, "load", "fill", verifiedDummyLot());

    assertThat(page("rosa.armorer", weapon)).contains("Inspect it").contains("Inspecting now does not unload it")
        .contains("every round stays where it is").contains("Shown LOADED: dummies as listed");
    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear, six dummies");
    // What the page promised: still loaded, and the next step shows the load.
    assertThat(page("rosa.armorer", weapon)).contains("6 rounds in it").contains("Show the LOAD")
        .doesNotContain("Show it CLEAR");
  }

  @Test
  void theRegisterNamesEveryMissingFieldAtOnceAndKeepsWhatWasTyped() throws Exception {
    String page = mvc.perform(post(board + "/weapons").with(crew.signedIn("rosa.armorer")).with(csrf())
            .param("kind", "FIREARM").param("model", "Single Action Army").param("type", "REVOLVER")
            .param("manufacturerOrImporter", "").param("serial", "").param("caliberOrGauge", "")
            .param("ownerName", ""))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

    assertThat(page).contains("4 things to fix before it is registered")
        .contains("A firearm needs its manufacturer or importer").contains("A firearm needs its serial number")
        .contains("A firearm needs its caliber or gauge").contains("Name the owner")
        .doesNotContain("A firearm needs its model").contains("value=\"Single Action Army\"");
  }

  @Test
  void theWaitingPagesAskWhetherAnythingChangedAndReloadOnlyThen() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");
    step("rosa.armorer", weapon, "inspect", "finding", "Bore clear");
    String confirmations = board + "/confirmations";
    String danaWaits = since(page("dana.ad", confirmations));
    send("rosa.armorer", post(weapon + "/show-clear").param("witnesses", crew.id("eli.actor").toString(),
        crew.id("dana.ad").toString()));
    String rosaWaits = since(page("rosa.armorer", weapon));

    assertThat(page("rosa.armorer", weapon)).contains("updates by itself").doesNotContain(">Reload<");
    changes("rosa.armorer", weapon + "/changes?since=" + rosaWaits, false);
    changes("dana.ad", confirmations + "/changes?since=" + danaWaits, true);
    String danaNow = since(page("dana.ad", confirmations));
    changes("dana.ad", confirmations + "/changes?since=" + danaNow, false);

    send("dana.ad", post(weapon + "/show-clear/confirm"));
    changes("rosa.armorer", weapon + "/changes?since=" + rosaWaits, true);
    changes("dana.ad", confirmations + "/changes?since=" + danaNow, true);
    assertThat(page("rosa.armorer", weapon)).contains("Confirmed by <strong>Dana Whitcombe</strong>");
  }

  @Test
  void theWeaponPageFoldsTheRarerStepsAndShowsThemOnlyToWhoMayTakeThem() throws Exception {
    String weapon = registeredRevolver();
    step("rosa.armorer", weapon, "receive", "receivedFrom", "Gunslinger Rentals");

    String armorer = page("rosa.armorer", weapon);
    assertThat(armorer.indexOf("Inspect it")).isLessThan(armorer.indexOf("Other actions"));
    assertThat(armorer.indexOf("Other actions")).isLessThan(armorer.indexOf("Add photo"));
    assertThat(armorer).contains("Return to the rental house or dispose").contains("Report a malfunction");
    assertThat(page("eli.actor", weapon)).contains("Other actions").contains("Report a malfunction")
        .doesNotContain("Add photo").doesNotContain("Return to the rental house").doesNotContain("Lock up")
        .doesNotContain("Inspect it");
  }

  /** The key a waiting page asks its changes with. */
  private static String since(String page) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("changes\\?since=([^\"&]+)\"").matcher(page);
    assertThat(m.find()).as("the page asks for changes").isTrue();
    return m.group(1);
  }

  private void changes(String who, String url, boolean changed) throws Exception {
    MvcResult result = mvc.perform(get(url).with(crew.signedIn(who)).header("HX-Request", "true")).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(changed ? 200 : 204);
    assertThat(result.getResponse().getHeader("HX-Refresh")).isEqualTo(changed ? "true" : null);
  }

  /** A lot of fifty dummies, every one checked, through the API as the armorer's phone records it. */
  private String verifiedDummyLot() throws Exception {
    String api = "/api/productions/" + western.id() + "/custody/lots";
    String body = mvc.perform(post(api).header("Authorization", crew.bearer("rosa.armorer"))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("""
                {"roundClass":"DUMMY","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s",
                 "count":50,"origin":"NEW_FROM_SUPPLIER"}""".formatted(LocalDate.now())))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String lot = com.jayway.jsonpath.JsonPath.read(body, "$.id");
    mvc.perform(post(api + "/" + lot + "/dummies-verified").header("Authorization", crew.bearer("rosa.armorer"))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":50}"))
        .andExpect(status().isOk());
    return lot;
  }

  private String registeredRevolver() throws Exception {
    MvcResult result = mvc.perform(post(board + "/weapons").with(crew.signedIn("rosa.armorer")).with(csrf())
        .param("kind", "FIREARM").param("manufacturerOrImporter", "Colt").param("model", "Single Action Army")
        .param("serial", "P" + UUID.randomUUID().toString().substring(0, 8)).param("type", "REVOLVER")
        .param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"))
        .andExpect(status().is3xxRedirection()).andReturn();
    String url = result.getResponse().getRedirectedUrl();
    assertThat(url).startsWith(board + "/weapons/");
    return url;
  }

  private void step(String who, String weapon, String step, String field, String value) throws Exception {
    send(who, post(weapon + "/" + step).param(field, value));
  }

  private void send(String who, MockHttpServletRequestBuilder request) throws Exception {
    MvcResult result = mvc.perform(request.with(crew.signedIn(who)).with(csrf()))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(result.getFlashMap().keySet()).as("no refusal").doesNotContain("refusal", "problem");
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(who))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }

  /** A scene on today's call sheet naming its cast and camera head (the demo seeds one; made if the clock moved). */
  private String todaysScene() {
    return TodaysScene.of(schedule, crew, western).toString();
  }
}
