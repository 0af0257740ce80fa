package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * This week's pages on the crew's phones: the never-unattended watch after a meal break called with a revolver out
 * of lock-up, as the armorer, the 1st AD and the safety advisor (who shortens the lock-up grace); a grip stopping the
 * whole production and the safety advisor resuming it in writing; and an earlier day whose rounds are not accounted
 * for, settled in writing by the armorer and by the safety advisor. Each walk runs on a production of its own, since
 * a stop or an unsettled day holds the whole production.
 */
@SetSafeTest
@Tag("browser")
class HoldsAndWatchBrowserTest {

  private static final Map<String, String> NAMES = Map.of("rosa.armorer", "Rosa Delgado", "dana.ad", "Dana Whitcombe",
      "sam.safety", "Samira Haddad", "tess.grip", "Tess Lindqvist", "eli.actor", "Eli Navarro");

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired MockMvc mvc;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;

  /** The production of the walk running now, and the suffix of its crew's usernames. */
  private Production production;
  private String suffix;

  @Test
  void theArmorerAndTheFirstAdSeeTheRevolverLeftOutAtTheMealBreakAndTheSafetyAdvisorShortensTheGrace()
      throws Exception {
    onSet("Watch on the phone");
    String board = "/productions/" + production.id() + "/custody";
    String serial = receivedRevolver().serial();
    String calledAt = clock.instant().atZone(production.timeZone()).toLocalTime().truncatedTo(ChronoUnit.MINUTES)
        .toString();
    api("dana.ad", "/api/productions/" + production.id() + "/meal-break", "");

    for (String who : new String[] {"rosa.armorer", "dana.ad"}) {
      try (Phone phone = new Phone(port)) {
        phone.signIn(who(who), Crew.PASSWORD).open(board);
        assertThat(phone.textOf("unattended-alerts")).contains("Left unattended today")
            .contains("is out of lock-up with the armorer at the meal break");
        phone.follow("What the watch raised");
        assertThat(phone.heading()).isEqualTo("Never unattended");
        assertThat(phone.textOf("watch-findings")).contains(calledAt)
            .contains("Not locked up at the meal break (with Rosa Delgado)")
            .contains("Colt Single Action Army #" + serial)
            .contains("is out of lock-up with the armorer at the meal break");
        assertThat(phone.textOf("grace")).contains("10 minutes").contains("(the installation's)")
            .doesNotContain("Set the grace");
        assertThat(phone.fitsTheScreenWidth()).isTrue();
        phone.screenshot("watch-1-" + who.replace('.', '-') + "-meal-break-phone");
      }
    }

    try (Phone sam = new Phone(port)) {
      sam.signIn(who("sam.safety"), Crew.PASSWORD).open(board).follow("What the watch raised");
      assertThat(sam.textOf("watch-findings")).contains("Not locked up at the meal break (with Rosa Delgado)");
      assertThat(sam.textOf("grace")).contains("10 minutes").contains("Set the grace");
      sam.type("minutes", "5").press("Set the grace");
      assertThat(sam.text()).contains("Lock-up grace set: 5 minutes.");
      assertThat(sam.textOf("grace")).contains("5 minutes").contains("set by Samira Haddad");
      assertThat(sam.textOf("watch-rules")).contains("5 minutes").doesNotContain("10 minutes");
      assertThat(sam.fitsTheScreenWidth()).isTrue();
      sam.screenshot("watch-2-safety-advisor-grace-set-phone");
    }
  }

