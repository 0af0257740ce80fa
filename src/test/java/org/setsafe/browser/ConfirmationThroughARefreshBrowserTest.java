package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.production.Production;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The witness's confirmations page asks every few seconds whether anything changed and reloads itself when it did.
 * Here that reload comes at the worst moment: the 1st AD taps "I saw it clear", the confirmation is recorded and
 * the page it leads to is on its way, when the page's check for changes answers "changed" and the page reloads,
 * so the page the confirmation led to is never shown. The reloaded page must still tell her what she confirmed.
 * The order is made, not waited for: a line between her phone and SetSafe holds the check for changes until her
 * confirmation has been answered, and holds that answer until the reload has been asked for.
 */
@SetSafeTest
@Tag("browser")
@Disabled("does not yet make the race: with the confirmation's page held, the check's HX-Refresh answer did not make"
    + " Chromium ask for the page again (no reload reached the line), so the order it means to force is not proven")
class ConfirmationThroughARefreshBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Armory armory;
  @Autowired Custody custody;
  @Autowired CustodyBoards boards;

  @Test
  void aWitnessWhosePageReloadsAsSheConfirmsStillReadsThatSheConfirmed() throws Exception {
    Production western = crew.production(Crew.WESTERN);
    String serial = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String label = "Colt Single Action Army #" + serial;
    UUID weapon = crew.as("rosa.armorer", () -> armory.registerWeapon(western.id(), new WeaponDetails(
        WeaponKind.FIREARM, serial, "Colt", "Single Action Army", FirearmType.REVOLVER, ".45 Colt",
        "Gunslinger Rentals", "9-85-049-01", "Good", null))).weapon().id();
    crew.as("rosa.armorer", () -> custody.receive(western.id(), weapon, "Gunslinger Rentals", null));
    crew.as("rosa.armorer", () -> custody.inspect(western.id(), weapon, "Bore clear, cylinder empty"));
    crew.as("rosa.armorer", () -> custody.showClear(western.id(), weapon, Set.of(crew.id("eli.actor"),
        crew.id("dana.ad"), crew.id("marcus.camera"))));
    String confirmations = "/productions/" + western.id() + "/custody/confirmations";

    try (HeldLine line = new HeldLine(port); Phone dana = new Phone(line.port())) {
      dana.signIn("dana.ad", Crew.PASSWORD).open(confirmations);
      assertThat(dana.text()).contains(label);
      // Her page's next check for changes is held on the way, asked only once she has confirmed: it answers "changed".
      HeldLine.Hold check = line.holdNext("GET", confirmations + "/changes", false).arrived();
      // The page her confirmation leads to: SetSafe makes it at once, her phone does not get it yet.
      HeldLine.Hold confirmed = line.holdNext("GET", confirmations, true);
      dana.tapWithoutWaiting(label, "I saw it clear");
      confirmed.arrived();
      assertThat(crew.as("rosa.armorer", () -> boards.weapon(western.id(), weapon)).showClear().confirmedBy())
          .as("her confirmation is recorded").contains(crew.id("dana.ad"));
      // The check answers "changed"; the page reloads itself, and the page her confirmation led to comes too late.
      HeldLine.Hold reload = line.holdNext("GET", confirmations, false);
      check.letGo();
      reload.arrived().letGo();
      confirmed.letGo();

      // The page her phone ends on (the reload), read once it has loaded.
      String page = dana.text();
      assertThat(page).as("what she confirmed, on the page she ends on").contains("Confirmed: you saw");
      assertThat(dana.textOf("answered")).contains("Confirmed: you saw " + label + " shown clear by Rosa Delgado");
    }
  }
}
