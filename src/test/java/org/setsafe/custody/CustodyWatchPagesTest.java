package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The forms for the meal break and wrap, a scene's cast, and the armorer's second roles, on a production of the test's own. */
@SetSafeTest
class CustodyWatchPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  /** The production of the test running now, with its own crew. */
  private FreshProduction set;

  @Test
  void theFirstAdPlansTheMealBreakAndWrapAndCallsTheMealBreakFromTheSchedule() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Schedule page");
    ShootingDay day = set.today(null, null);
    String schedulePage = "/productions/" + set.id() + "/schedule";

    MvcResult planned = send("dana.ad", post(schedulePage + "/days/" + day.id() + "/plan")
        .param("mealBreak", "12:30").param("wrap", "19:00"));
    assertThat(planned.getFlashMap().get("notice").toString()).contains("planned");
    assertThat(page("dana.ad", schedulePage)).contains("12:30").contains("19:00").contains("Call meal break");
    MvcResult wrong = send("dana.ad", post(schedulePage + "/days/" + day.id() + "/plan")
        .param("mealBreak", "12:30").param("wrap", "12:00"));
    assertThat(wrong.getFlashMap().get("problem").toString()).contains("wrap comes after the meal break");

    MvcResult called = send("dana.ad", post(schedulePage + "/meal-break"));
    assertThat(called.getFlashMap().get("notice").toString()).contains("Meal break called");
    assertThat(page("dana.ad", schedulePage)).contains("Meal break called at").doesNotContain("Call meal break");
    MvcResult again = send("dana.ad", post(schedulePage + "/meal-break"));
    assertThat(again.getFlashMap().get("problem").toString()).contains("already called");
    assertThat(page("eli.actor", schedulePage)).doesNotContain("Call meal break");
  }

  @Test
  void theWatchPageShowsTheCartAtLunchInCrewWordsAndProductionTimeAndOnlyThoseWhoAnswerForSafetyShortenTheGrace()
      throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Watch page");
    set.today(null, null);
    weaponOut(set);
    String watchPage = "/productions/" + set.id() + "/custody/watch";
    assertThat(page("dana.ad", "/productions/" + set.id() + "/custody")).contains("href=\"" + watchPage + "\"");
    assertThat(page("dana.ad", watchPage)).contains("Nothing raised today").contains("10 minutes")
        .contains("30 minutes").doesNotContain("Set the grace");

    String calledAt = set.localNow(clock.instant()).toString();
    send("dana.ad", post("/productions/" + set.id() + "/schedule/meal-break"));
    assertThat(page("rosa.armorer", watchPage)).contains("Not locked up at the meal break (with Rosa Delgado)")
        .contains("is out of lock-up with the armorer at the meal break").contains(calledAt);

    String refused = mvc.perform(post(watchPage).param("minutes", "5").with(crew.signedIn(set.who("rosa.armorer")))
            .with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Refused").contains("Only a producer, a UPM or the safety advisor").contains("on record");
    String tooLong = mvc.perform(post(watchPage).param("minutes", "45").with(crew.signedIn(set.who("grace.producer")))
            .with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(tooLong).contains("1 to 10 minutes").contains("never lengthen it");

    assertThat(page("grace.producer", watchPage)).contains("Set the grace");
    MvcResult set5 = send("grace.producer", post(watchPage).param("minutes", "5"));
    assertThat(set5.getFlashMap().get("notice").toString()).contains("Lock-up grace set: 5 minutes");
    assertThat(page("dana.ad", watchPage)).contains("5 minutes").contains("set by Grace Mbeki");
  }

  @Test
  void theFirstAdNamesASceneCastOfPerformersOnly() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Cast page");
    Scene scene = set.scene(set.today(null, null), Set.of(), null);
    String scenePage = "/productions/" + set.id() + "/schedule/scenes/" + scene.id();
    assertThat(page("dana.ad", scenePage)).contains("Eli Navarro").contains("June Castellanos").contains("Camera head");

    String refused = mvc.perform(post(scenePage + "/cast").param("cast", crew.id(set.who("tess.grip")).toString())
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("the cast are performers");

    send("dana.ad", post(scenePage + "/cast").param("cast", crew.id(set.who("eli.actor")).toString())
        .param("cameraHead", crew.id(set.who("marcus.camera")).toString()));
    assertThat(schedule(set)).contains("Eli Navarro").contains("Marcus Oyelaran");
    Scene named = SystemActor.call(() -> schedule.scene(set.id(), scene.id()));
    assertThat(named.cast()).containsExactly(crew.id(set.who("eli.actor")));
    assertThat(named.cameraHeadId()).isEqualTo(crew.id(set.who("marcus.camera")));
  }

  @Test
  void theShowClearFormTicksTheFirstAdAndTheCameraHeadOfTodaysSceneOnly() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Witness page");
    set.scene(set.today(null, null), Set.of(crew.id(set.who("eli.actor"))), crew.id(set.who("tess.grip")));
    String weapon = weaponOut(set);
    send("rosa.armorer", post(weapon + "/inspect").param("finding", "Bore clear"));
    String page = page("rosa.armorer", weapon);
    assertThat(page).contains("value=\"" + crew.id(set.who("tess.grip")) + "\" checked")
        .contains("value=\"" + crew.id(set.who("dana.ad")) + "\" checked")
        .doesNotContain("value=\"" + crew.id(set.who("marcus.camera")) + "\"");
  }

  @Test
  void aProducerRecordsTheArmorersSecondRoleAndTheCrewPageThenAcceptsIt() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Second role page");
    weaponOut(set);
    String member = "/productions/" + set.id() + "/crew/" + crew.id(set.who("rosa.armorer"));

    String refused = mvc.perform(post(member).param("roles", "ARMORER", "UPM").param("department", "Armory")
            .with(crew.signedIn(set.who("leo.upm"))).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Refused: The armorer has no other duties.").contains("no other duties")
        .doesNotContain("custody.armorer-has-no-other-duties");
    // The crew page leads to the fix as custody's pages do: who may allow it, and the page where it is done.
    assertThat(refused).contains("Only a producer may record why a second role is allowed that day.")
        .contains("data-testid=\"refusal-fix-link\" href=\"/productions/" + set.id() + "/custody/second-roles\"")
        .contains("This refusal is on record.");

    String secondRoles = "/productions/" + set.id() + "/custody/second-roles";
    assertThat(page("dana.ad", secondRoles)).contains("Overrides on record").doesNotContain("Record an override");
    String notProducer = mvc.perform(post(secondRoles).param("armorer", crew.id(set.who("rosa.armorer")).toString())
            .param("secondRole", "UPM").param("day", set.today().toString()).param("reason", "Short-handed")
            .with(crew.signedIn(set.who("dana.ad"))).with(csrf()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(notProducer).contains("Refused").contains("Only a producer").contains("on record");

    assertThat(page("grace.producer", secondRoles)).contains("Record an override").contains("Rosa Delgado");
    send("grace.producer", post(secondRoles).param("armorer", crew.id(set.who("rosa.armorer")).toString())
        .param("secondRole", "UPM").param("day", set.today().toString())
        .param("reason", "Leo is off sick; Rosa signs the UPM papers at base camp, weapons stay with Hank."));
    assertThat(page("grace.producer", secondRoles)).contains("Leo is off sick");

    send("leo.upm", post(member).param("roles", "ARMORER", "UPM").param("department", "Armory"));
    assertThat(SystemActor.call(() -> productions.rolesOf(set.id(), crew.id(set.who("rosa.armorer")))).orElseThrow())
        .containsExactlyInAnyOrder(CrewRole.ARMORER, CrewRole.UPM);
  }

  /** A revolver registered and received on the phone pages: out of lock-up, with the armorer. */
  private String weaponOut(FreshProduction set) throws Exception {
    String board = "/productions/" + set.id() + "/custody";
    MvcResult result = send("rosa.armorer", post(board + "/weapons")
        .param("kind", "FIREARM").param("manufacturerOrImporter", "Colt").param("model", "Single Action Army")
        .param("serial", "P" + UUID.randomUUID().toString().substring(0, 8)).param("type", "REVOLVER")
        .param("caliberOrGauge", ".45 Colt").param("ownerName", "Gunslinger Rentals"));
    String weapon = result.getResponse().getRedirectedUrl();
    send("rosa.armorer", post(weapon + "/receive").param("receivedFrom", "Gunslinger Rentals"));
    return weapon;
  }

  private String schedule(FreshProduction set) throws Exception {
    return page("dana.ad", "/productions/" + set.id() + "/schedule");
  }

  private MvcResult send(String who, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.with(crew.signedIn(set.who(who))).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(set.who(who)))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }
}
