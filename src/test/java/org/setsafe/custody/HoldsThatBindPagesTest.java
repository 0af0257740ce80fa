package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.ArmorersPhone.json;
import static org.setsafe.custody.ArmorersPhone.manifest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the crew's phones show of the holds that bind the firearms: the board, the weapon's page and the dashboard
 * show a stop on the whole production, a stand-down after an accidental discharge, and an earlier day whose rounds
 * are not accounted for; the stop-work page stops the whole production in two taps, and the day is settled on its
 * own page.
 */
@SetSafeTest
class HoldsThatBindPagesTest {

  private static final String ROSA = "rosa.armorer";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  private OwnProduction western;
  private ArmorersPhone phone;
  private String pages;

  @BeforeEach
  void callTime() {
    western = OwnProduction.create(crew, productions, accounts, schedule, "Holds at Cerro Pelon");
    phone = new ArmorersPhone(mvc, crew, ledger, western);
    pages = "/productions/" + western.id();
  }

  @Test
  void aStopOnTheWholeProductionShowsOnTheBoardTheWeaponPageAndTheDashboardUntilWorkResumes() throws Exception {
    String revolver = receivedRevolver();
    assertThat(page("tess.grip", pages + "/stop-work")).contains("Stop the whole production");
    assertThat(page("tess.grip", pages + "/stop-work?sceneId=production"))
        .contains("Stop work on the whole production?").contains("Stop everything now");

    MvcResult stopped = mvc.perform(post(pages + "/stop-work").with(crew.signedIn(western.user("tess.grip")))
            .with(csrf()).param("wholeProduction", "true").param("reason", "Cart of guns left unattended at lunch"))
        .andExpect(status().is3xxRedirection()).andReturn();
    assertThat(landing("tess.grip", stopped)).contains("Work is stopped on the whole production")
        .contains("The whole production (every firearm on hold)").doesNotContain("Stop the whole production");

    assertThat(page("dana.ad", pages + "/custody")).contains("Work is stopped on the whole production")
        .contains("Tess Lindqvist").contains("Cart of guns left unattended at lunch")
        .contains("Every firearm is on hold:");
    assertThat(page(ROSA, pages + "/custody/weapons/" + revolver)).contains("Work is stopped on the whole production")
        .contains("This firearm is not loaded, shown clear or issued until the safety advisor resumes work");
    assertThat(page("grace.producer", pages)).contains("Work stopped").contains("The whole production")
        .contains("none is issued, loaded or shown clear").contains("WORK STOPPED");
    UUID day = SystemActor.call(() -> schedule.dayOn(western.id(), schedule.today(western.production()))).orElseThrow()
        .id();
    assertThat(page("eli.actor", pages + "/schedule/days/" + day + "/safety-sheet"))
        .contains("Work stopped: The whole production").contains("Cart of guns left unattended at lunch");

    String stop = json(mvc.perform(get("/api" + pages + "/reports/stop-work")
        .header("Authorization", crew.bearer(western.user("sam.safety")))), "$[0].id");
    mvc.perform(post(pages + "/stop-work/" + stop + "/resume").with(crew.signedIn(western.user("sam.safety")))
        .with(csrf()).param("whySafe", "Every weapon locked up; the armorer walked the set with the 1st AD"))
        .andExpect(status().is3xxRedirection());
    assertThat(page("dana.ad", pages + "/custody")).doesNotContain("Work is stopped");
    assertThat(page(ROSA, pages + "/custody/weapons/" + revolver)).doesNotContain("Work is stopped");
  }

  @Test
  void aStandDownAfterAnAccidentalDischargeShowsOnTheBoardTheWeaponPageTheHoldsAndTheDashboard() throws Exception {
    String discharged = receivedRevolver();
    String other = receivedRevolver();
    phone.post("eli.actor", "weapons/" + discharged + "/accidental-discharge",
        "{\"description\":\"Fired into the ground while being holstered\"}");

    assertThat(page("dana.ad", pages + "/custody")).contains("Every firearm is on hold:")
        .contains("Accidental discharge");
    assertThat(page(ROSA, pages + "/custody/weapons/" + other)).contains("Every firearm is on hold (stand-down)")
        .contains("Accidental discharge");
    String holds = page("sam.safety", pages + "/custody/holds");
    assertThat(holds).contains("Firearms hold (stand-down)").contains("<h3>Accidental discharge</h3>")
        .contains("Fired into the ground while being holstered").contains("Your finding, as safety advisor")
        .contains("Clear this hold");
    assertThat(page("grace.producer", pages)).contains("Every firearm on hold").contains("Accidental discharge");
  }

  @Test
  void aDayNotClosedAtWrapShowsOnTheBoardAndTheDashboardAndIsSettledOnItsPage() throws Exception {
    String revolver = receivedRevolver();
    String dummies = phone.verifiedDummies(ROSA, 6);
    phone.post(ROSA, "weapons/" + revolver + "/load", manifest(dummies, 6)).andExpect(status().isOk());
    phone.post(ROSA, "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}")
        .andExpect(status().isOk());
    LocalDate firstDay = clock.instant().atZone(western.production().timeZone()).toLocalDate();
    assertThat(page("sam.safety", pages + "/custody/days")).contains("Every earlier shooting day was closed");

    Instant start = clock.instant();
    clock.advance(Duration.ofDays(1));
    try {
      assertThat(page("dana.ad", pages + "/custody")).contains("No weapon is loaded:").contains("Days to settle");
      assertThat(page(ROSA, pages + "/custody/weapons/" + revolver)).contains("Loads are held:");
      assertThat(page("grace.producer", pages)).contains("Loads on hold: an earlier day is not settled");
      String days = page("sam.safety", pages + "/custody/days");
      assertThat(days).contains("it was not closed at wrap").contains("What happened to the rounds, as safety advisor")
          .contains("Still awaits:");
      assertThat(page("grace.producer", pages + "/custody/days")).doesNotContain("Settle this day");

      String settle = pages + "/custody/days/" + firstDay + "/settlements";
      MvcResult byArmorer = mvc.perform(post(settle).with(crew.signedIn(western.user(ROSA))).with(csrf())
              .param("finding", "Recounted this morning: all six dummies in the box"))
          .andExpect(status().is3xxRedirection()).andReturn();
      assertThat(landing(ROSA, byArmorer)).contains("is recorded with what you wrote").contains("safety advisor")
          .doesNotContain("Settle this day");
      MvcResult bySafety = mvc.perform(post(settle).with(crew.signedIn(western.user("sam.safety"))).with(csrf())
              .param("finding", "Saw the recount"))
          .andExpect(status().is3xxRedirection()).andReturn();
      assertThat(landing("sam.safety", bySafety)).contains("Every earlier shooting day was closed");
      assertThat(page("dana.ad", pages + "/custody")).doesNotContain("No weapon is loaded:");
    } finally {
      clock.set(start);
    }
  }

  private String receivedRevolver() throws Exception {
    String weapon = phone.registerRevolver(ROSA);
    phone.post(ROSA, "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}")
        .andExpect(status().isOk());
    return weapon;
  }

  private String page(String who, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(western.user(who)))).andExpect(status().isOk()).andReturn()
        .getResponse().getContentAsString();
  }

  private String landing(String who, MvcResult step) throws Exception {
    return mvc.perform(get(step.getResponse().getRedirectedUrl()).with(crew.signedIn(western.user(who)))
            .flashAttrs(step.getFlashMap()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }
}
