package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
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
 */
@SetSafeTest
@Tag("browser")
class BudgetBrowserTest {

  @LocalServerPort int port;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Accounts accounts;

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

  private String person(String username, String name, Production production, CrewRole role) {
    SystemActor.run(() -> accounts.createWithPassword(SystemActor.ID, username, name, null, null, Crew.PASSWORD));
    SystemActor.run(() -> productions.addMember(production.id(), username, EnumSet.of(role), null));
    return username;
  }
}
