package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.TestClock;
import org.setsafe.briefing.GapWords;
import org.setsafe.briefing.ReadinessCheck;
import org.setsafe.identity.Accounts;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Productions;
import org.setsafe.production.Scene;
import org.setsafe.production.Schedule;
import org.setsafe.production.ShootingDay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The people who check the armorer hold nothing else on a firearms day (California Labor Code §9152; on "Rust" the
 * 1st AD was also the safety coordinator): a 1st AD made safety advisor while a revolver is out is refused, a
 * safety advisor who also runs camera holds every firearm back and shows in the pre-production check, and a
 * producer's written override for that person, role and day lets each go ahead. Every refusal is in the ledger.
 */
@SetSafeTest
class SafetyRolesApartTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);
  private static final String RULE = "custody.safety-roles-apart";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired TestClock clock;
  @Autowired Ledger ledger;
  @Autowired List<ReadinessCheck> checks;

  private FreshProduction set;

  @Test
  void theFirstAdIsNotMadeSafetyAdvisorWhileARevolverIsOutUnlessAProducerWroteWhy() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Coordinator");
    ShootingDay day = set.today(null, null);
    Scene scene = set.scene(day, Set.of(crew.id(set.who("eli.actor"))), null);
    String revolver = readied("eli.actor", scene);
    issue(revolver, "eli.actor", scene).andExpect(status().isOk());

    String body = changeRoles("dana.ad", "[\"FIRST_AD\",\"SAFETY_ADVISOR\"]").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value(RULE)).andExpect(jsonPath("$.errors[0].field").value("roles"))
        .andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.reason")).contains("Dana Whitcombe")
        .contains("safety advisor and also 1st AD").contains("§9152");
    assertThat(inLedger(JsonPath.read(body, "$.refusalId"), "custody.refused").leaf()).contains("ASSIGN_SECOND_ROLE");
    assertThat(rolesOf("dana.ad")).containsExactly("FIRST_AD");

    // The 1st AD made armorer too: the armorer's own rule answers first, as it always has.
    changeRoles("dana.ad", "[\"FIRST_AD\",\"ARMORER\"]").andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value("custody.armorer-has-no-other-duties"));

    override("dana.ad", "FIRST_AD", "Second unit has no firearms; Samira covers first unit all day.")
        .andExpect(status().isCreated());
    changeRoles("dana.ad", "[\"FIRST_AD\",\"SAFETY_ADVISOR\"]").andExpect(status().isOk());
  }

  @Test
  void aSafetyAdvisorWhoAlsoRunsCameraHoldsTheFirearmsBackAndShowsInThePreProductionCheck() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Two hats");
    ShootingDay day = set.today(null, null);
    Scene scene = set.scene(day, Set.of(crew.id(set.who("eli.actor"))), null);
    // Nothing is out yet, so the role change itself goes through; the firearms day is what it endangers.
    changeRoles("sam.safety", "[\"SAFETY_ADVISOR\",\"CAMERA\"]").andExpect(status().isOk());

    String revolver = readied("eli.actor", scene);
    String body = issue(revolver, "eli.actor", scene).andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value(RULE)).andReturn().getResponse().getContentAsString();
    assertThat((String) JsonPath.read(body, "$.reason")).contains("Samira Haddad")
        .contains("safety advisor and also Camera crew").contains("stays with the armorer");
    inLedger(JsonPath.read(body, "$.refusalId"), "custody.refused");

    String check = mvc.perform(get("/api/productions/" + set.id() + "/pre-production")
            .header("Authorization", crew.bearer(set.who("grace.producer"))))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    List<String> gaps = JsonPath.read(check, "$.gaps[?(@.area == 'Roles')].missing");
    assertThat(gaps).singleElement().asString().contains("Samira Haddad").contains("safety advisor and also Camera crew")
        .contains(set.today().toString());
    assertThat(GapWords.saidAsWritten(checks, set.id(), "Roles")).singleElement()
        .satisfies(gap -> assertThat(gap.missing()).isEqualTo(gaps.get(0)));

    // The producer writes why, for today: the issue goes through and the gap closes.
    override("sam.safety", "CAMERA", "Small second camera on a locked-off plate; Tess covers the line of fire.")
        .andExpect(status().isCreated());
    issue(revolver, "eli.actor", scene).andExpect(status().isOk());
    String after = mvc.perform(get("/api/productions/" + set.id() + "/pre-production")
            .header("Authorization", crew.bearer(set.who("grace.producer"))))
        .andReturn().getResponse().getContentAsString();
    assertThat((List<String>) JsonPath.read(after, "$.gaps[?(@.area == 'Roles')]")).isEmpty();
  }

  @Test
  void onlyAProducerOverridesAndOnlyForTheArmorerSafetyAdvisorOr1stAd() throws Exception {
    set = FreshProduction.onSet(crew, accounts, productions, schedule, clock.instant(), "Who may");
    String refused = sendAs("leo.upm", custody() + "/second-roles", overrideBody("sam.safety", "CAMERA", "UPM says so"))
        .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
    inLedger(JsonPath.read(refused, "$.refusalId"), "custody.refused");
    override("tess.grip", "CAMERA", "Not a safety role").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("armorerId"));
    override("sam.safety", "SAFETY_ADVISOR", "Circular").andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("secondRole"));

    // On the page, the producer finds the safety advisor and the 1st AD beside the armorer, and records one.
    String page = "/productions/" + set.id() + "/custody/second-roles";
    String form = mvc.perform(get(page).with(crew.signedIn(set.who("grace.producer")))).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    assertThat(form).contains("Record an override").contains("Samira Haddad").contains("Dana Whitcombe")
        .contains("Rosa Delgado").doesNotContain("Tess Lindqvist");
    mvc.perform(post(page).param("armorer", crew.id(set.who("dana.ad")).toString()).param("secondRole", "FIRST_AD")
            .param("day", set.today().toString()).param("reason", "Dana covers as safety advisor while Samira is at the hospital.")
            .with(crew.signedIn(set.who("grace.producer"))).with(csrf()))
        .andExpect(status().is3xxRedirection());
    assertThat(mvc.perform(get(page).with(crew.signedIn(set.who("grace.producer")))).andReturn().getResponse()
        .getContentAsString()).contains("while Samira is at the hospital");
  }

  /** A revolver received, inspected, shown clear to the performer and the 1st AD, its scene through the gates. */
  private String readied(String performer, Scene scene) throws Exception {
    String created = sendAs("rosa.armorer", custody() + "/weapons", """
        {"kind":"FIREARM","serial":"SA-%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String weapon = JsonPath.read(created, "$.weapon.id");
    String url = custody() + "/weapons/" + weapon;
    sendAs("rosa.armorer", url + "/receive", "{\"receivedFrom\":\"Gunslinger Rentals\"}").andExpect(status().isOk());
    sendAs("rosa.armorer", url + "/inspect", "{\"finding\":\"Bore clear\"}").andExpect(status().isOk());
    sendAs("rosa.armorer", url + "/show-clear", "{\"witnesses\":[\"" + crew.id(set.who(performer)) + "\",\""
        + crew.id(set.who("dana.ad")) + "\"]}").andExpect(status().isOk());
    for (String witness : List.of(performer, "dana.ad")) {
      sendAs(witness, url + "/show-clear/confirm", "").andExpect(status().isOk());
    }
    crew.readyToShoot(set.id(), scene.id(), UUID.fromString(weapon), crew.id(set.who(performer)));
    return weapon;
  }

  private ResultActions issue(String weapon, String performer, Scene scene) throws Exception {
    return sendAs("rosa.armorer", custody() + "/weapons/" + weapon + "/issue",
        "{\"performerId\":\"" + crew.id(set.who(performer)) + "\",\"sceneId\":\"" + scene.id() + "\"}");
  }

  private ResultActions override(String person, String secondRole, String reason) throws Exception {
    return sendAs("grace.producer", custody() + "/second-roles", overrideBody(person, secondRole, reason));
  }

  private String overrideBody(String person, String secondRole, String reason) {
    return "{\"armorerId\":\"" + crew.id(set.who(person)) + "\",\"secondRole\":\"" + secondRole + "\",\"reason\":\""
        + reason + "\"}";
  }

  private ResultActions changeRoles(String member, String roles) throws Exception {
    return mvc.perform(put("/api/productions/" + set.id() + "/members/" + crew.id(set.who(member)))
        .header("Authorization", crew.bearer(set.who("leo.upm"))).contentType(MediaType.APPLICATION_JSON)
        .content("{\"roles\":" + roles + ",\"department\":\"\"}"));
  }

  private List<String> rolesOf(String member) throws Exception {
    String crewNow = mvc.perform(get("/api/productions/" + set.id() + "/members")
        .header("Authorization", crew.bearer(set.who("leo.upm")))).andReturn().getResponse().getContentAsString();
    List<List<String>> roles = JsonPath.read(crewNow, "$[?(@.username == '" + set.who(member) + "')].roles");
    return roles.get(0);
  }

  private String custody() {
    return "/api/productions/" + set.id() + "/custody";
  }

  private ResultActions sendAs(String who, String url, String json) throws Exception {
    return mvc.perform(post(url).header("Authorization", crew.bearer(set.who(who))).contentType(MediaType.APPLICATION_JSON)
        .content(json));
  }

  private LedgerEntry inLedger(String factId, String kind) {
    UUID id = UUID.fromString(factId);
    LedgerEntry entry = await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(id).orElse(null), e -> e != null);
    assertThat(entry.kind()).isEqualTo(kind);
    return entry;
  }
}
