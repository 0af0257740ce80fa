package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.RiskAssessment.Standing;
import org.setsafe.protocol.RiskAssessmentCommand.DraftAssessment;
import org.setsafe.protocol.RiskAssessmentCommand.SignAssessment;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.RiskApproval;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Scene 12A, where Cole fires a blank toward the altar, told from the safety advisor's laptop and the armorer's
 * phone: the revolver is refused until the production's general assessment and the scene's own are signed by
 * everyone they call for; editing the assessment, moving the scene or marking a new hazard on it lapses the
 * approval; every refusal is on record.
 */
@SetSafeTest
class RiskAssessmentGateTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);
  private static final String RULE = "protocol.risk-assessment";

  @Autowired MockMvc mvc;
  @Autowired Crew crew;
  @Autowired Ledger ledger;
  @Autowired Productions productions;
  @Autowired Accounts accounts;
  @Autowired Schedule schedule;
  @Autowired RiskAssessments assessments;
  @Autowired RiskDrafting drafting;
  @Autowired RiskSignOffs signOffs;

  private RiskProduction own;

  @BeforeEach
  void callTime() {
    own = RiskProduction.create(crew, productions, accounts, schedule, "Altar Call");
  }

  @Test
  void theRevolverIsRefusedUntilBothAssessmentsAreSignedByEveryoneTheyCallFor() throws Exception {
    String revolver = registerRevolver();

    // No assessment at all: the general one is asked for first, and the refusal is on record.
    assertThat(issueRefused(revolver)).contains("no general risk assessment");

    // Sam drafts the general assessment; Sam and Dana (for the general hazards) sign it.
    draft(null, List.of(RiskAssessmentsReady.entry(RiskCategory.GENERAL)), null);
    sign("sam.safety", null, 1, SignOffDuty.SAFETY_ADVISOR);
    sign("dana.ad", null, 1, SignOffDuty.FIRST_AD);
    assertThat(issueRefused(revolver)).isEqualTo("Scene 12A has no risk assessment (California Labor Code §9152).");

    // The scene's assessment, signed by Sam but not yet by the armorer.
    draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS))), null);
    sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR);
    assertThat(issueRefused(revolver)).contains("awaiting the sign-off of the armorer or property master");

    // Rosa signs as armorer: the revolver goes to Eli.
    sign("rosa.armorer", own.sceneId(), 1, SignOffDuty.FIREARMS);
    showClear(revolver);
    crew.readyToShoot(own.id(), own.sceneId(), UUID.fromString(revolver), crew.id(own.user("eli.actor")));
    post("rosa.armorer", "weapons/" + revolver + "/issue", issueBody()).andExpect(status().isOk())
        .andExpect(jsonPath("$.weapon.state").value("ISSUED"));
  }

  @Test
  void aHighResidualRiskAwaitsTheProducer() {
    approveGeneral();
    HazardEntry closeToCamera = new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Blank fired toward the lens at 6 m.", 3, 5,
        List.of(new Control(ControlLevel.ENGINEERING, "Lexan shield in front of the operator.")), 3, 5);
    draft(own.sceneId(), List.of(closeToCamera), null);
    sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR);
    sign("rosa.armorer", own.sceneId(), 1, SignOffDuty.FIREARMS);

    assertThat(sceneStanding().reason()).isEqualTo("Scene 12A's risk assessment (version 1) is awaiting the"
        + " producer's sign-off: residual risk 15 (high) (California Labor Code §9152).");
    sign("grace.producer", own.sceneId(), 1, SignOffDuty.PRODUCER);
    assertThat(sceneStanding().approved()).isTrue();
  }

  @Test
  void aLowerProducerThresholdOnTheProductionCallsTheProducerSooner() {
    crew.as(own.user("grace.producer"), () -> signOffs.setProducerThreshold(own.id(), 4));
    draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS))), null);
    RiskAssessment a = sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR);
    assertThat(a.approval().missing()).containsExactlyInAnyOrder("FIREARMS", "PRODUCER");
  }

  @Test
  void editingASignedAssessmentLapsesItsApprovalUntilTheNewVersionIsSigned() throws Exception {
    approveGeneral();
    approveScene();
    assertThat(sceneStanding().approved()).isTrue();

    draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS)),
        new HazardEntry(RiskCategory.of(Hazard.FIREARMS), "Cole turns toward the camera during the take.", 2, 5,
            List.of(new Control(ControlLevel.ENGINEERING, "Remote head; operator at the monitor.")), 1, 5)),
        "Blocking changed: Cole turns toward camera.");
    Standing standing = sceneStanding();
    assertThat(standing.approved()).isFalse();
    assertThat(standing.reason()).isEqualTo("Scene 12A's risk assessment lapsed: version 2 was drafted after"
        + " version 1 was signed, and is not signed yet (ISO 45001 8.1.3).");
    String revolver = registerRevolver();
    assertThat(issueRefused(revolver)).contains("version 2 was drafted after version 1 was signed");

    // Version 1 and its sign-offs stay visible.
    RiskAssessment a = crew.as(own.user("eli.actor"), () -> assessments.ofScene(own.id(), own.sceneId()).orElseThrow());
    assertThat(a.versions()).hasSize(2);
    assertThat(a.versions().get(1).signOffs()).hasSize(2);
    assertThat(a.versions().get(1).signOffs()).noneMatch(RiskAssessment.SignOffView::standing);

    sign("sam.safety", own.sceneId(), 2, SignOffDuty.SAFETY_ADVISOR);
    sign("hank.props", own.sceneId(), 2, SignOffDuty.FIREARMS);
    assertThat(sceneStanding().approved()).isTrue();
  }

  @Test
  void movingTheSceneToAnotherDayAndLocationLapsesItsApproval() {
    approveScene();
    SystemActor.run(() -> schedule.scheduleScene(own.id(), own.sceneId(), own.tomorrowId()));
    String today = SystemActor.call(() -> schedule.day(own.id(), own.todayId())).date().toString();
    String tomorrow = SystemActor.call(() -> schedule.day(own.id(), own.tomorrowId())).date().toString();

    assertThat(sceneStanding().reason()).isEqualTo("Scene 12A's risk assessment lapsed: scene 12A moved from "
        + today + " at Stage 4 to " + tomorrow + " at Cerro Pelon Ranch after it was signed; it must be signed"
        + " again (ISO 45001 8.1.3).");

    // The same version, signed again for the new day and place, stands.
    sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR);
    sign("rosa.armorer", own.sceneId(), 1, SignOffDuty.FIREARMS);
    assertThat(sceneStanding().approved()).isTrue();
  }

  @Test
  void aHazardNewlyMarkedOnTheSceneThatTheAssessmentDoesNotCoverLapsesIt() {
    approveScene();
    SystemActor.run(() -> schedule.markHazards(own.id(), own.sceneId(),
        Set.of(Hazard.FIREARMS, Hazard.PYROTECHNICS)));

    assertThat(sceneStanding().reason()).isEqualTo("Scene 12A's risk assessment lapsed: scene 12A is marked"
        + " Pyrotechnics, which version 1 does not cover; draft a new version (ISO 45001 8.1.3).");

    RiskAssessment a = draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS)),
        RiskAssessmentsReady.entry(RiskCategory.of(Hazard.PYROTECHNICS))), "Squibs added on the altar.");
    assertThat(a.approval().missing()).containsExactlyInAnyOrder("SAFETY_ADVISOR", "FIREARMS", "SPECIAL_EFFECTS");
    sign("sam.safety", own.sceneId(), 2, SignOffDuty.SAFETY_ADVISOR);
    sign("rosa.armorer", own.sceneId(), 2, SignOffDuty.FIREARMS);
    sign("pia.sfx", own.sceneId(), 2, SignOffDuty.SPECIAL_EFFECTS);
    assertThat(sceneStanding().approved()).isTrue();
  }

  @Test
  void aSignOffBySomeoneNotInTheDutysRoleIsRefusedAndOnRecord() {
    RiskAssessment a = draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS))), null);

    assertThatThrownBy(() -> sign("dana.ad", own.sceneId(), 1, SignOffDuty.FIREARMS))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessageContaining("Only the armorer or property master may sign")
        .satisfies(refused -> assertThat(in(Locale.forLanguageTag("es"),
            saidAsWritten((AccessRefusedException) refused).said())).isEqualTo("Solo el armero o el jefe de utilería"
            + " puede dar esa firma (California Labor Code §9152)."));
    LedgerEntry refusal = await().atMost(LANDS_WITHIN).until(() -> SystemActor.call(() ->
            ledger.history(own.id(), "risk-assessment:" + a.assessmentId())).stream()
        .filter(e -> e.kind().equals("protocol.risk-sign-off-refused")).findFirst().orElse(null), e -> e != null);
    assertThat(refusal.actorId()).isEqualTo(crew.id(own.user("dana.ad")));
    assertThat(crew.as(own.user("sam.safety"), () -> assessments.ofScene(own.id(), own.sceneId()).orElseThrow())
        .current().signOffs()).isEmpty();
  }

  @Test
  void aSceneWithoutHazardsHasNoAssessmentOfItsOwnAndOnlyDraftersDraft() {
    SystemActor.run(() -> schedule.markHazards(own.id(), own.sceneId(), Set.of()));
    assertThatThrownBy(() -> draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS))), null))
        .hasMessageContaining("marked with no hazard")
        .satisfies(refused -> saidAsWritten((InvalidInputException) refused));
    assertThatThrownBy(() -> crew.as(own.user("rosa.armorer"), () -> drafting.draft(own.id(),
        DraftAssessment.general(List.of(RiskAssessmentsReady.entry(RiskCategory.GENERAL)), null))))
        .isInstanceOf(AccessRefusedException.class)
        .satisfies(refused -> saidAsWritten((AccessRefusedException) refused));
    assertThatThrownBy(() -> sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR))
        .isInstanceOf(NotFoundException.class).hasMessage("scene 12A has no risk assessment")
        .satisfies(none -> saidAsWritten((NotFoundException) none));
  }

  // ---- the crew's steps ----

  private RiskAssessment draft(UUID sceneId, List<HazardEntry> hazards, String reason) {
    return crew.as(own.user("sam.safety"), () -> drafting.draft(own.id(), new DraftAssessment(sceneId, hazards, reason)));
  }

  private RiskAssessment sign(String who, UUID sceneId, int version, SignOffDuty duty) {
    return crew.as(own.user(who), () -> signOffs.sign(own.id(), new SignAssessment(sceneId, version, duty)));
  }

  private void approveGeneral() {
    draft(null, List.of(RiskAssessmentsReady.entry(RiskCategory.GENERAL)), null);
    sign("sam.safety", null, 1, SignOffDuty.SAFETY_ADVISOR);
    sign("dana.ad", null, 1, SignOffDuty.FIRST_AD);
  }

  private void approveScene() {
    draft(own.sceneId(), List.of(RiskAssessmentsReady.entry(RiskCategory.of(Hazard.FIREARMS))), null);
    sign("sam.safety", own.sceneId(), 1, SignOffDuty.SAFETY_ADVISOR);
    sign("rosa.armorer", own.sceneId(), 1, SignOffDuty.FIREARMS);
  }

  private Standing sceneStanding() {
    Standing standing = crew.as(own.user("rosa.armorer"), () -> assessments.sceneStanding(own.id(), own.sceneId()));
    if (!standing.approved()) {
      // What the gate tells custody has its words as well: the armorer refused at issue reads it in their language.
      saidAsWritten(new Refusal(RiskApproval.RULE, standing.reason(), null, standing.said()));
    }
    return standing;
  }

  private String base() {
    return "/api/productions/" + own.id() + "/custody";
  }

  private ResultActions post(String who, String route, String json) throws Exception {
    return mvc.perform(MockMvcRequestBuilders.post(base() + "/" + route)
        .with(crew.signedIn(own.user(who))).with(org.springframework.security.test.web.servlet.request
            .SecurityMockMvcRequestPostProcessors.csrf())
        .contentType(MediaType.APPLICATION_JSON).content(json));
  }

  private String registerRevolver() throws Exception {
    String body = post("rosa.armorer", "weapons", """
        {"kind":"FIREARM","serial":"R%s","manufacturerOrImporter":"Colt","model":"Single Action Army",
         "type":"REVOLVER","caliberOrGauge":".45 Colt","ownerName":"Gunslinger Rentals",
         "ownerLicenceNumber":"9-85-049-01"}""".formatted(UUID.randomUUID().toString().substring(0, 6)))
        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    String revolver = JsonPath.read(body, "$.weapon.id");
    post("rosa.armorer", "weapons/" + revolver + "/receive",
        "{\"receivedFrom\":\"Gunslinger Rentals, Santa Fe\",\"licenceNumber\":\"9-85-049-01\"}")
        .andExpect(status().isOk());
    return revolver;
  }

  private void showClear(String revolver) throws Exception {
    List<String> witnesses = List.of("eli.actor", "dana.ad", "marcus.camera");
    post("rosa.armorer", "weapons/" + revolver + "/inspect", "{\"finding\":\"Bore clear, cylinder empty\"}")
        .andExpect(status().isOk());
    post("rosa.armorer", "weapons/" + revolver + "/show-clear", "{\"witnesses\":[" + String.join(",",
        witnesses.stream().map(w -> "\"" + crew.id(own.user(w)) + "\"").toList()) + "]}").andExpect(status().isOk());
    for (String witness : witnesses) {
      post(witness, "weapons/" + revolver + "/show-clear/confirm", "").andExpect(status().isOk());
    }
  }

  private String issueBody() {
    return "{\"performerId\":\"" + crew.id(own.user("eli.actor")) + "\",\"sceneId\":\"" + own.sceneId() + "\"}";
  }

  /** Shows the revolver clear, asks to issue it, and checks the refusal names the rule and is in the ledger. */
  private String issueRefused(String revolver) throws Exception {
    showClear(revolver);
    // The gates custody asks before the assessments' (the performer's training, the weapon plan) are in order.
    crew.readyToShootBefore(20, own.id(), own.sceneId(), UUID.fromString(revolver), crew.id(own.user("eli.actor")));
    String body = post("rosa.armorer", "weapons/" + revolver + "/issue", issueBody())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.rule").value(RULE))
        .andReturn().getResponse().getContentAsString();
    UUID refusalId = UUID.fromString(JsonPath.read(body, "$.refusalId"));
    LedgerEntry entry = await().atMost(LANDS_WITHIN).until(() -> ledger.byFactId(refusalId).orElse(null),
        e -> e != null);
    assertThat(entry.kind()).isEqualTo("custody.refused");
    assertThat(entry.leaf()).contains(RULE);
    return JsonPath.read(body, "$.reason");
  }
}
