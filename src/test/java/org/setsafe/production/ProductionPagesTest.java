package org.setsafe.production;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.SystemActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The producer's and the 1st AD's pages: what they show, and bad input answered in plain words. */
@SetSafeTest
class ProductionPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  private UUID western;

  @BeforeEach
  void western() {
    western = crew.production(Crew.WESTERN).id();
  }

  private String page(String username, String url) throws Exception {
    return mvc.perform(get(url).with(crew.signedIn(username))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }

  @Test
  void theDashboardShowsTodaysShootAndTheCrewByRole() throws Exception {
    // Other tests move the shared clock forward by hours in all; from an afternoon start that crosses midnight on
    // the set, and "today" becomes the next shooting day. This test reads the day the church scenes shoot, so it
    // stands at noon of that day on the set's clock, whatever the hour the suite started at.
    Instant before = clock.instant();
    try {
      clock.set(noonOfTheDayScene12AShoots());
      String dashboard = page("marcus.camera", "/productions/" + western);
      assertThat(dashboard).contains("Dust Devil Creek").contains("Sc. 12A").contains("Bonanza Creek Ranch, church")
          .contains("Armorer").contains("Rosa Delgado").contains("Safety advisor").contains("Samira Haddad");
    } finally {
      clock.set(before);
    }
  }

  private Instant noonOfTheDayScene12AShoots() {
    return SystemActor.call(() -> {
      UUID day = schedule.scenes(western).stream().filter(scene -> scene.number().equals("12A")).findFirst()
          .orElseThrow().shootingDayId();
      LocalDate date = schedule.days(western).stream().filter(d -> d.id().equals(day)).findFirst().orElseThrow()
          .date();
      return date.atTime(LocalTime.NOON).atZone(productions.timeZoneOf(western)).toInstant();
    });
  }

  @Test
  void aCrewMemberWithOneProductionGoesStraightToIt() throws Exception {
    mvc.perform(get("/").with(crew.signedIn("marcus.camera"))).andExpect(redirectedUrl("/productions/" + western));
  }

  @Test
  void onlyProducersAndUpmsSeeTheFormToAddCrew() throws Exception {
    assertThat(page("grace.producer", "/productions/" + western + "/crew")).contains("Add to the crew");
    assertThat(page("rosa.armorer", "/productions/" + western + "/crew")).doesNotContain("Add to the crew");
  }

  @ParameterizedTest(name = "username=''{0}'' roles=''{1}'' department=''{2}'': {3}")
  @CsvSource({
      "'', CREW, Grip, must not be empty",
      "tess.grip, '', Grip, choose at least one",
      "nobody.at.all, CREW, Grip, no account with username",
      "tess.grip, CREW, '', department is required for crew",
      "rosa.armorer, ARMORER, Armory, already on this production",
  })
  void badCrewInputIsAnsweredOnThePageAndNothingIsWritten(String username, String role, String department,
      String message) throws Exception {
    int before = SystemActor.call(() -> productions.members(western).size());
    var request = post("/productions/" + western + "/crew").with(crew.signedIn("grace.producer")).with(csrf())
        .param("username", username).param("department", department);
    if (!role.isEmpty()) {
      request.param("roles", role);
    }
    String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("field-error").contains(message);
    assertThat(SystemActor.call(() -> productions.members(western).size())).isEqualTo(before);
  }

  @Test
  void aProducerReadingSpanishIsToldInSpanishWhatTheCrewFormRefused() throws Exception {
    String page = mvc.perform(post("/productions/" + western + "/crew").with(crew.signedIn("grace.producer"))
            .with(csrf()).header("Accept-Language", "es-MX,es;q=0.9").param("username", "nobody.at.all")
            .param("roles", "CREW").param("department", "Grip"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("no hay ninguna cuenta con el usuario &#39;nobody.at.all&#39;")
        .doesNotContain("no account with username");
  }

  @ParameterizedTest(name = "date=''{0}'' call=''{1}'': {3}")
  @CsvSource({
      "1850-07-04, 06:00, Ranch, date must be between",
      "not-a-date, 06:00, Ranch, must be a date (YYYY-MM-DD)",
      "2031-02-03, 31:99, Ranch, must be a time of day (HH:MM)",
      "2031-02-03, 06:00, '', must not be empty",
  })
  void badShootingDaysAreAnsweredOnThePage(String date, String callTime, String location, String message)
      throws Exception {
    int before = SystemActor.call(() -> schedule.days(western).size());
    String page = mvc.perform(post("/productions/" + western + "/schedule/days").with(crew.signedIn("dana.ad"))
            .with(csrf()).param("date", date).param("callTime", callTime).param("location", location))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains(message);
    assertThat(SystemActor.call(() -> schedule.days(western).size())).isEqualTo(before);
  }

  @Test
  void aTenThousandCharacterSceneIsRefusedReadably() throws Exception {
    String page = mvc.perform(post("/productions/" + western + "/schedule/scenes").with(crew.signedIn("dana.ad"))
            .with(csrf()).param("number", "77").param("description", "x".repeat(10_000)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("field-error");
    assertThat(SystemActor.call(() -> schedule.scenes(western))).noneMatch(s -> s.number().equals("77"));
  }

  @Test
  void aPerformerPostingTheProducersFormIsRefusedWithAReason() throws Exception {
    String page = mvc.perform(post("/productions/" + western + "/crew").with(crew.signedIn("eli.actor")).with(csrf())
            .param("username", "tess.grip").param("roles", "ARMORER"))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Your role on this production does not allow this (manage members).");
  }

  @Test
  void aSpanishReaderIsRefusedAndFindsNoSuchCrewMemberInSpanish() throws Exception {
    String refused = mvc.perform(post("/productions/" + western + "/crew").with(crew.signedIn("eli.actor"))
            .with(csrf()).header("Accept-Language", "es").param("username", "tess.grip").param("roles", "ARMORER"))
        .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("Tu rol en esta producción no te permite hacer esto (administrar el equipo).")
        .doesNotContain("does not allow");

    String missing = mvc.perform(get("/productions/" + western + "/crew/" + UUID.randomUUID())
            .with(crew.signedIn("grace.producer")).header("Accept-Language", "es"))
        .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
    assertThat(missing).contains("Esa persona no está en el equipo de esta producción.");
  }

  @Test
  void aFirstAdSchedulesADayAndAddsASceneFromThePhone() throws Exception {
    mvc.perform(post("/productions/" + western + "/schedule/days").with(crew.signedIn("dana.ad")).with(csrf())
            .param("date", "2030-06-01").param("callTime", "05:30").param("location", "Galisteo Basin, east"))
        .andExpect(redirectedUrl("/productions/" + western + "/schedule"));
    UUID day = SystemActor.call(() -> schedule.dayOn(western, java.time.LocalDate.of(2030, 6, 1)).orElseThrow().id());
    mvc.perform(post("/productions/" + western + "/schedule/scenes").with(crew.signedIn("dana.ad")).with(csrf())
            .param("number", "40").param("description", "Riders cross the basin").param("day", day.toString()))
        .andExpect(redirectedUrl("/productions/" + western + "/schedule"));
    assertThat(page("dana.ad", "/productions/" + western + "/schedule")).contains("Riders cross the basin")
        .contains("Galisteo Basin, east");
  }
}
