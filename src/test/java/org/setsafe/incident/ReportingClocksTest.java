package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.AftermathOnSet.json;
import static org.setsafe.incident.AftermathOnSet.settle;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.NeedsYou;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.shared.LocalTimes;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The regulators' clocks: a death starts OSHA's 8-hour clock, which climbs the production's critical escalation
 * ladder on persisted timers while nobody records the report, is told again when it runs out, and stops the moment
 * the report is recorded; a hospitalization starts a 24-hour clock; in California a serious injury starts
 * Cal/OSHA's 8-hour clock; a late report stays late. Only those who answer for the report record or read a clock.
 * The test clock is moved and due timers run as the escalation tests do it, without sleeping.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class ReportingClocksTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired Roster roster;
  @Autowired Ledger ledger;
  @Autowired IncidentNeedsYou dashboard;

  private Instant start;

  @BeforeEach
  void freshMoment() {
    // The scheduler's clock runs on in real time from the last move of the test clock: move it now, so this
    // clock's later steps do not fall due early.
    clock.advance(Duration.ofMillis(1));
    start = clock.instant();
  }

  @AfterEach
  void backToTheMorning() {
    // Other tests read "today" on the set: the day these tests moved past is given back.
    clock.set(start);
  }

  @Test
  void aDeathStartsAnEightHourOshaClockThatClimbsTheLadderUntilTheReportIsRecorded() throws Exception {
    AftermathOnSet set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster,
        "Stagecoach", "America/Denver");
    String incident = set.open("tess.grip", "INJURY_OR_ILLNESS", "CRITICAL", "marcus.camera");

    String clock8 = json(set.post("sam.safety", "incidents/" + incident + "/outcomes",
            "{\"outcome\":\"DEATH\",\"state\":\"NM\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].regulator").value("OSHA"))
        .andExpect(jsonPath("$[0].answered").value(false))
        .andExpect(jsonPath("$[0].timeLeft").value("8 hours left")), "$[0].id");
    Instant due = Instant.parse(json(set.get("leo.upm", "incidents/" + incident + "/clocks"), "$[0].dueAt"));
    assertThat(Duration.between(clock.instant(), due)).isBetween(Duration.ofHours(8).minusSeconds(1),
        Duration.ofHours(8));
    // On the production's clock, where the UPM reads it.
    set.get("leo.upm", "incidents/" + incident + "/clocks")
        .andExpect(jsonPath("$[0].dueAtOnSet").value(org.hamcrest.Matchers.endsWith("MST")));

    // At once: the safety advisor (the ladder's first rung), in the inbox and by email.
    settle(jdbc, clock, ReportingClockTimers.CLOCK_TASK, clock8);
    await().atMost(Duration.ofSeconds(60)).until(() -> steps(set, incident).contains("L1"));
    assertThat(set.inboxSubjects(jdbc, "sam.safety")).anyMatch(s -> s.contains("OSHA report due"));
    assertThat(set.inboxSubjects(jdbc, "leo.upm")).noneMatch(s -> s.contains("OSHA report due"));
    await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(AftermathOnSet.email(set.user("sam.safety"))).stream()
        .filter(m -> subject(m).contains("OSHA report due")).count() == 1);

    // Nobody records it: 15 minutes on the UPM hears, 15 more the producer, 30 more studio safety.
    advance(set, clock8, Duration.ofMinutes(15));
    assertThat(steps(set, incident)).containsExactly("L1", "L2");
    assertThat(set.inboxSubjects(jdbc, "leo.upm")).anyMatch(s -> s.contains("Second told: UPM"));
    advance(set, clock8, Duration.ofMinutes(15));
    advance(set, clock8, Duration.ofMinutes(30));
    assertThat(steps(set, incident)).containsExactly("L1", "L2", "L3", "L4");
    assertThat(set.inboxSubjects(jdbc, "grace.producer")).anyMatch(s -> s.contains("Third told: Producer"));
    // The dashboard of those who answer for it shows the clock with the time left; the crew's does not.
    assertThat(needsYou(set, "leo.upm")).anyMatch(s -> s.contains("OSHA report of a death due")
        && s.contains("7 hours left"));
    assertThat(needsYou(set, "tess.grip")).noneMatch(s -> s.contains("OSHA report"));

    // 6 h 30 on, an hour before it runs out, everyone on the ladder hears again.
    advance(set, clock8, Duration.ofMinutes(6 * 60 + 1));
    assertThat(steps(set, incident)).containsExactly("L1", "L2", "L3", "L4", "due-soon");

    // The UPM records the report: the clock stops, nothing more is sent even past when it would have been late.
    set.post("leo.upm", "incidents/" + incident + "/clocks/" + clock8 + "/report",
            "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"OSHA-2026-118842\"}".formatted(clock.instant()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.answered").value(true))
        .andExpect(jsonPath("$.late").value(false))
        .andExpect(jsonPath("$.reference").value("OSHA-2026-118842"))
        .andExpect(jsonPath("$.recordedBy").value("Leo Park"));
    advance(set, clock8, Duration.ofHours(10));
    assertThat(steps(set, incident)).containsExactly("L1", "L2", "L3", "L4", "due-soon");
    assertThat(needsYou(set, "leo.upm")).noneMatch(s -> s.contains("OSHA report"));

    // On the ledger: the clock, every step, the report made with its reference.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(set, incident))
        .extracting(LedgerEntry::kind).contains("incident.reporting-clock-started",
            "incident.reporting-clock-escalated", "incident.report-made"));
    assertThat(history(set, incident).stream().filter(e -> e.kind().equals("incident.report-made")).findFirst()
        .orElseThrow().leaf()).contains("OSHA-2026-118842").contains("\"late\":false");

    // A second report on the same clock is refused, naming the rule.
    set.post("leo.upm", "incidents/" + incident + "/clocks/" + clock8 + "/report",
            "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"again\"}".formatted(clock.instant()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("clockId"))
        .andExpect(jsonPath("$.errors[0].rule").value("Once"));
  }

  @Test
  void aHospitalizationGivesOshaTwentyFourHoursAndALateReportStaysLate() throws Exception {
    AftermathOnSet set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster,
        "Stagecoach", "America/Denver");
    String incident = set.open("tess.grip", "INJURY_OR_ILLNESS", "HIGH", "marcus.camera");
    // The UPM reads Spanish: the clock's notices reach them in Spanish, the producer in English.
    accounts.chooseLanguage(set.userId("leo.upm"), "es");
    String c = json(set.post("grace.producer", "incidents/" + incident + "/outcomes",
            "{\"outcome\":\"IN_PATIENT_HOSPITALIZATION\",\"state\":\"nm\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].regulator").value("OSHA"))
        .andExpect(jsonPath("$[0].state").value("NM"))
        .andExpect(jsonPath("$[0].timeLeft").value("24 hours left")), "$[0].id");
    settle(jdbc, clock, ReportingClockTimers.CLOCK_TASK, c);

    // Past the 24 hours with no report: shown as late, and everyone on the ladder is told it ran out.
    advance(set, c, Duration.ofHours(24).plusMinutes(30));
    set.get("sam.safety", "incidents/" + incident + "/clocks")
        .andExpect(jsonPath("$[0].late").value(true))
        .andExpect(jsonPath("$[0].timeLeft").value("late by 30 minutes"));
    assertThat(steps(set, incident)).contains("due-soon", "late");
    Instant due = Instant.parse(json(set.get("sam.safety", "incidents/" + incident + "/clocks"), "$[0].dueAt"));
    ZoneId zone = ZoneId.of("America/Denver");
    assertThat(set.inboxSubjects(jdbc, "grace.producer")).contains("[SetSafe] LATE: OSHA report due "
        + LocalTimes.dated(due, zone) + " — in-patient hospitalization (Everyone on the escalation ladder)");
    assertThat(set.inboxSubjects(jdbc, "leo.upm")).contains("[SetSafe] ATRASADO: reporte a OSHA, vencía el "
        + LocalTimes.dated(due, zone, Locale.forLanguageTag("es")) + " — ingreso en el hospital (Todos los de "
        + "la cadena de escalamiento)");
    assertThat(inboxBodies(set, "leo.upm")).anyMatch(body -> body.startsWith("Ingreso en el hospital se "
        + "registró en un incidente el ") && body.contains("(29 CFR 1904.39). Se acabó el plazo"));
    assertThat(inboxBodies(set, "grace.producer")).anyMatch(body -> body.startsWith("In-patient hospitalization was "
        + "recorded on an incident at ") && body.endsWith("(29 CFR 1904.39). The time has run out: report it now and "
        + "record it as made; it will show as late."));
    assertThat(needsYou(set, "sam.safety")).anyMatch(s -> s.startsWith("LATE: OSHA report"));

    // Recorded late, it stays late: on the clock and on the ledger.
    set.post("sam.safety", "incidents/" + incident + "/clocks/" + c + "/report",
            "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"ITA 55120\"}".formatted(clock.instant()))
        .andExpect(status().isOk()).andExpect(jsonPath("$.late").value(true))
        .andExpect(jsonPath("$.timeLeft").value("reported late by 30 minutes"));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(set, incident).stream()
        .filter(e -> e.kind().equals("incident.report-made")).map(LedgerEntry::leaf))
        .anySatisfy(leaf -> assertThat(leaf).contains("\"late\":true")));
  }

  @Test
  void inCaliforniaASeriousInjuryGivesCalOshaEightHoursAndElsewhereADisfigurementIsNotReportedWithinHours()
      throws Exception {
    AftermathOnSet set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster,
        "Stagecoach", "America/Los_Angeles");
    String incident = set.open("tess.grip", "INJURY_OR_ILLNESS", "HIGH", "marcus.camera");
    set.post("sam.safety", "incidents/" + incident + "/outcomes", "{\"outcome\":\"AMPUTATION\",\"state\":\"CA\"}")
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$[0].regulator").value("CAL_OSHA"))
        .andExpect(jsonPath("$[0].regulatorLabel").value("Cal/OSHA"))
        .andExpect(jsonPath("$[0].timeLeft").value("8 hours left"))
        .andExpect(jsonPath("$[0].dueAtOnSet").value(org.hamcrest.Matchers.endsWith("PST")));
    set.post("sam.safety", "incidents/" + incident + "/outcomes",
            "{\"outcome\":\"SERIOUS_DISFIGUREMENT\",\"state\":\"CA\"}")
        .andExpect(status().isCreated()).andExpect(jsonPath("$[0].regulator").value("CAL_OSHA"));
    // Recorded twice, the same outcome does not start a second clock.
    set.post("sam.safety", "incidents/" + incident + "/outcomes", "{\"outcome\":\"AMPUTATION\",\"state\":\"CA\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"))
        .andExpect(jsonPath("$.errors[0].rule").value("Once"));
    set.post("sam.safety", "incidents/" + incident + "/outcomes",
            "{\"outcome\":\"SERIOUS_DISFIGUREMENT\",\"state\":\"GA\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"))
        .andExpect(jsonPath("$.errors[0].rule").value("ReportableHere"));
    set.get("sam.safety", "incidents/" + incident + "/clocks").andExpect(jsonPath("$.length()").value(2));
  }

  @Test
  void onlyThoseWhoAnswerForTheReportRecordOrReadAClockAndBadInputNamesTheField(CapturedOutput output)
      throws Exception {
    AftermathOnSet set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster,
        "Stagecoach", "America/Denver");
    String incident = set.open("tess.grip", "INJURY_OR_ILLNESS", "HIGH", "marcus.camera");
    String path = "incidents/" + incident + "/outcomes";

    set.post("tess.grip", path, "{\"outcome\":\"DEATH\",\"state\":\"NM\"}").andExpect(status().isForbidden());
    assertThat(output.getOut()).contains("access refused: user=" + set.user("tess.grip"))
        .contains("record a reportable outcome");
    set.get("marcus.camera", "incidents/" + incident + "/clocks").andExpect(status().isForbidden());
    // Someone not on the production learns nothing, whatever they send.
    AftermathOnSet other = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster,
        "Elsewhere", "America/Denver");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(set.api(path))
            .header("Authorization", crew.bearer(other.user("sam.safety")))
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"outcome\":\"NOPE\"}"))
        .andExpect(status().isNotFound());

    set.post("sam.safety", path, "{\"outcome\":\"BROKEN_TOE\",\"state\":\"NM\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"))
        .andExpect(jsonPath("$.errors[0].rule").value("OneOf"));
    set.post("sam.safety", path, "{\"outcome\":\"DEATH\",\"state\":\"New Mexico\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
    set.post("sam.safety", path, "{\"outcome\":\"DEATH\",\"state\":\"NM\",\"learnedAt\":\"%s\"}"
            .formatted(clock.instant().plusSeconds(3600)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("learnedAt"));
    String c = json(set.post("sam.safety", path, "{\"outcome\":\"DEATH\",\"state\":\"NM\"}")
        .andExpect(status().isCreated()), "$[0].id");
    String report = "incidents/" + incident + "/clocks/" + c + "/report";
    set.post("sam.safety", report, "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"OSHA\\u0000-1\"}"
            .formatted(clock.instant()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reference"));
    set.post("sam.safety", report, "{\"madeAt\":\"%s\",\"regulator\":\"CAL_OSHA\",\"reference\":\"X-1\"}"
            .formatted(clock.instant()))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regulator"))
        .andExpect(jsonPath("$.errors[0].rule").value("SameRegulator"));
    set.post("sam.safety", report, "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"X-1\"}"
            .formatted(clock.instant().plusSeconds(600)))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("madeAt"));
    set.post("eli.actor", report, "{}").andExpect(status().isNotFound());
    set.post("otto.dayoff", report, "{\"madeAt\":\"%s\",\"regulator\":\"OSHA\",\"reference\":\"X-1\"}"
            .formatted(clock.instant())).andExpect(status().isForbidden());
    // None of the refused attempts answered the clock.
    set.get("sam.safety", "incidents/" + incident + "/clocks").andExpect(jsonPath("$[0].answered").value(false));
  }

  private void advance(AftermathOnSet set, String clockId, Duration by) {
    clock.advance(by);
    settle(jdbc, clock, ReportingClockTimers.CLOCK_TASK, clockId);
  }

  private List<String> steps(AftermathOnSet set, String incident) throws Exception {
    return JsonPath.read(set.get("sam.safety", "incidents/" + incident + "/clocks").andReturn().getResponse()
        .getContentAsString(), "$[0].escalated");
  }

  private List<String> inboxBodies(AftermathOnSet set, String who) {
    return jdbc.sql("SELECT body FROM inbox_item WHERE user_id = ?").param(set.userId(who)).query(String.class).list();
  }

  private List<String> needsYou(AftermathOnSet set, String who) {
    return crew.as(set.user(who), () -> dashboard.of(set.id()).stream().map(NeedsYou.Item::what).toList());
  }

  private List<LedgerEntry> history(AftermathOnSet set, String incident) {
    return SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident));
  }

  private static String subject(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<jakarta.mail.internet.MimeMessage> mailTo(String address) {
    return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
