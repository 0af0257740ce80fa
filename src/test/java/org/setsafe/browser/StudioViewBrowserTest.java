package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Studio safety and an administrator open the studio's view from where they land, on a phone and on a desk: every
 * production, sorted by what they ask, each cell a way into the production (a production's pre-production gaps into
 * its check), and the trends drawn as pictures.
 */
@SetSafeTest
@Tag("browser")
class StudioViewBrowserTest {

  @LocalServerPort int port;

  @Test
  void studioSafetySortsEveryProductionOnAPhoneAndOpensOne() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("demo.studio", Crew.PASSWORD);
      phone.follow("Studio view: every production at a glance");
      assertThat(phone.heading()).isEqualTo("Every production");
      // On a phone each production is a card; the headings are read out to screen readers, not shown.
      assertThat(phone.textOf("studio-table")).contains(Crew.WESTERN).contains("Shooting today");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      assertThat(phone.fitsANarrowPhone()).isTrue();
      phone.screenshot("studio-view-phone");

      phone.choose("sort", "name").choose("direction", "asc").press("Show");
      assertThat(phone.url()).contains("sort=name");
      assertThat(phone.textOf("studio-table")).contains(Crew.WESTERN).contains(Crew.DRAMA);

      phone.follow("Trends over the weeks");
      assertThat(phone.heading()).isEqualTo("Trends over the weeks");
      assertThat(phone.textOf("trend-reports-per-100-crew-days")).contains("Reports per 100 crew-days");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("studio-trends-phone");

      phone.follow("Every production");
      phone.follow(Crew.WESTERN);
      assertThat(phone.heading()).contains(Crew.WESTERN);
    }
  }

  @Test
  void anAdministratorReadsTheTableOnADesk() throws Exception {
    try (Phone desk = new Phone(port)) {
      desk.onADesk();
      desk.signIn("demo.admin", Crew.PASSWORD);
      desk.follow("Studio");
      assertThat(desk.heading()).isEqualTo("Every production");
      assertThat(desk.textOf("studio-table")).contains(Crew.WESTERN).contains("Weapons out now")
          .contains("Stop-work in force");
      assertThat(desk.fitsTheScreenWidth()).isTrue();
      desk.screenshot("studio-view-desk");
      desk.follow("Trends over the weeks");
      assertThat(desk.text()).contains("Misfires and accidental discharges");
      desk.screenshot("studio-trends-desk");
    }
  }

  @Test
  void studioSafetyReadsTheTableOnADeskAndAnAdministratorOnAPhone() throws Exception {
    try (Phone desk = new Phone(port)) {
      desk.onADesk();
      desk.signIn("demo.studio", Crew.PASSWORD);
      desk.open("/studio?sort=open-reports");
      assertThat(desk.heading()).isEqualTo("Every production");
      assertThat(desk.fitsTheScreenWidth()).isTrue();
    }
    try (Phone phone = new Phone(port)) {
      phone.signIn("demo.admin", Crew.PASSWORD);
      phone.open("/studio");
      assertThat(phone.heading()).isEqualTo("Every production");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
  }

  @Test
  void studioSafetyReadsAProductionsPreProductionGapsAndOpensItsCheckFromTheCell() throws Exception {
    try (Phone phone = new Phone(port)) {
      phone.signIn("demo.studio", Crew.PASSWORD);
      phone.follow("Studio view: every production at a glance");
      phone.follow(Crew.WESTERN);
      // Opening a production's check counts its gaps at once; the sweep counts the others in the background.
      phone.open(phone.url().replaceFirst("^https?://[^/]+", "").replaceFirst("/$", "") + "/pre-production");
      assertThat(phone.heading()).isEqualTo("Pre-production check");
      phone.open("/studio");
      assertThat(phone.textOf("studio-table")).contains("(counted just now)");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.followContaining("(counted just now)");
      assertThat(phone.heading()).isEqualTo("Pre-production check");
      assertThat(phone.url()).endsWith("/pre-production");
    }
  }
}
