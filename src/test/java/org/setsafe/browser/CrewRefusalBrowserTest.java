package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Armory.WeaponDetails;
import org.setsafe.custody.Custody;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal outside custody leads to the fix as custody's do: the UPM, on the crew page of a phone, makes the
 * armorer UPM too while a revolver is out; the page says in words that the armorer has no other duties, who may
 * allow it, and one tap opens the page where a producer writes why.
 */
@SetSafeTest
@Tag("browser")
class CrewRefusalBrowserTest {

  private static final Map<String, CrewRole> ROLES = Map.of("rosa.armorer", CrewRole.ARMORER, "leo.upm",
      CrewRole.UPM);

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Armory armory;
  @Autowired Custody custody;

  @Test
  void theCrewPageSaysWhoAllowsTheArmorersSecondRoleAndLeadsThere() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    Production production = SystemActor.call(() -> productions.create("Second unit " + suffix, "Etc/GMT"));
    ROLES.forEach((username, role) -> {
      accounts.createWithPassword(SystemActor.ID, username + "." + suffix, username, null, null, Crew.PASSWORD);
      SystemActor.run(() -> productions.addMember(production.id(), username + "." + suffix, EnumSet.of(role),
          null));
    });
    String armorer = "rosa.armorer." + suffix;
    crew.holdsArmorerPermit(armorer);
    UUID weapon = crew.as(armorer, () -> armory.registerWeapon(production.id(), new WeaponDetails(WeaponKind.FIREARM,
        "C" + suffix, "Colt", "Single Action Army", FirearmType.REVOLVER, ".45 Colt", "Gunslinger Rentals",
        "9-85-049-01", "Good", null))).weapon().id();
    crew.as(armorer, () -> custody.receive(production.id(), weapon, "Gunslinger Rentals", null));

    try (Phone leo = new Phone(port)) {
      leo.signIn("leo.upm." + suffix, Crew.PASSWORD)
          .open("/productions/" + production.id() + "/crew/" + crew.id(armorer));
      leo.tick("UPM").press("Save");
      String refusal = leo.textOf("refusal");
      assertThat(refusal).contains("Refused: The armorer has no other duties.")
          .contains("Only a producer may record why a second role is allowed that day.")
          .contains("This refusal is on record.").doesNotContain("custody.");
      assertThat(leo.textOf("refusal-fix-link")).isEqualTo("Second roles");
      assertThat(leo.fitsTheScreenWidth()).isTrue();
      leo.screenshot("crew-refused-second-role-phone");
      leo.follow("Second roles");
      assertThat(leo.heading()).isEqualTo("Second roles");
    }
  }
}
