package org.setsafe.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.incident.AftermathOnSet.json;
import static org.setsafe.incident.AftermathOnSet.settle;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.briefing.SafetyContacts;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.staffing.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Care after a serious incident: the stagecoach overturns and the camera operator is hurt. Support is offered to
 * everyone on that day's roster (not to the grip who had the day off) with the counselling contacts from the call
 * sheet, in the inbox and by email; check-ins come a day, a week and four weeks later on the production's clock,
 * except to whoever declined; who accepted or declined, and who comes to the debrief, is read by the counselling
 * contact and never by the producer, the UPM or the safety advisor; the ledger only counts.
 */
@SetSafeTest
@ExtendWith(OutputCaptureExtension.class)
class CareAfterAnIncidentTest {

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
  @Autowired SafetyContacts contacts;

  private Instant start;

  @BeforeEach
  void freshMoment() {
    clock.advance(Duration.ofMillis(1));
    start = clock.instant();
  }

  @AfterEach
  void backToTheMorning() {
    // Four weeks were passed for the check-ins; the tests after these read "today" on the set as it was.
    clock.set(start);
  }

  @Test
  void supportReachesThatDaysCrewAndCheckInsComeOnTheProductionsClockUntilSomeoneDeclines() throws Exception {
    AftermathOnSet set = crewWithCounselling();
    String incident = set.open("tess.grip", "INJURY_OR_ILLNESS", "HIGH", "marcus.camera");

    // The offer follows the incident's commit: that day's roster, and the injured, hear of it.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("marcus.camera", "support")
        .andExpect(jsonPath("$.length()").value(1)));
    String offer = json(set.get("marcus.camera", "support")
        .andExpect(jsonPath("$[0].contacts[0].name").value("Dr. Ana Ruiz"))
        .andExpect(jsonPath("$[0].contacts[1].phone").value("+1 800 555 0199"))
        .andExpect(jsonPath("$[0].answer").doesNotExist())
        .andExpect(jsonPath("$[0].checkIns.length()").value(3)), "$[0].offerId");
    set.get("otto.dayoff", "support").andExpect(jsonPath("$.length()").value(0));
    set.get("grace.producer", "support").andExpect(jsonPath("$.length()").value(0));
    for (String who : List.of("tess.grip", "marcus.camera", "nina.counsel", "sam.safety")) {
      assertThat(set.inboxSubjects(jdbc, who)).contains("[SetSafe] Support after the incident");
    }
    assertThat(set.inboxSubjects(jdbc, "otto.dayoff")).isEmpty();
    await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(set, "marcus.camera", "Support after the incident")
        .size() == 1);
    assertThat((String) mailTo(set, "marcus.camera", "Support after the incident").get(0).getContent())
        .contains("Dr. Ana Ruiz").contains("+1 555 0100").contains("/productions/" + set.id() + "/support");

    // The check-ins fall due a day, a week and four weeks on, at the same hour on the production's clock.
    ZoneId zone = ZoneId.of("America/Los_Angeles");
    Instant offered = Instant.parse(json(set.get("tess.grip", "support"), "$[0].offeredAt"));
    assertThat(jobs(offer)).containsExactly(offered.atZone(zone).plusDays(1).toInstant(),
        offered.atZone(zone).plusDays(7).toInstant(), offered.atZone(zone).plusDays(28).toInstant());

    // The camera operator declines; the grip accepts; the counselling contact says nothing.
    set.post("marcus.camera", "support/" + offer + "/answer", "{\"answer\":\"DECLINED\"}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.answer").value("DECLINED"))
        .andExpect(jsonPath("$.checkIns[0].cancelled").value(true));
    set.post("tess.grip", "support/" + offer + "/answer", "{\"answer\":\"ACCEPTED\"}")
        .andExpect(status().isOk());

    passDays(offer, 1);
    assertThat(checkIns(set, "tess.grip")).containsExactly("[SetSafe] Checking in, a day after the incident");
    assertThat(checkIns(set, "nina.counsel")).hasSize(1);
    assertThat(checkIns(set, "marcus.camera")).isEmpty();
    passDays(offer, 6);
    passDays(offer, 21);
    assertThat(checkIns(set, "tess.grip")).containsExactly("[SetSafe] Checking in, a day after the incident",
        "[SetSafe] Checking in, a week after the incident", "[SetSafe] Checking in, four weeks after the incident");
    assertThat(checkIns(set, "marcus.camera")).isEmpty();
    set.get("tess.grip", "support").andExpect(jsonPath("$[0].checkIns[2].sent").value(true));
    await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(set, "tess.grip", "Checking in").size() == 3);
    assertThat(mailTo(set, "marcus.camera", "Checking in")).isEmpty();

    // The ledger says support was offered to four people, and nothing about who.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(history(set, incident))
        .extracting(LedgerEntry::kind).contains("incident.support-offered"));
    LedgerEntry offeredFact = history(set, incident).stream()
        .filter(e -> e.kind().equals("incident.support-offered")).findFirst().orElseThrow();
    assertThat(offeredFact.leaf()).contains("\"people\":4")
        .doesNotContain(set.userId("marcus.camera").toString()).doesNotContain(set.userId("tess.grip").toString());
    for (LedgerEntry e : history(set, incident)) {
      assertThat(e.leaf()).doesNotContain("DECLINED").doesNotContain("ACCEPTED");
    }
  }

  @Test
  void whoAcceptedOrDeclinedIsReadByTheCounsellingContactAndNeverByTheProducer(CapturedOutput output)
      throws Exception {
    AftermathOnSet set = crewWithCounselling();
    set.open("tess.grip", "UNINTENDED_DISCHARGE", "CRITICAL", null);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("marcus.camera", "support")
        .andExpect(jsonPath("$.length()").value(1)));
    String offer = json(set.get("marcus.camera", "support"), "$[0].offerId");
    set.post("marcus.camera", "support/" + offer + "/answer", "{\"answer\":\"DECLINED\"}").andExpect(status().isOk());

    // The counselling contact reads it.
    set.get("nina.counsel", "support/" + offer + "/answers").andExpect(status().isOk())
        .andExpect(jsonPath("$.offeredTo").value(4))
        .andExpect(jsonPath("$.people[?(@.name == 'Marcus Oyelaran')].answer").value("DECLINED"));
    // Nobody else does: not the producer, the UPM, the safety advisor or the crew; every refusal logged.
    for (String who : List.of("grace.producer", "leo.upm", "sam.safety", "tess.grip")) {
      set.get(who, "support/" + offer + "/answers").andExpect(status().isForbidden())
          .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
              org.hamcrest.Matchers.containsString("Marcus"))));
      assertThat(output.getOut()).contains("access refused: user=" + set.user(who))
          .contains("who accepted or declined support");
    }
    set.get("grace.producer", "support/offers").andExpect(status().isForbidden());
    set.get("sam.safety", "support/offers").andExpect(status().isOk())
        .andExpect(jsonPath("$[0].people").value(4)).andExpect(jsonPath("$[0].mayReadAnswers").value(false));
    // Someone not on the production gets 404.
    AftermathOnSet other = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster, "Elsewhere",
        "America/Los_Angeles");
    mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get(set.api("support/" + offer + "/answers"))
            .header("Authorization", crew.bearer(other.user("nina.counsel"))))
        .andExpect(status().isNotFound());

    // The producer cannot become the counselling contact, nor read it once they hold the role beside it.
    set.put("sam.safety", "support/counselling-contact", "{\"userId\":\"%s\"}"
            .formatted(set.userId("grace.producer")))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("userId"))
        .andExpect(jsonPath("$.errors[0].rule").value("NotTheEmployer"));
    set.put("grace.producer", "support/counselling-contact", "{\"userId\":\"%s\"}"
            .formatted(set.userId("nina.counsel"))).andExpect(status().isForbidden());

    // A debrief: scheduled by the counselling contact; the crew say whether they come; only she reads it.
    set.post("nina.counsel", "support/" + offer + "/debrief", "{\"startsAt\":\"%s\",\"where\":\"Base\\u0000camp\"}"
            .formatted(clock.instant().plus(Duration.ofDays(2))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("where"));
    set.post("nina.counsel", "support/" + offer + "/debrief", "{\"startsAt\":\"%s\",\"where\":\"Base camp\"}"
            .formatted(clock.instant().minus(Duration.ofHours(1))))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsAt"));
    set.post("grace.producer", "support/" + offer + "/debrief", "{\"startsAt\":\"%s\",\"where\":\"Base camp\"}"
            .formatted(clock.instant().plus(Duration.ofDays(2)))).andExpect(status().isForbidden());
    set.post("nina.counsel", "support/" + offer + "/debrief",
            "{\"startsAt\":\"%s\",\"where\":\"Lone Pine community hall\"}"
                .formatted(clock.instant().plus(Duration.ofDays(2))))
        .andExpect(status().isOk()).andExpect(jsonPath("$.debrief.where").value("Lone Pine community hall"));
    set.post("marcus.camera", "support/" + offer + "/attending", "{\"attending\":true}")
        .andExpect(status().isOk()).andExpect(jsonPath("$.debrief.attending").value(true))
        .andExpect(jsonPath("$.debrief.startsAtOnSet").value(org.hamcrest.Matchers.endsWith("PST")));
    set.post("otto.dayoff", "support/" + offer + "/attending", "{\"attending\":true}")
        .andExpect(status().isNotFound());
    set.get("nina.counsel", "support/" + offer + "/answers")
        .andExpect(jsonPath("$.people[?(@.name == 'Marcus Oyelaran')].attending").value(true));
    set.get("grace.producer", "support/" + offer + "/answers").andExpect(status().isForbidden());
    set.post("tess.grip", "support/" + offer + "/answer", "{\"answer\":\"MAYBE\"}")
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("answer"));
  }

  @Test
  void aCounsellingContactNoLongerOnTheCrewIsAnExCrewMemberToASpanishReaderAndFormerMemberToTheApi()
      throws Exception {
    AftermathOnSet set = crewWithCounselling();
    set.open("tess.grip", "INJURY_OR_ILLNESS", "HIGH", "marcus.camera");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> set.get("marcus.camera", "support")
        .andExpect(jsonPath("$.length()").value(1)));
    SystemActor.run(() -> productions.removeMember(set.id(), set.userId("nina.counsel")));

    String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/productions/" + set.id() + "/support").with(crew.signedIn(set.user("marcus.camera")))
            .header("Accept-Language", "es"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("(ex integrante del equipo)").doesNotContain("former member");
    String english = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
            .get("/productions/" + set.id() + "/support").with(crew.signedIn(set.user("marcus.camera"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(english).contains("(former member)");
  }

  /** The crew of the stagecoach day, with the call sheet's counselling contacts and Nina named on SetSafe. */
  private AftermathOnSet crewWithCounselling() throws Exception {
    AftermathOnSet set = AftermathOnSet.create(crew, mvc, productions, accounts, schedule, roster, "Stagecoach",
        "America/Los_Angeles");
    SystemActor.run(() -> {
      contacts.name(set.id(), "COUNSELLING", "Dr. Ana Ruiz", "+1 555 0100", "any time", null);
      contacts.name(set.id(), "EMPLOYEE_ASSISTANCE", "Entertainment Assistance Line", "+1 800 555 0199", "24/7",
          null);
    });
    set.put("sam.safety", "support/counselling-contact", "{\"userId\":\"%s\"}".formatted(set.userId("nina.counsel")))
        .andExpect(status().isNoContent());
    return set;
  }

  private void passDays(String offer, int days) {
    clock.advance(Duration.ofDays(days));
    settle(jdbc, clock, ReportingClockTimers.CHECK_IN_TASK, offer);
  }

  private List<Instant> jobs(String offer) {
    return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = ? AND task_instance LIKE ? "
            + "ORDER BY execution_time").params(ReportingClockTimers.CHECK_IN_TASK, offer + "/%")
        .query(OffsetDateTime.class).list().stream().map(t -> t.withOffsetSameInstant(ZoneOffset.UTC).toInstant())
        .toList();
  }

  private List<String> checkIns(AftermathOnSet set, String who) {
    return jdbc.sql("SELECT subject FROM inbox_item WHERE user_id = ? AND subject LIKE '%Checking in%' "
        + "ORDER BY created_at").param(set.userId(who)).query(String.class).list();
  }

  private List<LedgerEntry> history(AftermathOnSet set, String incident) {
    return SystemActor.call(() -> ledger.history(set.id(), "incident:" + incident));
  }

  private List<MimeMessage> mailTo(AftermathOnSet set, String who, String subject) {
    String address = AftermathOnSet.email(set.user(who));
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subject)
            && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }
}
