package org.setsafe.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.setsafe.escalation.EscalationTimersSupport.fired;
import static org.setsafe.escalation.EscalationTimersSupport.settle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.escalation.domain.EscalationStore;
import org.setsafe.escalation.domain.EscalationStore.FiredStep;
import org.setsafe.escalation.domain.Step;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.reporting.ReportEvents.HazardReported;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.ReasonWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A critical report escalating on a production in Denver, read by two safety advisors, Lucía in Spanish and Tom in
 * English: the escalation page writes each step told, and the day of one told late, in the reader's language on the
 * production's clock ("Segundo aviso: previsto dom 6 dic 14:30 MST, enviado …"), and each advisor's notice in their
 * inbox says when it was reported the same way.
 */
@SetSafeTest
class EscalationDatesInEachLanguageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  /** A moment as Spanish writes it: "lun 7 dic 2026 07:00 MST". */
  private static final String SPANISH_DATED =
      "(lun|mar|mié|jue|vie|sáb|dom) \\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic) \\d{4} \\d\\d:\\d\\d M[SD]T";
  private static final String ENGLISH_DATED =
      "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d\\d:\\d\\d M[SD]T";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  @Autowired EscalationStore store;
  @Autowired EscalationBoard board;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;

  @Test
  void theEscalationPageAndEachAdvisorsNoticeWriteTheDaysInTheReadersLanguage() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String lucia = "lucia.dates." + suffix;
    String tom = "tom.dates." + suffix;
    UUID p = SystemActor.call(() -> {
      Production production = productions.create("Río Bravo " + suffix, DENVER.getId());
      for (String name : List.of(lucia, tom)) {
        accounts.createWithPassword(SystemActor.ID, name, name, name + "@safety.example", null, Crew.PASSWORD);
        productions.addMember(production.id(), name, Set.of(CrewRole.SAFETY_ADVISOR), "Safety");
      }
      return production.id();
    });
    accounts.chooseLanguage(crew.id(lucia), "es");
    accounts.chooseLanguage(crew.id(tom), "en");

    clock.set(clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    Instant reportedAt = clock.instant();
    HazardReported report = new ReportFacts(events, transaction).criticalFirearmsReport(p, crew.id(tom), reportedAt,
        "Loaded revolver left on the prop cart");
    UUID r = report.reportId();
    await().atMost(Duration.ofSeconds(90)).until(() -> fired(store, r).contains("1/L1R0"));
    settle(jdbc, clock, r);
    // A step of yesterday told 32 minutes late (an instance died holding it): its day is written on the page.
    Instant due = reportedAt.minus(Duration.ofDays(1));
    Instant firedAt = due.plus(Duration.ofMinutes(32));
    assertThat(store.insertStep(new Step(r, 1, 2, 0, false), p, due, firedAt)).isTrue();
    FiredStep first = EscalationTimersSupport.step(store, r, "L1R0");

    String spanish = page(get("/productions/{p}/escalation", p), lucia);
    String firstToday = LocalTimes.at(first.dueAt(), DENVER, clock, SPANISH);
    assertThat(firstToday).as("today a step shows its time alone").matches("\\d\\d:\\d\\d M[SD]T");
    assertThat(spanish).contains("<strong>Primer aviso: Safety advisor</strong>")
        .contains("Primer aviso: " + firstToday)
        .contains("Segundo aviso: previsto " + LocalTimes.at(due, DENVER, clock, SPANISH) + ", enviado "
            + LocalTimes.at(firedAt, DENVER, clock, SPANISH) + " (32 min tarde)")
        .containsPattern("previsto (lun|mar|mié|jue|vie|sáb|dom) \\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|"
            + "nov|dic) \\d\\d:\\d\\d M[SD]T")
        .doesNotContain("Second told", "First told", " min late", "Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ",
            "Sun ");

    String english = page(get("/productions/{p}/escalation", p), tom);
    assertThat(english).contains("<strong>First told: Safety advisor</strong>")
        .contains("First told: " + LocalTimes.at(first.dueAt(), DENVER, clock))
        .contains("Second told: due " + LocalTimes.at(due, DENVER, clock) + ", fired "
            + LocalTimes.at(firedAt, DENVER, clock) + " (32 min late)")
        .containsPattern("due (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
            + "|Dec) \\d\\d:\\d\\d M[SD]T")
        .doesNotContain("Segundo aviso", "previsto");

    // The level reached is said word for word as the board writes it in English (the API's and the reporting pages').
    EscalationBoard.OpenEscalation open = crew.as(tom, () -> board.of(p, r)).orElseThrow();
    ReasonWords.saidAsWritten(open.levelSaid(), open.levelInWords());

    // Each advisor's notice of the report, in the inbox: when it was reported, in their language.
    String luciasInbox = page(get("/account/inbox"), lucia);
    assertThat(luciasInbox).contains("Reportado el " + LocalTimes.dated(reportedAt, DENVER, SPANISH) + ".")
        .containsPattern("Reportado el " + SPANISH_DATED + "\\.")
        .containsPattern("pasa a UPM el " + SPANISH_DATED + "\\.")
        .doesNotContainPattern(ENGLISH_DATED);
    String tomsInbox = page(get("/account/inbox"), tom);
    assertThat(tomsInbox).contains("Reported " + LocalTimes.dated(reportedAt, DENVER) + ".")
        .containsPattern("it goes to UPM at " + ENGLISH_DATED + "\\.")
        .doesNotContainPattern(SPANISH_DATED);
  }

  private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String person) throws Exception {
    return mvc.perform(request.with(crew.signedIn(person))).andExpect(status().isOk()).andReturn().getResponse()
        .getContentAsString();
  }
}
