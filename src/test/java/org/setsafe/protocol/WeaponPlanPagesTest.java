package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.Armory;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The weapon plan on the phone: the armorer records it, both sign it, everyone reads it, a move lapses it. */
@SetSafeTest
class WeaponPlanPagesTest {

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired WeaponPlans plans;

  PlanSet set;
  String page;

  @BeforeEach
  void production() {
    set = PlanSet.create(crew, accounts, productions, schedule, armory, "Plan pages");
    page = "/productions/" + set.id() + "/protocol/scenes/" + set.scene.id() + "/plan";
  }

  @Test
  void theArmorerRecordsThePlanOnThePhoneAndBothSignItThere() throws Exception {
    assertThat(read("rosa.armorer", page + "/edit")).contains("Record this version").contains(set.coltLabel())
        .contains("Eli Navarro");
    mvc.perform(edit("rosa.armorer", "The cylinder turns in close-up.", "yes", "Marcus at the camera"))
        .andExpect(status().is3xxRedirection());

    String awaiting = read("rosa.armorer", page);
    assertThat(awaiting).contains("Awaiting sign-off").contains("Sign as armorer")
        .contains("pointed toward Marcus at the camera").contains("a real firearm because The cylinder turns")
        .doesNotContain("Sign as safety advisor");
    sign("rosa.armorer", "ARMORER");
    sign("sam.safety", "SAFETY_ADVISOR");
    assertThat(read("eli.actor", page)).contains("Approved").doesNotContain("Sign as").doesNotContain("Draft the plan")
        .contains("Version 1 is signed by the armorer and the safety advisor for " + set.today.date() + " at Stage 4.");
    // A performer reading Spanish is told who signed, and later why it no longer holds, in Spanish.
    assertThat(readInSpanish("eli.actor", page)).contains("La versión 1 está firmada por el armero y el asesor de"
        + " seguridad para " + set.today.date() + " en Stage 4.");

    SystemActor.call(() -> schedule.scheduleScene(set.id(), set.scene.id(), set.tomorrow.id()));
    assertThat(read("eli.actor", page)).contains("Sign-offs lapsed")
        .contains("Lapsed: scene 12A moved from " + set.today.date() + " at Stage 4 to " + set.tomorrow.date()
            + " at Backlot");
    assertThat(readInSpanish("eli.actor", page)).contains("Las firmas vencieron: la escena 12A pasó de "
        + set.today.date() + " en Stage 4 a " + set.tomorrow.date() + " en Backlot después de la firma del armero");
  }