  @Test
  void aGripStopsTheWholeProductionAndTheSafetyAdvisorResumesItInWriting() throws Exception {
    onSet("Stop-work on the phone");
    String dashboard = "/productions/" + production.id();
    receivedRevolver();

    try (Phone tess = new Phone(port)) {
      tess.signIn(who("tess.grip"), Crew.PASSWORD).open(dashboard).follow("Stop work");
      assertThat(tess.heading()).isEqualTo("Stop work");
      tess.follow("Stop the whole production");
      assertThat(tess.textOf("confirm-whole")).contains("Stop work on the whole production?")
          .contains("no firearm is issued, loaded or shown clear until the safety advisor resumes work");
      assertThat(tess.fitsTheScreenWidth()).isTrue();
      tess.screenshot("stop-work-1-grip-confirm-whole-phone");
      tess.type("reason-whole", "Cart of guns left unattended at lunch").press("Stop everything now");
      assertThat(tess.text()).contains("Work is stopped on the whole production");
      assertThat(tess.textOf("stopped")).contains("The whole production (every firearm on hold)")
          .contains("Cart of guns left unattended at lunch")
          .contains("Only the safety advisor resumes work");
      assertThat(tess.text()).doesNotContain("Stop the whole production");
      assertThat(tess.fitsTheScreenWidth()).isTrue();
      tess.screenshot("stop-work-2-grip-stopped-phone");
    }

    try (Phone dana = new Phone(port)) {
      dana.signIn(who("dana.ad"), Crew.PASSWORD).open(dashboard);
      assertThat(dana.textOf("stop-work")).contains("Work stopped").contains("The whole production")
          .contains("Cart of guns left unattended at lunch").contains("none is issued, loaded or shown clear");
      dana.open(dashboard + "/custody");
      assertThat(dana.textOf("work-stopped")).contains("Work is stopped on the whole production")
          .contains("Tess Lindqvist").contains("Cart of guns left unattended at lunch")
          .contains("Every firearm is on hold:");
      assertThat(dana.fitsTheScreenWidth()).isTrue();
      dana.screenshot("stop-work-3-first-ad-board-phone");
    }

    String stop = JsonPath.read(mvc.perform(MockMvcRequestBuilders.get("/api/productions/" + production.id()
            + "/reports/stop-work").header("Authorization", crew.bearer(who("sam.safety"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$[0].id");
    try (Phone sam = new Phone(port)) {
      sam.signIn(who("sam.safety"), Crew.PASSWORD).open(dashboard);
      assertThat(sam.textOf("stop-work")).contains("The whole production");
      sam.follow("Stop-work");
      assertThat(sam.textOf("stopped")).contains("Why it is safe to resume");
      sam.type("why-" + stop, "Every weapon locked up; the armorer walked the set with the 1st AD")
          .press("Resume work");
      assertThat(sam.text()).contains("Work resumes. Your reason is on record.").doesNotContain("Stopped now");
      assertThat(sam.fitsTheScreenWidth()).isTrue();
      sam.screenshot("stop-work-4-safety-advisor-resumed-phone");
      sam.open(dashboard + "/custody");
      assertThat(sam.text()).doesNotContain("Work is stopped");
    }
  }

  @Test
  void theArmorerAndTheSafetyAdvisorEachSettleADayNotClosedAtWrap() throws Exception {
    onSet("Days on the phone");
    String board = "/productions/" + production.id() + "/custody";
    String revolver = receivedRevolver().id();
    String dummies = verifiedDummies(6);
    custody("rosa.armorer", "weapons/" + revolver + "/load", manifest(dummies, 6));
    custody("rosa.armorer", "weapons/" + revolver + "/unload", "{\"roundsBackToLot\":{\"" + dummies + "\":6}}");
    LocalDate firstDay = clock.instant().atZone(production.timeZone()).toLocalDate();
    String dayHeading = firstDay.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH));

    Instant start = clock.instant();
    clock.advance(Duration.ofDays(1));
    try {
      try (Phone rosa = new Phone(port)) {
        rosa.signIn(who("rosa.armorer"), Crew.PASSWORD).open(board);
        assertThat(rosa.textOf("days-not-settled")).contains("No weapon is loaded:");
        rosa.follow("Holds and alerts");
        assertThat(rosa.heading()).isEqualTo("Holds and alerts");
        rosa.follow("Earlier days whose rounds are not accounted for");
        assertThat(rosa.heading()).isEqualTo("Days to settle");
        assertThat(rosa.textOf("loads-held")).contains("No weapon is loaded");
        assertThat(rosa.textOf("day-not-settled")).contains(dayHeading).contains("it was not closed at wrap")
            .contains("What happened to the rounds, as armorer");
        assertThat(rosa.textOf("awaits")).contains("armorer").contains("safety advisor");
        assertThat(rosa.fitsTheScreenWidth()).isTrue();
        rosa.screenshot("days-1-armorer-day-to-settle-phone");
        rosa.type("finding-" + firstDay, "Recounted this morning: all six dummies in the box")
            .press("Settle this day");
        assertThat(rosa.text()).contains("Your settlement of " + firstDay + " is recorded with what you wrote.")
            .doesNotContain("Settle this day");
        assertThat(rosa.textOf("awaits")).contains("safety advisor").doesNotContain("armorer");
        assertThat(rosa.fitsTheScreenWidth()).isTrue();
        rosa.screenshot("days-2-armorer-settled-phone");
      }

      try (Phone sam = new Phone(port)) {
        sam.signIn(who("sam.safety"), Crew.PASSWORD).open(board).follow("Holds and alerts")
            .follow("Earlier days whose rounds are not accounted for");
        assertThat(sam.textOf("day-not-settled")).contains(dayHeading)
            .contains("What happened to the rounds, as safety advisor");
        sam.type("finding-" + firstDay, "Saw the recount; wrap count added to the 2nd AD's checklist")
            .press("Settle this day");
        assertThat(sam.text()).contains("Your settlement of " + firstDay + " is recorded with what you wrote.");
        assertThat(sam.textOf("no-days")).contains("Every earlier shooting day was closed at wrap or settled");
        assertThat(sam.fitsTheScreenWidth()).isTrue();
        sam.screenshot("days-3-safety-advisor-settled-phone");
        sam.open(board);
        assertThat(sam.text()).doesNotContain("No weapon is loaded:");
      }
    } finally {
      clock.set(start);
    }
  }

  // ---- setup, through the services and the API ----

  /**
   * A production where it is mid-morning now, with a shooting day today and its own crew: fresh accounts named after
   * the demo crew, so neither the stop nor the unsettled day meets another test's production.
   */
  private void onSet(String title) {
    Instant now = clock.instant();
    int offset = 10 - now.atZone(ZoneOffset.UTC).getHour();
    if (offset < -12) {
      offset += 24;
    }
    String zone = offset == 0 ? "Etc/GMT" : offset > 0 ? "Etc/GMT-" + offset : "Etc/GMT+" + -offset;
    suffix = UUID.randomUUID().toString().substring(0, 6);
    production = SystemActor.call(() -> productions.create(title + " " + suffix, zone));
    NAMES.forEach((username, name) -> accounts.createWithPassword(SystemActor.ID, username + "." + suffix, name, null,
        null, Crew.PASSWORD));
    member("rosa.armorer", "Armory", CrewRole.ARMORER);
    member("dana.ad", "Assistant directors", CrewRole.FIRST_AD);
    member("sam.safety", null, CrewRole.SAFETY_ADVISOR);
    member("tess.grip", "Grip", CrewRole.CREW);
    member("eli.actor", "Cast", CrewRole.PERFORMER);
    crew.holdsArmorerPermit(who("rosa.armorer"));
    SystemActor.run(() -> {
      var day = schedule.scheduleDay(production.id(), schedule.today(production), LocalTime.of(6, 0), "Stage 4");
      var scene = schedule.addScene(production.id(), "42A", "The showdown at the well", day.id());
      schedule.nameCast(production.id(), scene.id(), Set.of(crew.id(who("eli.actor"))), null);
    });
    assertThat(production.timeZone()).isEqualTo(ZoneId.of(zone));
  }

  private void member(String username, String department, CrewRole role) {
    SystemActor.run(() -> productions.addMember(production.id(), who(username), Set.of(role), department));
  }

  private String who(String username) {
    return username + "." + suffix;
  }

  private record Weapon(String id, String serial) {}

  /** A revolver the armorer registered and received: out of lock-up, with her. */
  private Weapon receivedRevolver() throws Exception {
    String serial = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String weapon = JsonPath.read(custody("rosa.armorer", "weapons", """
        {"kind":"FIREARM","serial":"%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(serial)), "$.weapon.id");
    custody("rosa.armorer", "weapons/" + weapon + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}");
    return new Weapon(weapon, serial);
  }

  private String verifiedDummies(int count) throws Exception {
    String lot = JsonPath.read(custody("rosa.armorer", "lots", """
        {"roundClass":"DUMMY","caliber":".45 Colt","supplier":"Desert Prop Ammunition","receivedOn":"%s","count":%d,
         "origin":"NEW_FROM_SUPPLIER"}""".formatted(LocalDate.now(), count)), "$.id");
    custody("rosa.armorer", "lots/" + lot + "/dummies-verified",
        "{\"method\":\"PRIMER_DRILLED_OR_ABSENT\",\"roundsVerified\":" + count + "}");
    return lot;
  }

  private static String manifest(String lot, int rounds) {
    StringBuilder json = new StringBuilder("{\"manifest\":{");
    for (int chamber = 1; chamber <= rounds; chamber++) {
      json.append(chamber == 1 ? "" : ",").append("\"chamber ").append(chamber).append("\":\"").append(lot).append('"');
    }
    return json.append("}}").toString();
  }

  private String custody(String who, String route, String json) throws Exception {
    return api(who, "/api/productions/" + production.id() + "/custody/" + route, json);
  }

  private String api(String who, String url, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(url).header("Authorization", crew.bearer(who(who)))
            .contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
  }
}
