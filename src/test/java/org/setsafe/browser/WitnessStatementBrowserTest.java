package org.setsafe.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Production;
import org.setsafe.production.Productions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After the breakaway window shattered early, on three phones at 390 × 844: the camera operator finds the incident
 * from his production's page and gives his statement, then corrects it (both versions stay); the safety advisor
 * records the actor's statement, after being told plainly what the form still needs; the actor finds it waiting for
 * him and confirms it; and he cannot open the camera operator's.
 */
@SetSafeTest
@Tag("browser")
class WitnessStatementBrowserTest {

  private static final String SAW = "The glass went before the cue, about two seconds early.";

  @LocalServerPort int port;
  @Autowired Crew crew;
  @Autowired MockMvc mvc;
  @Autowired Productions productions;
  @Autowired Accounts accounts;

  @Test
  void theWitnessGivesAndCorrectsHisStatementAndTheActorConfirmsTheOneTheSafetyAdvisorRecorded() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String marcus = "marcus.camera." + suffix;
    String sam = "sam.safety." + suffix;
    String eli = "eli.actor." + suffix;
    String tess = "tess.grip." + suffix;
    Production production = SystemActor.call(() -> {
      Production p = productions.create("Window at Cerro Pelon " + suffix, "America/Denver");
      member(p, marcus, "Marcus Oyelaran", CrewRole.CAMERA, "Camera");
      member(p, sam, "Samira Haddad", CrewRole.SAFETY_ADVISOR, null);
      member(p, eli, "Eli Navarro", CrewRole.PERFORMER, "Cast");
      member(p, tess, "Tess Lindqvist", CrewRole.CREW, "Grip");
      return p;
    });
    String incident = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/productions/{p}/incidents",
            production.id()).header("Authorization", crew.bearer(tess)).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"kind":"NEAR_MISS","severity":"HIGH","where":"Church set","whatHappened":"The breakaway window shattered before its cue"}"""))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    mvc.perform(post("/api/productions/{p}/incidents/{i}/evidence", production.id(), incident)
            .header("Authorization", crew.bearer(tess)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"VIDEO\",\"what\":\"Phone video of the window from the grip truck\","
                + "\"caseNumber\":\"SFSO 2026-11901\"}"))
        .andExpect(status().isCreated());
    String dashboard = "/productions/" + production.id();

    try (Phone phone = new Phone(port)) {
      phone.signIn(marcus, Crew.PASSWORD).open(dashboard).follow("Incidents");
      assertThat(phone.heading()).isEqualTo("Incidents");
      assertThat(phone.textOf("incidents")).contains("Near miss at Church set").contains("opened by Tess Lindqvist");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.follow("Near miss at Church set");
      assertThat(phone.heading()).isEqualTo("Near miss");
      assertThat(phone.textOf("what-happened")).contains("The breakaway window shattered before its cue");
      assertThat(phone.text()).contains("Evidence pinned").contains("On hold");
      assertThat(phone.textOf("physical-evidence")).contains("Phone video of the window from the grip truck")
          .contains("case SFSO 2026-11901").contains("Logged by Tess Lindqvist");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("incident-phone");

      phone.follow("Give your statement");
      assertThat(phone.heading()).isEqualTo("Give your statement");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.type("words", SAW).press("Give my statement");
      assertThat(phone.heading()).isEqualTo("Statement of Marcus Oyelaran");
      assertThat(phone.textOf("standing")).isEqualTo("In the witness's own words");
      assertThat(phone.textOf("version-1")).contains(SAW);

      phone.follow("Correct it");
      assertThat(phone.heading()).isEqualTo("Correct the statement");
      phone.type("words", SAW.replace("two seconds", "a second")).press("Record the correction");
      assertThat(phone.textOf("version-2")).contains("about a second early");
      assertThat(phone.textOf("version-1")).contains("Version 1 (superseded)").contains(SAW);
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("statement-versions-phone");
    }

    String marcusStatement;
    try (Phone phone = new Phone(port)) {
      phone.signIn(sam, Crew.PASSWORD).open(dashboard).follow("Incidents").follow("Near miss at Church set");
      phone.follow("Statements");
      assertThat(phone.textOf("statements")).contains("Marcus Oyelaran").contains("Version 2");
      phone.follow("Marcus Oyelaran");
      marcusStatement = phone.url().replaceFirst("^https?://[^/]+", "");
      phone.follow("← Statements").follow("Record a statement");
      assertThat(phone.heading()).isEqualTo("Record a statement");
      // Neither a crew member chosen nor a name written: said in words, and nothing recorded.
      phone.type("words", "Eli says he was two paces from the window.").press("Record the statement");
      assertThat(phone.textOf("problem")).contains("Choose the witness from the crew, or write the name");
      assertThat(phone.valueOf("words")).isEqualTo("Eli says he was two paces from the window.");
      phone.choose("witness", crew.id(eli).toString()).press("Record the statement");
      assertThat(phone.heading()).isEqualTo("Statement of Eli Navarro");
      assertThat(phone.textOf("standing")).isEqualTo("Recorded by Samira Haddad, not yet confirmed by the witness");
      assertThat(phone.fitsTheScreenWidth()).isTrue();
      phone.screenshot("statement-recorded-phone");
    }

    try (Phone phone = new Phone(port)) {
      phone.signIn(eli, Crew.PASSWORD).open(dashboard).follow("Incidents").follow("Near miss at Church set");
      assertThat(phone.textOf("statements-card")).contains("It is waiting for you to confirm it");
      phone.follow("Your statement");
      assertThat(phone.textOf("confirm")).contains("Samira Haddad wrote this down for you");
      phone.screenshot("statement-confirm-phone");
      phone.press("Confirm");
      assertThat(phone.textOf("standing")).isEqualTo("Recorded by Samira Haddad, confirmed by the witness");
      assertThat(phone.offers("Confirm")).isFalse();
      // Another witness's words are not his to read.
      phone.open(marcusStatement);
      assertThat(phone.heading()).isEqualTo("Not allowed");
      assertThat(phone.text()).doesNotContain("two seconds");
    }
  }

  private void member(Production production, String username, String name, CrewRole role, String department) {
    accounts.createWithPassword(SystemActor.ID, username, name, null, null, Crew.PASSWORD);
    productions.addMember(production.id(), username, Set.of(role), department);
  }
}
