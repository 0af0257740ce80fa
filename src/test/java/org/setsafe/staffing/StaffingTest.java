package org.setsafe.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.AgendaWords;
import org.setsafe.briefing.GapWords;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * A firearms day's staffing, the way the production office and the set live it: the dedicated armorer scheduled
 * and never double-booked, hours recorded, short rest and long weeks flagging the scene, and the firearm held back
 * until the armorer is scheduled and a producer has decided on every flag.
 */
@SetSafeTest
class StaffingTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Ledger ledger;
  @Autowired StaffingBriefing briefing;

  /** A production of its own in UTC, its crew fresh accounts named after the demo crew, today a firearms day. */
  private final class Set_ {
    final Production production;
    final Map<String, String> users = new LinkedHashMap<>();
    final ShootingDay today;
    final Scene scene;

    Set_(String title, Map<String, String> shared) {
      String suffix = UUID.randomUUID().toString().substring(0, 6);
      production = SystemActor.call(() -> productions.create(title + " " + suffix, "UTC"));
      member("grace.producer", null, CrewRole.PRODUCER);
      member("leo.upm", null, CrewRole.UPM);
      users.putAll(shared);
      if (!users.containsKey("rosa.armorer")) {
        create("rosa.armorer", suffix);
      }
      SystemActor.run(() -> productions.addMember(production.id(), users.get("rosa.armorer"),
          EnumSet.of(CrewRole.ARMORER, CrewRole.CREW), "Armory"));
      member("dana.ad", "Assistant directors", CrewRole.FIRST_AD);
      member("eli.actor", "Cast", CrewRole.PERFORMER);
      member("marcus.camera", "Camera", CrewRole.CAMERA);
      // Signs the weapon plan and the risk assessment, which custody asks before staffing.
      member("sam.safety", "Safety", CrewRole.SAFETY_ADVISOR);
      today = SystemActor.call(() -> schedule.scheduleDay(production.id(), schedule.today(production),
          LocalTime.of(6, 30), "Stage 4"));
      scene = SystemActor.call(() -> {
        Scene s = schedule.addScene(production.id(), "G" + suffix.substring(0, 3), "Gunfight", today.id());
        schedule.markHazards(production.id(), s.id(), Set.of(Hazard.FIREARMS));
        return schedule.nameCast(production.id(), s.id(), Set.of(crew.id(users.get("eli.actor"))),
            crew.id(users.get("marcus.camera")));
      });
    }

    private void member(String name, String department, CrewRole role) {
      String suffix = production.name().substring(production.name().lastIndexOf(' ') + 1);
      create(name, suffix);
      SystemActor.run(() -> productions.addMember(production.id(), users.get(name), Set.of(role), department));
    }

    private void create(String name, String suffix) {
      String username = name + "." + suffix;
      SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, username, name, null, null, Crew.PASSWORD));
      users.put(name, username);
    }

    UUID id() {
      return production.id();
    }

    String who(String name) {
      return users.get(name);
    }

    UUID idOf(String name) {
      return crew.id(who(name));
    }

    String api() {
      return "/api/productions/" + id();
    }

    LocalDate date() {
      return today.date();
    }
  }

  private Set_ set(String title) {
    return new Set_(title, Map.of());
  }

  // ---- the dedicated armorer ----

  @Test
  void theDedicatedArmorerIsRefusedAnotherDutyThatDayEitherWayRoundAndTheRefusalIsRecorded() throws Exception {
    Set_ set = set("Double Booked");
    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated())
        .andExpect(jsonPath("$.roster[0].duties[0]").value("ARMORER"));

    String refusal = scheduleDuty(set, "leo.upm", "rosa.armorer", "CREW").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.armorer-double-booked"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("§9153(a)(3)")))
        .andReturn().getResponse().getContentAsString();
    String refusalId = JsonPath.read(refusal, "$.refusalId");

    send(set, "leo.upm", set.api() + "/staffing/days/" + set.today.id() + "/releases",
        "{\"personId\":\"" + set.idOf("rosa.armorer") + "\",\"duty\":\"ARMORER\"}").andExpect(status().isCreated());
    scheduleDuty(set, "leo.upm", "rosa.armorer", "CREW").andExpect(status().isCreated());
    scheduleDuty(set, "dana.ad", "rosa.armorer", "ARMORER").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.armorer-double-booked"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("Crew")));

    LedgerEntry recorded = await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(() ->
        ledger.history(set.id(), "user:" + set.idOf("rosa.armorer"))).stream()
        .filter(e -> e.factId().toString().equals(refusalId)).findFirst().orElse(null), e -> e != null);
    assertThat(recorded.kind()).isEqualTo("staffing.scheduling-refused");
    assertThat(recorded.leaf()).contains("staffing.armorer-double-booked");
  }

  @Test
  void anArmorerScheduledOnOneProductionIsRefusedOnAnotherTheSameDate() throws Exception {
    Set_ first = set("First Unit");
    Set_ second = new Set_("Second Unit", Map.of("rosa.armorer", first.who("rosa.armorer")));
    assertThat(second.date()).isEqualTo(first.date());
    scheduleDuty(first, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());

    scheduleDuty(second, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.armorer-double-booked"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("another production")));
    scheduleDuty(second, "leo.upm", "rosa.armorer", "CREW").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.armorer-double-booked"));
  }

  @Test
  void aFirearmIsRefusedUntilTheIssuingArmorerIsTheDaysDedicatedArmorer() throws Exception {
    Set_ set = set("No Armorer");
    String weapon = shownClear(set);

    issue(set, weapon).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.dedicated-armorer"))
        .andExpect(jsonPath("$.reason").value(org.hamcrest.Matchers.containsString("not scheduled as the dedicated armorer")));

    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    issueWhenReady(set, weapon).andExpect(status().isOk());
  }

  @Test
  void aSpanishReaderSeesSomeoneGoneFromTheCrewAsAnExCrewMemberWhileTheApiKeepsTheEnglish() throws Exception {
    Set_ set = set("Gone Armorer");
    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    hours(set, "leo.upm", "rosa.armorer", set.date().minusDays(1), "14:00", "22:30").andExpect(status().isCreated());
    SystemActor.run(() -> productions.removeMember(set.id(), set.idOf("rosa.armorer")));

    String page = mvc.perform(get("/productions/" + set.id() + "/staffing/days/" + set.today.id())
            .with(crew.signedIn(set.who("leo.upm"))).header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    // Her roster line (StaffingReads) and her short-rest flag (FatigueFlags) name her in the reader's words.
    assertThat(page).contains("<strong>ex integrante del equipo</strong>")
        .containsPattern("ex integrante del equipo \\([^)]+\\)").doesNotContain("former member");
    mvc.perform(get(set.api() + "/staffing/days/" + set.today.id())
            .header("Authorization", crew.bearer(set.who("leo.upm"))).header("Accept-Language", "es"))
        .andExpect(status().isOk()).andExpect(jsonPath("$.roster[0].name").value("former member"))
        .andExpect(jsonPath("$.flags[0].personName").value("former member"));
    // The safety meeting names the dedicated armorer who left as the record does, and in Spanish in Spanish words.
    AgendaItem armorer = SystemActor.call(() -> briefing.agendaFor(set.id(), set.date())).get(0);
    assertThat(armorer.lines()).contains("Dedicated armorer: former member, with no other duty today (California"
        + " Labor Code §9153(a)(3)).");
    assertThat(AgendaWords.saidAsWritten(armorer)).contains("Armero dedicado: ex integrante del equipo, sin ninguna"
        + " otra tarea hoy (California Labor Code §9153(a)(3)).");
  }

  // ---- rest and hours ----

  @Test
  void eightHoursBetweenWrapAndCallFlagsTheSceneAndHoldsTheFirearmUntilAProducerDecides() throws Exception {
    Set_ set = set("Short Rest");
    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    String weapon = shownClear(set);
    hours(set, "leo.upm", "rosa.armorer", set.date().minusDays(1), "14:00", "22:30").andExpect(status().isCreated());

    mvc.perform(get(set.api() + "/staffing/days/" + set.today.id()).header("Authorization", crew.bearer(set.who("rosa.armorer"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.flags[0].kind").value("REST_SHORT"))
        .andExpect(jsonPath("$.flags[0].watchedAs").value("dedicated armorer"))
        .andExpect(jsonPath("$.flags[0].detail").value(org.hamcrest.Matchers.containsString("8 h of rest")));
    issue(set, weapon).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.rest-and-hours"));

    decide(set, "dana.ad", "rosa.armorer", "REST_SHORT").andExpect(status().isForbidden());
    decide(set, "grace.producer", "rosa.armorer", "REST_SHORT").andExpect(status().isCreated())
        .andExpect(jsonPath("$.decision.decision").value("Relief armorer brought in for the morning"));
    issueWhenReady(set, weapon).andExpect(status().isOk());

    List<LedgerEntry> raised = await().atMost(Duration.ofSeconds(20)).until(() -> SystemActor.call(() ->
        ledger.history(set.id(), "scene:" + set.scene.id())), entries -> entries.stream()
        .anyMatch(e -> e.kind().equals("staffing.flag-decided")) && entries.stream()
        .anyMatch(e -> e.kind().equals("staffing.rest-short")));
    assertThat(raised).filteredOn(e -> e.kind().equals("staffing.rest-short")).hasSize(1);
  }

  @Test
  void theFirearmIsHeldOrIssuedByTheLatestRestLimitTheProductionSet() throws Exception {
    Set_ set = set("Rest Limits");
    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    String weapon = shownClear(set);
    hours(set, "leo.upm", "rosa.armorer", set.date().minusDays(1), "14:00", "22:30").andExpect(status().isCreated());

    send(set, "grace.producer", set.api() + "/staffing/rules", "{\"minRestHours\":12,\"weeklyHoursLimit\":60}", true)
        .andExpect(status().isOk());
    issue(set, weapon).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("staffing.rest-and-hours"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("minimum is 12 h")));
    send(set, "grace.producer", set.api() + "/staffing/rules", "{\"minRestHours\":7,\"weeklyHoursLimit\":60}", true)
        .andExpect(status().isOk());
    issueWhenReady(set, weapon).andExpect(status().isOk());
  }

  @Test
  void moreThanSixtyHoursInSevenDaysFlagsTheSceneForThe1stAd() throws Exception {
    Set_ set = set("Long Week");
    for (int d = 5; d >= 0; d--) {
      hours(set, "dana.ad", "dana.ad", set.date().minusDays(d), "06:00", "17:00").andExpect(status().isCreated());
    }
    mvc.perform(get(set.api() + "/staffing/days/" + set.today.id()).header("Authorization", crew.bearer(set.who("leo.upm"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.flags.length()").value(1))
        .andExpect(jsonPath("$.flags[0].kind").value("WEEKLY_HOURS_EXCEEDED"))
        .andExpect(jsonPath("$.flags[0].watchedAs").value("1st AD"))
        .andExpect(jsonPath("$.flags[0].detail").value(org.hamcrest.Matchers.containsString("66 h")));
  }

  @Test
  void eachProductionSetsItsOwnLimits() throws Exception {
    Set_ strict = set("Strict Limits");
    Set_ relaxed = set("Own Limits");
    for (Set_ set : List.of(strict, relaxed)) {
      hours(set, "leo.upm", "marcus.camera", set.date().minusDays(1), "12:00", "23:00").andExpect(status().isCreated());
    }
    send(relaxed, "grace.producer", relaxed.api() + "/staffing/rules", "{\"minRestHours\":7,\"weeklyHoursLimit\":70}",
        true).andExpect(status().isOk()).andExpect(jsonPath("$.defaults").value(false));

    dayOf(strict).andExpect(jsonPath("$.flags[0].kind").value("REST_SHORT"))
        .andExpect(jsonPath("$.flags[0].watchedAs").value("camera crew"))
        .andExpect(jsonPath("$.rules.minRestHours").value(10));
    dayOf(relaxed).andExpect(jsonPath("$.flags.length()").value(0))
        .andExpect(jsonPath("$.rules.minRestHours").value(7));
    send(relaxed, "dana.ad", relaxed.api() + "/staffing/rules", "{\"minRestHours\":4,\"weeklyHoursLimit\":90}", true)
        .andExpect(status().isForbidden());
  }

  // ---- briefing ----

  @Test
  void theSafetyMeetingHearsTheDedicatedArmorerAndEveryFlagAndThePreProductionCheckWhatIsMissing() throws Exception {
    Set_ set = set("Briefed");
    List<AgendaItem> before = SystemActor.call(() -> briefing.agendaFor(set.id(), set.date()));
    assertThat(before).singleElement().satisfies(item -> {
      assertThat(item.concern()).isTrue();
      assertThat(item.title()).isEqualTo("No dedicated armorer");
    });
    assertThat(SystemActor.call(() -> briefing.gaps(set.id()))).singleElement()
        .satisfies(gap -> assertThat(GapWords.saidAsWritten(gap)).startsWith("No hay armero dedicado el " + set.date()))
        .satisfies(gap -> assertThat(gap.missing()).startsWith("No dedicated armorer on " + set.date()));

    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    hours(set, "leo.upm", "marcus.camera", set.date().minusDays(1), "12:00", "23:30").andExpect(status().isCreated());

    List<AgendaItem> after = SystemActor.call(() -> briefing.agendaFor(set.id(), set.date()));
    assertThat(after).hasSize(2);
    assertThat(after.get(0).concern()).isFalse();
    assertThat(after.get(0).lines().get(0)).contains("rosa.armorer");
    assertThat(after.get(0).fingerprint()).isNotEqualTo(before.get(0).fingerprint());
    assertThat(after.get(1).sceneId()).isEqualTo(set.scene.id());
    assertThat(after.get(1).concern()).isTrue();
    assertThat(SystemActor.call(() -> briefing.gaps(set.id()))).singleElement()
        .satisfies(gap -> assertThat(gap.remedy()).contains("decision"))
        .satisfies(GapWords::saidAsWritten);

    decide(set, "leo.upm", "marcus.camera", "REST_SHORT").andExpect(status().isCreated());
    List<AgendaItem> decided = SystemActor.call(() -> briefing.agendaFor(set.id(), set.date()));
    assertThat(decided.get(1).concern()).isFalse();
    assertThat(decided.get(1).fingerprint()).isNotEqualTo(after.get(1).fingerprint());
    assertThat(SystemActor.call(() -> briefing.gaps(set.id()))).isEmpty();
  }

  @Test
  void aFlagReadsInTheReadersLanguageAtTheMeetingAndOnTheDaysPage() throws Exception {
    Set_ set = set("Flag In Words");
    scheduleDuty(set, "leo.upm", "rosa.armorer", "ARMORER").andExpect(status().isCreated());
    // On the day's roster, watched for no role of her own on a firearms scene.
    scheduleDuty(set, "leo.upm", "sam.safety", "SAFETY_ADVISOR").andExpect(status().isCreated());
    hours(set, "leo.upm", "marcus.camera", set.date().minusDays(1), "12:00", "23:30").andExpect(status().isCreated());
    String english = "marcus.camera had 7 h of rest before " + set.date() + "; the production's minimum is 10 h"
        + " (California Labor Code §9153(a)(6): sufficient qualified staff).";
    String spanish = "marcus.camera tuvo 7 h de descanso antes del " + set.date() + "; el mínimo de la producción es"
        + " de 10 h (California Labor Code §9153(a)(6): personal calificado suficiente).";

    // The meeting keeps the English it always did, and a 1st AD reading Spanish reads the same flag in Spanish.
    AgendaItem flag = SystemActor.call(() -> briefing.agendaFor(set.id(), set.date())).get(1);
    assertThat(flag.lines()).startsWith(english);
    assertThat(AgendaWords.saidAsWritten(flag)).containsExactly(
        "Escena " + set.scene.number() + ": descanso corto — marcus.camera (equipo de cámara)", spanish,
        "Todavía no hay una decisión registrada de un productor o del UPM.");

    String page = "/productions/" + set.id() + "/staffing/days/" + set.today.id();
    mvc.perform(get(page).with(crew.signedIn(set.who("leo.upm"))).header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString(spanish)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("marcus.camera (equipo de cámara)")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>armero dedicado</td>")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>en la lista del día</td>")))
        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("of rest"))));
    mvc.perform(get(page).with(crew.signedIn(set.who("leo.upm")))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("marcus.camera had 7 h of rest before")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("marcus.camera (camera crew)")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>on the roster</td>")));
  }

  // ---- API and pages ----

  @Test
  void badInputIsRefusedNamingTheFieldAndOnlyTheUpm1stAdOrProducerSchedule() throws Exception {
    Set_ set = set("Bad Input");
    scheduleDuty(set, "leo.upm", "eli.actor", "ARMORER").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("duty")).andExpect(jsonPath("$.errors[0].rule").value("Armorer"))
        .andExpect(inWords());
    scheduleDuty(set, "leo.upm", "marcus.camera", "PROPERTY_MASTER").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].rule").value("RoleHeld")).andExpect(inWords());
    send(set, "leo.upm", set.api() + "/staffing/days/" + set.today.id() + "/roster",
        "{\"personId\":\"" + set.idOf("rosa.armorer") + "\"}").andExpect(status().isBadRequest()).andExpect(inWords());
    send(set, "leo.upm", set.api() + "/staffing/days/" + set.today.id() + "/roster",
        "{\"personId\":\"" + UUID.randomUUID() + "\",\"duty\":\"CREW\"}").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].rule").value("Member")).andExpect(inWords());
    send(set, "leo.upm", set.api() + "/staffing/days/" + set.today.id() + "/releases",
        "{\"personId\":\"" + set.idOf("rosa.armorer") + "\",\"duty\":\"CAMERA\"}").andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].rule").value("OnDuty")).andExpect(inWords());
    hours(set, "leo.upm", "rosa.armorer", set.date(), "06:00", "06:00").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("off")).andExpect(inWords());
    hours(set, "leo.upm", "rosa.armorer", set.date(), "06:00", "18:00").andExpect(status().isCreated());
    hours(set, "leo.upm", "rosa.armorer", set.date(), "06:00", "19:00").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reason")).andExpect(inWords());
    decide(set, "grace.producer", "eli.actor", "REST_SHORT").andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].rule").value("Flagged")).andExpect(inWords());
    UUID unscheduled = SystemActor.call(() -> schedule.addScene(set.id(), "U" + set.scene.number(), "Rehearsal",
        null)).id();
    send(set, "grace.producer", set.api() + "/staffing/decisions", "{\"sceneId\":\"" + unscheduled
        + "\",\"personId\":\"" + set.idOf("eli.actor") + "\",\"kind\":\"REST_SHORT\",\"decision\":\"Moved\"}")
        .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("Scheduled"))
        .andExpect(inWords());
    scheduleDuty(set, "eli.actor", "rosa.armorer", "ARMORER").andExpect(status().isForbidden());
    hours(set, "eli.actor", "rosa.armorer", set.date(), "06:00", "18:00").andExpect(status().isForbidden());
    hours(set, "eli.actor", "eli.actor", set.date(), "07:00", "02:00").andExpect(status().isCreated())
        .andExpect(jsonPath("$.minutesWorked").value(19 * 60));
  }

  @Test
  void theDaysStaffingPageShowsTheRosterAndRefusesFormsToThoseWhoMayNot() throws Exception {
    Set_ set = set("Staffing Page");
    String page = "/productions/" + set.id() + "/staffing/days/" + set.today.id();
    mvc.perform(post(page + "/roster").with(crew.signedIn(set.who("dana.ad"))).with(csrf())
        .param("person", set.idOf("rosa.armorer").toString()).param("duty", "ARMORER"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get(page).with(crew.signedIn(set.who("dana.ad")))).andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Dedicated armorer")))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("rosa.armorer")));
    mvc.perform(post(page + "/roster").with(crew.signedIn(set.who("eli.actor"))).with(csrf())
        .param("person", set.idOf("rosa.armorer").toString()).param("duty", "CREW"))
        .andExpect(status().isForbidden());
    mvc.perform(post(page + "/roster").with(crew.signedIn(set.who("dana.ad"))).with(csrf())
        .param("person", set.idOf("rosa.armorer").toString()).param("duty", "CREW"))
        .andExpect(status().isConflict())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("no other duty")));
    mvc.perform(post("/productions/" + set.id() + "/staffing/hours").with(crew.signedIn(set.who("marcus.camera")))
        .with(csrf()).param("date", set.date().toString()).param("on", "nonsense"))
        .andExpect(status().isBadRequest()).andExpect(inWords());
    // A crew member reading Spanish is told in Spanish, the field by the form's own label.
    mvc.perform(post("/productions/" + set.id() + "/staffing/hours").with(crew.signedIn(set.who("marcus.camera")))
        .with(csrf()).header("Accept-Language", "es-MX,es;q=0.9").param("date", set.date().toString())
        .param("on", "nonsense"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Entrada: tiene que ser una hora como 06:30")));
    mvc.perform(post("/productions/" + set.id() + "/staffing/hours").with(crew.signedIn(set.who("marcus.camera")))
        .with(csrf()).param("date", set.date().toString()).param("on", "06:00").param("off", "18:30"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/productions/" + set.id() + "/staffing/hours").with(crew.signedIn(set.who("marcus.camera"))))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("06:00–18:30")));
    mvc.perform(get("/productions/" + set.id() + "/schedule").with(crew.signedIn(set.who("dana.ad"))))
        .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(page)));
  }

  // ---- helpers ----

  /** The problem answered is staffing's own, and says its words: English as answered, Spanish too. */
  private static ResultMatcher inWords() {
    return result -> saidAsWritten((InvalidInputException) result.getResolvedException());
  }

  private ResultActions dayOf(Set_ set) throws Exception {
    return mvc.perform(get(set.api() + "/staffing/days/" + set.today.id())
        .header("Authorization", crew.bearer(set.who("leo.upm")))).andExpect(status().isOk());
  }

  private ResultActions scheduleDuty(Set_ set, String as, String person, String duty) throws Exception {
    return send(set, as, set.api() + "/staffing/days/" + set.today.id() + "/roster",
        "{\"personId\":\"" + set.idOf(person) + "\",\"duty\":\"" + duty + "\"}");
  }

  private ResultActions hours(Set_ set, String as, String person, LocalDate date, String on, String off)
      throws Exception {
    return send(set, as, set.api() + "/staffing/hours", "{\"personId\":\"" + set.idOf(person) + "\",\"date\":\""
        + date + "\",\"on\":\"" + on + "\",\"off\":\"" + off + "\"}");
  }

  private ResultActions decide(Set_ set, String as, String person, String kind) throws Exception {
    return send(set, as, set.api() + "/staffing/decisions", "{\"sceneId\":\"" + set.scene.id() + "\",\"personId\":\""
        + set.idOf(person) + "\",\"kind\":\"" + kind + "\",\"decision\":\"Relief armorer brought in for the morning\"}");
  }

  /** Registered, received, inspected and shown clear to the performer, the 1st AD and the camera head. */
  private String shownClear(Set_ set) throws Exception {
    crew.holdsArmorerPermit(set.who("rosa.armorer"));
    crew.holdsFirearmsSafety(set.who("eli.actor"));
    String custody = set.api() + "/custody/weapons";
    String body = send(set, "rosa.armorer", custody, """
        {"kind":"FIREARM","serial":"S-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String weapon = JsonPath.read(body, "$.weapon.id");
    String url = custody + "/" + weapon;
    send(set, "rosa.armorer", url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    send(set, "rosa.armorer", url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    List<String> witnesses = List.of("eli.actor", "dana.ad", "marcus.camera");
    send(set, "rosa.armorer", url + "/show-clear", "{\"witnesses\":[" + String.join(",", witnesses.stream()
        .map(w -> "\"" + set.idOf(w) + "\"").toList()) + "]}").andExpect(status().isOk());
    for (String witness : witnesses) {
      send(set, witness, url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    return weapon;
  }

  /** The issue, once every other gate is in order too (the safety meeting covers the scene as it now is). */
  private ResultActions issueWhenReady(Set_ set, String weapon) throws Exception {
    crew.readyToShoot(set.id(), set.scene.id(), UUID.fromString(weapon), set.idOf("eli.actor"));
    return issue(set, weapon);
  }

  /** The issue, once the gates custody asks before staffing's (training, plan, assessment) are in order. */
  private ResultActions issue(Set_ set, String weapon) throws Exception {
    crew.readyToShootBefore(30, set.id(), set.scene.id(), UUID.fromString(weapon), set.idOf("eli.actor"));
    return send(set, "rosa.armorer", set.api() + "/custody/weapons/" + weapon + "/issue",
        "{\"performerId\":\"" + set.idOf("eli.actor") + "\",\"sceneId\":\"" + set.scene.id() + "\"}");
  }

  private ResultActions send(Set_ set, String as, String url, String json) throws Exception {
    return send(set, as, url, json, false);
  }

  private ResultActions send(Set_ set, String as, String url, String json, boolean put) throws Exception {
    if (json == null) {
      return mvc.perform(get(url).header("Authorization", crew.bearer(set.who(as))));
    }
    return mvc.perform((put ? put(url) : post(url)).header("Authorization", crew.bearer(set.who(as)))
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }
}
