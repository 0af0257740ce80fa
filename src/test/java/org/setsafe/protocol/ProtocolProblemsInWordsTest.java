package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.setsafe.shared.ReasonWords.in;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Hazard;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDraft.LineOfFireDraft;
import org.setsafe.protocol.domain.AssessmentVersion;
import org.setsafe.protocol.domain.Control;
import org.setsafe.protocol.domain.ControlLevel;
import org.setsafe.protocol.domain.HazardEntry;
import org.setsafe.protocol.domain.NoBlanksWithoutDischargePolicy;
import org.setsafe.protocol.domain.PlanApproval;
import org.setsafe.protocol.domain.PlanContext;
import org.setsafe.protocol.domain.PlanSignOff;
import org.setsafe.protocol.domain.PlanVersion;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.RehearsalCall;
import org.setsafe.protocol.domain.RehearsalStatus;
import org.setsafe.protocol.domain.RiskApproval;
import org.setsafe.protocol.domain.RiskApproval.Status;
import org.setsafe.protocol.domain.RiskCategory;
import org.setsafe.protocol.domain.RiskSignOff;
import org.setsafe.protocol.domain.SceneNow;
import org.setsafe.protocol.domain.ScenePlacement;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.SignOffDuty;
import org.setsafe.protocol.domain.WeaponPlanContent;
import org.setsafe.protocol.domain.WeaponPlanContent.LineOfFire;
import org.setsafe.protocol.domain.WeaponPlanContent.WeaponLine;
import org.setsafe.protocol.domain.WeaponPlanIssuePolicy;
import org.setsafe.protocol.domain.WeaponPlanPolicies;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Every refusal the weapon plan and risk assessment rules give, and the input problems of a plan or an assessment,
 * have words: in English exactly the reason written (the ledger and the API read it), in Spanish as well. The issue
 * gates' refusals above all, which custody shows the armorer refused at the gun cart.
 */
class ProtocolProblemsInWordsTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private final UUID colt = UUID.randomUUID();
  private final UUID eli = UUID.randomUUID();
  private final UUID marcus = UUID.randomUUID();
  private final ScenePlacement stage = new ScenePlacement(UUID.randomUUID(), LocalDate.of(2026, 11, 25), "Stage 4");
  private final ScenePlacement backlot = new ScenePlacement(UUID.randomUUID(), LocalDate.of(2026, 11, 26), "Backlot");

  // The issue gate: the scene's weapon plan

  @Test
  void aSceneWithNoPlanOrAPlanNotNamingTheWeaponIsRefusedInWords() {
    Refusal none = saidAsWritten(issue(null, null, RehearsalStatus.NONE));
    assertThat(in(SPANISH, none)).isEqualTo("La escena 12A no tiene plan de armas: el armero redacta uno que nombre"
        + " Colt .45 para Eli Navarro, y el armero y el asesor de seguridad lo firman.");
    PlanVersion other = version(new WeaponPlanContent(false, null, null,
        List.of(new WeaponLine(UUID.randomUUID(), "Winchester", WeaponKind.FIREARM, eli, false, null, null)), List.of()));
    Refusal notNamed = saidAsWritten(issue(other, approved(), RehearsalStatus.NONE));
    assertThat(notNamed.reason()).startsWith("The weapon plan of scene 12a (version 2) does not name Colt .45");
  }

  @Test
  void aPlanAwaitingOrLapsedSignOffsIsRefusedInWordsEachWay() {
    PlanVersion plan = version(content(false));
    Refusal awaiting = saidAsWritten(issue(plan, PlanApproval.of(List.of(), stage), RehearsalStatus.NONE));
    assertThat(awaiting.reason()).isEqualTo(
        "The plan of scene 12A is awaiting the armorer's sign-off and the safety advisor's sign-off.");
    assertThat(in(SPANISH, awaiting)).isEqualTo(
        "El plan de la escena 12A espera la firma del armero y la firma del asesor de seguridad.");

    List<PlanSignOff> both = List.of(signOff(SignOffCapacity.ARMORER, stage), signOff(SignOffCapacity.SAFETY_ADVISOR,
        stage));
    Refusal lapsed = saidAsWritten(issue(plan, PlanApproval.of(both, backlot), RehearsalStatus.NONE));
    assertThat(lapsed.reason()).contains("scene 12A moved from 2026-11-25 at Stage 4 to 2026-11-26 at Backlot after the"
        + " armorer's sign-off; scene 12A moved");
    assertThat(in(SPANISH, lapsed)).contains("la escena 12A pasó de 2026-11-25 en Stage 4 a 2026-11-26 en Backlot"
        + " después de la firma del armero;");

    PlanVersion pointing = version(content(true));
    PlanApproval half = PlanApproval.of(List.of(signOff(SignOffCapacity.ARMORER, stage)), new ScenePlacement(null,
        null, null));
    Refusal lapsedAwaitingPointing = saidAsWritten(issue(pointing, half, RehearsalStatus.NONE));
    assertThat(lapsedAwaitingPointing.reason()).contains("to no shooting day after", "is awaiting the safety"
        + " advisor's sign-off.", "The plan points a weapon");
  }

  @Test
  void anUnclearedRehearsalAndBlanksWhereNothingFiresAreRefusedInWords() {
    PlanVersion plan = version(content(false));
    RehearsalStatus uncleared = new RehearsalStatus(new RehearsalCall(UUID.randomUUID(), UUID.randomUUID(),
        UUID.randomUUID(), eli, Instant.EPOCH, null), List.of(SignOffCapacity.ARMORER, SignOffCapacity.SAFETY_ADVISOR));
    Refusal rehearsal = saidAsWritten(issue(plan, approved(), uncleared));
    assertThat(rehearsal.reason()).contains("clearance from armorer and safety advisor before");

    Refusal blanks = saidAsWritten(new NoBlanksWithoutDischargePolicy().check("12A", "Colt .45", plan, true)
        .orElseThrow());
    assertThat(blanks.rule()).isEqualTo(NoBlanksWithoutDischargePolicy.RULE);
  }

  // The issue gate: the risk assessments

  @Test
  void anAssessmentAwaitingSignOffsIsRefusedInWordsNamingEveryoneStillToSign() {
    AssessmentVersion firearmsAndStunts = assessment(2, entry(Hazard.FIREARMS, 1, 1), entry(Hazard.STUNTS, 1, 1));
    Refusal awaiting = saidAsWritten(refusal(approval(firearmsAndStunts, List.of(), false, null)));
    assertThat(awaiting.reason()).isEqualTo("The production's general risk assessment (version 2) is awaiting the"
        + " sign-off of the safety advisor, the armorer or property master and the stunt coordinator (California"
        + " Labor Code §9152).");

    AssessmentVersion high = assessment(1, entry(Hazard.FIREARMS, 5, 5));
    Refusal producer = saidAsWritten(refusal(approval(high, List.of(signed(SignOffDuty.SAFETY_ADVISOR, null),
        signed(SignOffDuty.FIREARMS, null)), false, null)));
    assertThat(producer.reason()).contains("awaiting the producer's sign-off: residual risk 25 (very high)");
    assertThat(in(SPANISH, producer)).contains("riesgo residual 25 (muy alto)");
  }

  @Test
  void aLapsedAssessmentIsRefusedInWordsWhetherTheSceneMovedGainedAHazardOrWasRedrafted() {
    AssessmentVersion firearms = assessment(1, entry(Hazard.FIREARMS, 1, 1));
    SceneNow moved = new SceneNow("12A", LocalDate.of(2026, 11, 26), "Backlot", Set.of(Hazard.FIREARMS));
    Refusal lapsed = saidAsWritten(sceneRefusal(approval(firearms, List.of(signed(SignOffDuty.SAFETY_ADVISOR,
        LocalDate.of(2026, 11, 25))), false, moved)));
    assertThat(lapsed.reason()).isEqualTo("Scene 12A's risk assessment lapsed: scene 12A moved from 2026-11-25 at"
        + " Stage 4 to 2026-11-26 at Backlot after it was signed; it must be signed again (ISO 45001 8.1.3).");

    SceneNow unscheduled = new SceneNow("12A", null, null, Set.of(Hazard.FIREARMS));
    saidAsWritten(sceneRefusal(approval(firearms, List.of(signed(SignOffDuty.SAFETY_ADVISOR,
        LocalDate.of(2026, 11, 25))), false, unscheduled)));

    SceneNow moreHazards = new SceneNow("12A", null, null, Set.of(Hazard.FIREARMS, Hazard.STUNTS, Hazard.WATER));
    Refusal uncovered = saidAsWritten(sceneRefusal(approval(firearms, List.of(), false, moreHazards)));
    assertThat(uncovered.reason()).contains("which version 1 does not cover");
    assertThat(in(SPANISH, uncovered)).contains("Escenas de riesgo (stunts)", "Agua");

    saidAsWritten(refusal(approval(assessment(3, entry(Hazard.FIREARMS, 1, 1)), List.of(), true, null)));
  }

  // A weapon plan's rules while it is drafted

  @Test
  void everyRuleOfThePlanRefusesInWords() {
    UUID june = UUID.randomUUID();
    WeaponLine firing = new WeaponLine(colt, "Colt .45", WeaponKind.FIREARM, eli, false, null, null);
    List<WeaponPlanContent> plans = List.of(
        plan(true, new WeaponLine(UUID.randomUUID(), "Winchester", WeaponKind.FIREARM, eli, false, null, null)),
        plan(true, new WeaponLine(colt, "Colt .45", WeaponKind.FIREARM, june, false, null, null)),
        plan(true, firing, firing),
        new WeaponPlanContent(true, null, "toward the altar", List.of(firing), List.of()),
        new WeaponPlanContent(true, "half-load", " ", List.of(firing), List.of()),
        plan(true, new WeaponLine(colt, "Colt .45", WeaponKind.NON_FIRING_REPLICA, eli, false, null, null)),
        plan(false, firing),
        plan(true, new WeaponLine(colt, "Colt .45", WeaponKind.FIREARM, eli, true, " ", null)),
        plan(true, List.of(new LineOfFire(null, null, Protection.SHIELD, 30))),
        plan(true, List.of(new LineOfFire(june, null, Protection.SHIELD, 30))),
        plan(true, List.of(new LineOfFire(null, "A camera", null, 30))),
        plan(true, List.of(new LineOfFire(marcus, null, Protection.SHIELD, null))),
        plan(true, List.of(new LineOfFire(null, "A camera", Protection.REMOTE_OPERATION, 12))));
    for (WeaponPlanContent plan : plans) {
      saidAsWritten(new WeaponPlanPolicies().check(plan, context()).orElseThrow());
    }
    Refusal closer = new WeaponPlanPolicies().check(plans.get(plans.size() - 1), context()).orElseThrow();
    assertThat(closer.field()).isEqualTo("lineOfFire[0].distanceFeet");
    assertThat(in(SPANISH, closer)).isEqualTo("Línea de fuego: \"A camera\" debe estar a por lo menos 20 pies de la"
        + " boca del cañón, no a 12 pies (el mínimo de esta producción para fogueo; Ontario guideline 39, BBC"
        + " guidance).");
  }

  // Input problems of a plan and an assessment

  @Test
  void aPlanDraftsInputProblemsAreSaidAsWritten() {
    LineDraft line = new LineDraft(colt, eli, false, null, null);
    List<PlanDraft> drafts = List.of(
        new PlanDraft(true, null, null, List.of(), null, null),
        new PlanDraft(true, null, null, List.of(new LineDraft(null, eli, false, null, null)), null, null),
        new PlanDraft(true, null, null, List.of(new LineDraft(colt, null, false, null, null)), null, null),
        new PlanDraft(true, null, null, List.of(line), Collections.nCopies(PlanDraft.MAX_LINES + 1,
            new LineOfFireDraft(marcus, null, Protection.SHIELD, 20)), null),
        new PlanDraft(true, null, null, List.of(line), Arrays.asList((LineOfFireDraft) null), null),
        new PlanDraft(true, null, null, List.of(line), List.of(new LineOfFireDraft(marcus, null, Protection.SHIELD,
            -1)), null));
    for (PlanDraft draft : drafts) {
      saidAsWritten(catchThrowableOfType(() -> draft.content(Map.of()), InvalidInputException.class));
    }
    InvalidInputException weapon = catchThrowableOfType(() -> drafts.get(1).content(Map.of()),
        InvalidInputException.class);
    assertThat(in(SPANISH, weapon)).isEqualTo("lines[0].weaponId es obligatorio");
  }

  @Test
  void aHazardEntrysInputProblemsAreSaidAsWritten() {
    List<Control> shield = List.of(new Control(ControlLevel.ENGINEERING, "Shield"));
    RiskCategory firearms = RiskCategory.of(Hazard.FIREARMS);
    List<Runnable> entries = List.of(
        () -> new HazardEntry(null, "Blank toward camera", 3, 3, shield, 1, 1),
        () -> new HazardEntry(firearms, "Blank toward camera", 6, 3, shield, 1, 1),
        () -> new HazardEntry(firearms, "Blank toward camera", 3, 3, List.of(), 1, 1),
        () -> new HazardEntry(firearms, "Blank toward camera", 2, 2, shield, 3, 3),
        () -> new Control(null, "Shield"));
    for (Runnable entry : entries) {
      saidAsWritten(catchThrowableOfType(entry::run, InvalidInputException.class));
    }
  }

  // Refused at the door

  @Test
  void signingInFirstIsSaidAsWritten() {
    saidAsWritten(PlanPermissions.signInFirst());
  }

  private Refusal issue(PlanVersion plan, PlanApproval approval, RehearsalStatus rehearsal) {
    return new WeaponPlanIssuePolicy().check(new WeaponPlanIssuePolicy.Issue("12A", colt, "Colt .45", eli,
        "Eli Navarro", plan, approval, rehearsal)).orElseThrow();
  }

  private PlanApproval approved() {
    return PlanApproval.of(List.of(signOff(SignOffCapacity.ARMORER, stage), signOff(SignOffCapacity.SAFETY_ADVISOR,
        stage)), stage);
  }

  private WeaponPlanContent content(boolean pointed) {
    return new WeaponPlanContent(false, null, null, List.of(new WeaponLine(colt, "Colt .45", WeaponKind.NON_FIRING_REPLICA, eli,
        pointed, pointed ? "the lens" : null, null)), List.of());
  }

  private PlanContext context() {
    return new PlanContext("12A", Set.of(eli), Map.of(colt, WeaponKind.FIREARM), Set.of(eli, marcus), 20);
  }

  private static WeaponPlanContent plan(boolean discharge, WeaponLine... lines) {
    return new WeaponPlanContent(discharge, "half-load blank", "toward the altar", List.of(lines), List.of());
  }

  private WeaponPlanContent plan(boolean discharge, List<LineOfFire> lineOfFire) {
    return new WeaponPlanContent(discharge, "half-load blank", "toward the altar",
        List.of(new WeaponLine(colt, "Colt .45", WeaponKind.FIREARM, eli, false, null, null)), lineOfFire);
  }

  private static PlanVersion version(WeaponPlanContent content) {
    return new PlanVersion(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 2, content, null,
        UUID.randomUUID(), Instant.EPOCH);
  }

  private static PlanSignOff signOff(SignOffCapacity capacity, ScenePlacement placement) {
    return new PlanSignOff(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), capacity,
        UUID.randomUUID(), Instant.EPOCH, placement);
  }

  private static HazardEntry entry(Hazard hazard, int residualLikelihood, int residualSeverity) {
    return new HazardEntry(RiskCategory.of(hazard), "What could go wrong", 5, 5,
        List.of(new Control(ControlLevel.ENGINEERING, "Shield")), residualLikelihood, residualSeverity);
  }

  private static AssessmentVersion assessment(int version, HazardEntry... entries) {
    return new AssessmentVersion(UUID.randomUUID(), version, List.of(entries), null, UUID.randomUUID(),
        Instant.EPOCH);
  }

  private static RiskSignOff signed(SignOffDuty duty, LocalDate on) {
    return new RiskSignOff(UUID.randomUUID(), UUID.randomUUID(), 1, duty, CrewRole.SAFETY_ADVISOR, UUID.randomUUID(),
        Instant.EPOCH, on, on == null ? null : "Stage 4");
  }

  private static Status approval(AssessmentVersion version, List<RiskSignOff> signOffs, boolean earlierSigned,
      SceneNow scene) {
    return new RiskApproval().status(version, signOffs, earlierSigned, scene, 12);
  }

  private static Refusal refusal(Status status) {
    return status.refusal("The production's general risk assessment",
        Said.of("reason.protocol.risk-assessment.general")).orElseThrow();
  }

  private static Refusal sceneRefusal(Status status) {
    return status.refusal("Scene 12A's risk assessment", Said.of("reason.protocol.risk-assessment.of-scene", "12A"))
        .orElseThrow();
  }
}
