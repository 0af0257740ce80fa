package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.onboarding.Invitations;
import org.setsafe.onboarding.domain.CrewDetail;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone: a day player opens the printed invitation's link, chooses a password, signs in and is on the
 * production; a UPM pastes the office's crew list, reads every bad row in the preview, fixes the list and imports.
 */
@SetSafeTest
@Tag("browser")
class JoiningTheCrewBrowserTest {

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Invitations invitations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aDayPlayerFollowsAPrintedInvitationChoosesAPasswordAndLandsOnTheProduction() throws Exception {
    UUID p = production();
    String link = crew.as("upm-" + run, () -> invitations.invite(p, new Invitations.Offer(null, "Dolores Vega",
        Set.of(CrewRole.PERFORMER), "Cast", CrewDetail.NONE))).link();
    try (Phone phone = new Phone(port)) {
      phone.open(link);
      assertThat(phone.heading()).isEqualTo("Join Red Mesa " + run);
      assertThat(phone.textOf("offer")).contains("Dolores Vega").contains("Performer");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("invitation-accept-phone");
      phone.type("username", "dolores-" + run).type("password", "tumbleweed at noon")
          .type("repeatPassword", "tumbleweed at noon").press("Join the crew");
      phone.signIn("dolores-" + run, "tumbleweed at noon");
      assertThat(phone.heading()).isEqualTo("Red Mesa " + run);

      phone.open(link);
      assertThat(phone.text()).contains("This invitation was already used.");
    }
  }

  @Test
  void aUpmSeesEveryBadRowOfTheCrewListOnHerPhoneFixesThemAndImports() throws Exception {
    UUID p = production();
    String headings = "Name,Email,Phone,Department,Position,Role,Start date,End date\n";
    String bad = headings
        + "Ana Ruiz,ana." + run + "@crew.example,+1 505 555 0101,Grip,Key grip,Crew,2027-03-01,2027-06-30\n"
        + "Ben Ota,ben." + run + "@crew.example,,Electric,Gaffer,Gaffer Supreme,2027-03-01,2027-06-30\n"
        + "Cy Dunn,ana." + run + "@crew.example,,Camera,Loader,Camera crew,2027-03-01,2027-06-30\n"
        + "Di Moss,di." + run + "@crew.example,,Props,Props assistant,Crew,31/31/2027,2027-06-30\n";
    String fixed = bad.replace("Gaffer Supreme", "Crew").replace("Cy Dunn,ana.", "Cy Dunn,cy.")
        .replace("31/31/2027", "2027-03-03");
    try (Phone phone = new Phone(port)) {
      phone.signIn("upm-" + run, Crew.PASSWORD);
      phone.open("/productions/" + p + "/crew").follow("Import a crew list (CSV)");
      phone.type("csv", bad).press("Preview");
      assertThat(phone.heading()).isEqualTo("Crew list preview");
      assertThat(phone.textOf("import-problems")).contains("Row 3 — Ben Ota").contains("'Gaffer Supreme' is not a role")
          .contains("Row 2 — Ana Ruiz").contains("Row 4 — Cy Dunn").contains("appears more than once")
          .contains("Row 5 — Di Moss").contains("'31/31/2027' is not a date");
      assertThat(phone.text()).doesNotContain("Import and send");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("crew-import-preview-phone");

      phone.follow("← Another file").type("csv", fixed).press("Preview");
      assertThat(phone.textOf("import-summary")).contains("4 rows: 4 to invite");
      phone.press("Import and send 4 invitations");
      assertThat(phone.heading()).isEqualTo("Invitations");
      assertThat(phone.text()).contains("Crew list imported: 4 invited, 0 changed, 0 unchanged.");
      assertThat(phone.textOf("invitations")).contains("Ana Ruiz").contains("Di Moss");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
    }
  }

  private UUID production() {
    String upm = "upm-" + run;
    return SystemActor.call(() -> {
      UUID id = productions.create("Red Mesa " + run, "America/Denver").id();
      accounts.createWithPassword(SystemActor.ID, upm, "Uma Price", null, null, Crew.PASSWORD);
      productions.addMember(id, upm, Set.of(CrewRole.UPM), null);
      return id;
    });
  }
}
