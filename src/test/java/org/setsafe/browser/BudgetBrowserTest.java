package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.budget.ChangeLine;
import org.setsafe.budget.SafetyBudget;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The UPM plans the armorer for two firearms days on a phone, then cuts one day: refused until the reason is
 * written, then flagged. The producer, at the office desk, sees the flagged cut and the management review it opened.
 * And every role the budget lets in reaches it on a phone by following links, while the armorer is refused.
 */
@SetSafeTest
@Tag("browser")
class BudgetBrowserTest {

  @LocalServerPort int port;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;
  @Autowired Crew crew;
  @Autowired SafetyBudget budget;

  @Test
  void theUpmCutsTheArmorerOnAPhoneAndTheProducerSeesTheReviewAtTheDesk() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create("Tight Money " + suffix, "UTC"));
    String upm = person("leo.upm." + suffix, "Leo Park", production, CrewRole.UPM);
    String producer = person("grace.producer." + suffix, "Grace Mbeki", production, CrewRole.PRODUCER);
    for (int i = 0; i < 2; i++) {
      int day = i;
      SystemActor.run(() -> {
        ShootingDay d = schedule.scheduleDay(production.id(), schedule.today(production).plusDays(day),
            LocalTime.of(7, 0), "Ranch");
        Scene scene = schedule.addScene(production.id(), "G" + day, "Gunfight", d.id());
        schedule.markHazards(production.id(), scene.id(), Set.of(Hazard.FIREARMS));
      });
    }
    String page = "/productions/" + production.id() + "/budget";

    try (Phone phone = new Phone(port)) {
      phone.signIn(upm, Crew.PASSWORD);
      phone.open("/productions/" + production.id()).follow("Safety budget");
      assertThat(phone.heading()).isEqualTo("Safety budget");
      assertThat(phone.textOf("armorer-gap")).contains("2 firearms days have no budgeted armorer");

      phone.unfold("Armorer days").type("units-ARMORER_DAYS", "2").type("rate-ARMORER_DAYS", "950")
          .type("note-ARMORER_DAYS", "Rosa Delgado, dedicated").press("Save Armorer days");
      assertThat(phone.text()).contains("Armorer days saved.").doesNotContain("no budgeted armorer");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("budget-upm-planned-phone");

      // The cut without a reason comes back on the same page, with the rule in plain words.
      phone.unfold("Armorer days").type("units-ARMORER_DAYS", "1").press("Save Armorer days");
      assertThat(phone.textOf("problem")).contains("below the 2 the schedule needs")
          .contains("needs a written reason");
      phone.type("reason-ARMORER_DAYS", "Day two is rehearsal only, no weapons handled").press("Save Armorer days");
      assertThat(phone.textOf("cut-flagged")).contains("Cut flagged");
      assertThat(phone.textOf("armorer-gap")).contains("1 firearms day has no budgeted armorer");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      phone.screenshot("budget-upm-cut-phone");
    }

    try (Phone desk = new Phone(port)) {
      desk.onADesk().signIn(producer, Crew.PASSWORD);
      desk.open(page);
      assertThat(desk.textOf("cut-flagged")).contains("Cut flagged");
      desk.unfold("Armorer days — 2 versions");
      assertThat(desk.text()).contains("Day two is rehearsal only").contains("Leo Park");
      assertThat(desk.fitsTheScreenWidth()).isTrue();
      desk.screenshot("budget-producer-desktop");
      desk.follow("management review");
      assertThat(desk.heading()).isEqualTo("Management reviews");
      assertThat(desk.textOf("review")).contains("Armorer days cut to 1 day, below the 2 the schedule needs")
          .contains("The safety budget and the cut");
    }

    try (Phone phone = new Phone(port)) {
      phone.signIn(producer, Crew.PASSWORD);
      phone.open(page);
      assertThat(phone.textOf("cut-flagged")).contains("Cut flagged");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
    try (Phone desk = new Phone(port)) {
      desk.onADesk().signIn(upm, Crew.PASSWORD);
      desk.open(page);
      assertThat(desk.textOf("budget-line")).contains("Armorer days");
      assertThat(desk.fitsTheScreenWidth()).isTrue();
      desk.screenshot("budget-upm-desktop");
    }
  }

  /**
   * Every role the budget lets in finds it on a phone by the links of the pages they land on: the producer and the
   * UPM change it and download the report; the safety advisor reads it and the report, with no form to change it;
   * studio safety reaches it from the studio view's budget flags cell and goes on to the review the cut opened. The
   * armorer is offered no link, and the address typed in is refused in words that say who reads the budget.
   */
  @Test
  void everyRoleThatReadsTheBudgetReachesItByItsLinksAndTheArmorerIsRefusedInWords() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String title = "Open Books " + suffix;
    Production production = SystemActor.call(() -> productions.create(title, "UTC"));
    String upm = person("leo.upm." + suffix, "Leo Park", production, CrewRole.UPM);
    String producer = person("grace.producer." + suffix, "Grace Mbeki", production, CrewRole.PRODUCER);
    String safety = person("sam.safety." + suffix, "Samira Haddad", production, CrewRole.SAFETY_ADVISOR);
    String armorer = person("rosa.armorer." + suffix, "Rosa Delgado", production, CrewRole.ARMORER);
    for (int i = 0; i < 2; i++) {
      firearmsDay(production, i);
    }
    // Planned for both days, then cut below them with a reason: a flag studio safety sees in its view.
    crew.as(upm, () -> budget.change(production.id(), new ChangeLine("ARMORER_DAYS", BigDecimal.valueOf(2),
        new BigDecimal("950"), null, null, "USD", "Rosa Delgado", null)));
    crew.as(upm, () -> budget.change(production.id(), new ChangeLine("ARMORER_DAYS", BigDecimal.ONE,
        new BigDecimal("950"), null, null, null, null, "Day two moved to the second unit's armorer")));
    String dashboard = "/productions/" + production.id();

    for (String editor : List.of(producer, upm)) {
      try (Phone phone = new Phone(port)) {
        phone.signIn(editor, Crew.PASSWORD).open(dashboard).follow("Safety budget");
        assertThat(phone.heading()).isEqualTo("Safety budget");
        assertThat(phone.textOf("cut-flagged")).contains("Cut flagged");
        assertThat(phone.text()).contains("Change a line");
        Phone.Download pdf = phone.download("Report (PDF)");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.start()).isEqualTo("%PDF-");
        Phone.Download csv = phone.download("Report (CSV)");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(phone.fitsTheScreenWidth()).isTrue();
        assertThat(phone.tapTargetsTooSmall()).isEmpty();
      }
    }

    try (Phone phone = new Phone(port)) {
      phone.signIn(safety, Crew.PASSWORD).open(dashboard).follow("Safety budget");
      assertThat(phone.heading()).isEqualTo("Safety budget");
      assertThat(phone.textOf("armorer-gap")).contains("1 firearms day has no budgeted armorer");
      // The safety advisor reads it, and a cut is theirs to see, but the money is the UPM's and the producers'.
      assertThat(phone.text()).doesNotContain("Change a line");
      assertThat(phone.offers("Save Armorer days")).isFalse();
      assertThat(phone.download("Report (PDF)").status()).isEqualTo(200);
      phone.unfold("Armorer days — 2 versions");
      assertThat(phone.text()).contains("Day two moved to the second unit's armorer").contains("Leo Park");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.tapTargetsTooSmall()).isEmpty();
      phone.screenshot("budget-safety-advisor-phone");
    }

    try (Phone phone = new Phone(port)) {
      phone.signIn("demo.studio", Crew.PASSWORD);
      phone.follow("Studio view: every production at a glance");
      phone.type("name", title).choose("only", "budget-flags").press("Show");
      assertThat(phone.textOf("studio-table")).contains(title).contains("1 cut flagged");
      phone.followContaining("1 cut flagged");
      assertThat(phone.heading()).isEqualTo("Safety budget");
      assertThat(phone.textOf("cut-flagged")).contains("Cut flagged");
      assertThat(phone.text()).doesNotContain("Change a line");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("budget-studio-safety-phone");
      phone.follow("management review");
      assertThat(phone.heading()).isEqualTo("Management reviews");
      assertThat(phone.textOf("review")).contains("Armorer days cut to 1 day, below the 2 the schedule needs");
    }

    try (Phone phone = new Phone(port)) {
      phone.signIn(armorer, Crew.PASSWORD).open(dashboard);
      assertThat(phone.offers("Safety budget")).isFalse();
      phone.open(dashboard + "/budget");
      assertThat(phone.heading()).isEqualTo("Not allowed");
      assertThat(phone.text()).contains("The safety budget is read by the UPM, producers, the safety advisor, "
          + "studio safety and administrators.").doesNotContain("Armorer days");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.open(dashboard + "/budget/report.pdf");
      assertThat(phone.heading()).isEqualTo("Not allowed");
      phone.screenshot("budget-armorer-refused-phone");
    }
  }

  private void firearmsDay(Production production, int fromToday) {
    SystemActor.run(() -> {
      ShootingDay d = schedule.scheduleDay(production.id(), schedule.today(production).plusDays(fromToday),
          LocalTime.of(7, 0), "Ranch");
      Scene scene = schedule.addScene(production.id(), "G" + fromToday, "Gunfight", d.id());
      schedule.markHazards(production.id(), scene.id(), Set.of(Hazard.FIREARMS));
    });
  }

  private String person(String username, String name, Production production, CrewRole role) {
    SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, username, name, null, null, Crew.PASSWORD));
    SystemActor.run(() -> productions.addMember(production.id(), username, EnumSet.of(role), null));
    return username;
  }
}