  @Test
  void aSpanishReaderIsToldWhereTheSceneShootsAndWhySignOffsLapsedInSpanish() throws Exception {
    mvc.perform(edit("rosa.armorer", "The cylinder turns in close-up.", "no", "")).andExpect(status().is3xxRedirection());
    sign("rosa.armorer", "ARMORER");
    sign("sam.safety", "SAFETY_ADVISOR");
    String today = set.today.date().toString();
    String tomorrow = set.tomorrow.date().toString();
    assertThat(read("eli.actor", page)).contains("<span>" + today + " at Stage 4</span>");
    assertThat(readInSpanish("eli.actor", page)).contains("<span>" + today + " en Stage 4</span>")
        .doesNotContain(today + " at Stage 4");

    // Moved to tomorrow, the armorer signs again: her first sign-off is superseded, the advisor's lapsed by the move.
    SystemActor.call(() -> schedule.scheduleScene(set.id(), set.scene.id(), set.tomorrow.id()));
    sign("rosa.armorer", "ARMORER");
    assertThat(read("eli.actor", page)).contains("Lapsed: signed again since")
        .contains("Lapsed: scene 12A moved from " + today + " at Stage 4 to " + tomorrow + " at Backlot");
    assertThat(readInSpanish("eli.actor", page)).contains("Vencida: se firmó otra vez después")
        .contains("Vencida: la escena 12A pasó de " + today + " en Stage 4 a " + tomorrow + " en Backlot")
        .doesNotContain("signed again since").doesNotContain("moved from").doesNotContain(" at Backlot");
    ScenePlan plan = SystemActor.call(() -> plans.plan(set.id(), set.scene.id()));
    saidAsWritten(plan.placementWords(), plan.placement());
    // The API answers the English, whoever asks, and not the words.
    String api = mvc.perform(get("/api/productions/" + set.id() + "/protocol/scenes/" + set.scene.id()
            + "/weapon-plan").header("Authorization", crew.bearer(set.who("eli.actor")))
            .header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(api).contains("\"placement\":\"" + tomorrow + " at Backlot\"").contains("moved from")
        .doesNotContain("placementWords").doesNotContain("lapseWords");
    assertThat(plan.current().signOffs().stream().filter(s -> !s.counts())).hasSize(2)
        .allSatisfy(s -> saidAsWritten(s.lapseWords(), s.lapse()));

    SystemActor.call(() -> schedule.scheduleScene(set.id(), set.scene.id(), null));
    assertThat(read("eli.actor", page)).contains("<span>no shooting day</span>");
    assertThat(readInSpanish("eli.actor", page)).contains("<span>sin día de rodaje</span>")
        .doesNotContain("no shooting day");
    ScenePlan unscheduled = SystemActor.call(() -> plans.plan(set.id(), set.scene.id()));
    saidAsWritten(unscheduled.placementWords(), unscheduled.placement());
  }

  @Test
  void aRefusedPlanComesBackWithItsRuleAndWhatWasTyped() throws Exception {
    String refused = mvc.perform(edit("rosa.armorer", "", "no", "")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(refused).contains("needs a written reason").doesNotContain("protocol.replica-unless-discharge")
        .doesNotContain("lines[0].replicaReason");
    assertThat(read("rosa.armorer", page)).contains("No weapon plan");
  }

  @Test
  void aPerformerCannotSignAndTheScenePageLinksToThePlan() throws Exception {
    mvc.perform(edit("rosa.armorer", "The cylinder turns in close-up.", "no", "")).andExpect(status().is3xxRedirection());
    mvc.perform(post(page + "/sign").with(crew.signedIn(set.who("eli.actor"))).with(csrf())
        .param("version", "1").param("capacity", "SAFETY_ADVISOR")).andExpect(status().isForbidden());
    mvc.perform(get(page + "/edit").with(crew.signedIn(set.who("eli.actor")))).andExpect(status().isForbidden());

    assertThat(read("dana.ad", "/productions/" + set.id() + "/schedule/scenes/" + set.scene.id()))
        .contains("/protocol/scenes/" + set.scene.id() + "/plan");
    mvc.perform(post(page + "/rehearsal").with(crew.signedIn(set.who("dana.ad"))).with(csrf()).param("note", "Walk it"))
        .andExpect(status().is3xxRedirection());
    assertThat(read("rosa.armorer", page)).contains("Unplanned rehearsal with weapons called").contains("Clear it as armorer");
  }

  @Test
  void oneSignatureInBothCapacitiesIsRefusedInWordsAndSaysWhoseSignatureIsMissing() throws Exception {
    // Hank is property master and, this week, safety advisor too: he may sign in either capacity, not in both.
    SystemActor.run(() -> productions.changeMember(set.id(), set.person("hank.props"),
        java.util.EnumSet.of(org.setsafe.production.CrewRole.PROPERTY_MASTER,
            org.setsafe.production.CrewRole.SAFETY_ADVISOR), null));
    crew.holdsArmorerPermit(set.who("hank.props"));
    mvc.perform(edit("rosa.armorer", "The cylinder turns in close-up.", "no", "")).andExpect(status().is3xxRedirection());
    sign("hank.props", "ARMORER");

    var refused = mvc.perform(post(page + "/sign").with(crew.signedIn(set.who("hank.props"))).with(csrf())
        .param("version", "1").param("capacity", "SAFETY_ADVISOR")).andExpect(status().is3xxRedirection()).andReturn();
    String shown = mvc.perform(get(page).flashAttrs(refused.getFlashMap()).with(crew.signedIn(set.who("hank.props"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(shown).contains("data-testid=\"refusal\"").contains("Refused: Two people sign a weapon plan.")
        .contains("You signed version 1 as ")
        .contains("The other sign-off of the weapon plan for scene 12A is another person&#39;s")
        .contains("data-testid=\"refusal-fix-link\" href=\"" + page + "\"").contains("This refusal is on record.")
        .doesNotContain("protocol.two-people-sign");
  }

  private MockHttpServletRequestBuilder edit(String who, String reason, String pointed, String toward) {
    return post(page + "/edit").with(crew.signedIn(set.who(who))).with(csrf())
        .param("discharge", "no").param("load", "").param("direction", "")
        .param("weapon", set.colt.toString(), "").param("performer", set.person("eli.actor").toString(), "")
        .param("pointed", pointed, "no").param("toward", toward, "").param("reason", reason, "")
        .param("firePerson", "").param("fireThing", "").param("fireProtection", "").param("fireDistance", "")
        .param("changeNote", "");
  }

  private void sign(String who, String capacity) throws Exception {
    mvc.perform(post(page + "/sign").with(crew.signedIn(set.who(who))).with(csrf()).param("version", "1")
        .param("capacity", capacity)).andExpect(status().is3xxRedirection());
  }

  private String readInSpanish(String who, String path) throws Exception {
    return mvc.perform(get(path).with(crew.signedIn(set.who(who))).header("Accept-Language", "es-MX,es;q=0.9"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private String read(String who, String path) throws Exception {
    return mvc.perform(get(path).with(crew.signedIn(set.who(who)))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
  }
}
