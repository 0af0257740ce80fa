package org.setsafe.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.briefing.AgendaSource.AgendaItem;
import org.setsafe.briefing.AgendaWords;
import org.setsafe.briefing.GapWords;
import org.setsafe.briefing.ReadinessCheck.Gap;
import org.setsafe.custody.Armory;
import org.setsafe.custody.Custody;
import org.setsafe.custody.CustodyBoards;
import org.setsafe.custody.IssueGate;
import org.setsafe.custody.IssueGate.Refused;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.Ledger;
import org.setsafe.ledger.LedgerEntry;
import org.setsafe.production.Hazard;
import org.setsafe.production.Productions;
import org.setsafe.production.Schedule;
import org.setsafe.protocol.PlanDraft.LineDraft;
import org.setsafe.protocol.PlanDraft.LineOfFireDraft;
import org.setsafe.protocol.WeaponPlanCommand.CallRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.ClearRehearsal;
import org.setsafe.protocol.WeaponPlanCommand.RecordPlan;
import org.setsafe.protocol.WeaponPlanCommand.SignPlan;
import org.setsafe.protocol.domain.LineOfFirePolicy;
import org.setsafe.protocol.domain.Protection;
import org.setsafe.protocol.domain.ReplicaUnlessDischargePolicy;
import org.setsafe.protocol.domain.SignOffCapacity;
import org.setsafe.protocol.domain.WeaponPlanIssuePolicy;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.beans.factory.annotation.Autowired;

/** The weapon plan as custody's issue gate: what it refuses, why, and what lets the issue through. */
@SetSafeTest
class WeaponPlanGateTest {

  private static final Duration LANDS_WITHIN = Duration.ofSeconds(20);

  @Autowired Crew crew;
  @Autowired Accounts accounts;
  @Autowired Productions productions;
  @Autowired Schedule schedule;
  @Autowired Armory armory;
  @Autowired Custody custody;
  @Autowired CustodyBoards boards;
  @Autowired WeaponPlans plans;
  @Autowired PlanDrafting drafting;
  @Autowired PlanSignOffs signOffs;
  @Autowired UnplannedRehearsals rehearsals;
  @Autowired WeaponPlanRules rules;
  @Autowired WeaponPlanGate gate;
  @Autowired WeaponPlanAgenda agenda;
  @Autowired WeaponPlanReadiness readiness;
  @Autowired Ledger ledger;
  @Autowired Clock clock;

  PlanSet set;

  @BeforeEach
  void production() {
    set = PlanSet.create(crew, accounts, productions, schedule, armory, "Plans");
  }

  @Test
  void anIssueForASceneWithoutAPlanIsRefusedOnRecordAndGoesThroughOnceTheSignedPlanNamesIt() {
    UUID pid = set.id();
    assertThatThrownBy(() -> set.as("rosa.armorer", () -> signOffs.sign(pid, new SignPlan(set.scene.id(), 1,
        SignOffCapacity.ARMORER)))).isInstanceOf(NotFoundException.class)
        .satisfies(none -> saidAsWritten((NotFoundException) none));
    set.as("rosa.armorer", () -> custody.receive(pid, set.colt, "Gunslinger Rentals", null));
    set.as("rosa.armorer", () -> custody.inspect(pid, set.colt, "Bore clear, cylinder empty"));
    set.as("rosa.armorer", () -> custody.showClear(pid, set.colt, Set.of(set.person("eli.actor"), set.person("dana.ad"),
        set.person("marcus.camera"))));
    for (String witness : List.of("eli.actor", "dana.ad", "marcus.camera")) {
      set.as(witness, () -> custody.confirmShowClear(pid, set.colt));
    }

    RuleRefusedException refused = (RuleRefusedException) catchThrowable(() -> set.as("rosa.armorer",
        () -> custody.issue(pid, set.colt, set.person("eli.actor"), set.scene.id())));
    assertThat(refused.rule()).isEqualTo(WeaponPlanIssuePolicy.RULE);
    assertThat(refused.getMessage()).startsWith("Scene 12A has no weapon plan");
    // Custody keeps the gate's words: the armorer reads the refusal in their own language.
    saidAsWritten(refused);
    LedgerEntry onRecord = await().atMost(LANDS_WITHIN)
        .until(() -> ledger.byFactId(UUID.fromString(refused.refusalId())).orElse(null), e -> e != null);
    assertThat(onRecord.kind()).isEqualTo("custody.refused");
    assertThat(onRecord.leaf()).contains(WeaponPlanIssuePolicy.RULE).contains("has no weapon plan");

    set.as("rosa.armorer", () -> drafting.record(pid, new RecordPlan(set.scene.id(), set.coltForEli())));
    set.as("rosa.armorer", () -> signOffs.sign(pid, new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    set.as("sam.safety", () -> signOffs.sign(pid, new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));

    // The gates custody asks after the plan's (assessment, staffing, meeting) are in order too.
    crew.readyToShoot(pid, set.scene.id(), set.colt, set.person("eli.actor"));
    set.as("rosa.armorer", () -> custody.issue(pid, set.colt, set.person("eli.actor"), set.scene.id()));
    assertThat(set.as("rosa.armorer", () -> boards.weapon(pid, set.colt)).holderId())
        .isEqualTo(set.person("eli.actor"));
  }

  @Test
  void aPlanThatDoesNotNameThatWeaponForThatPerformerIsRefused() {
    approved(set.coltForEli());

    assertThat(check(set.colt, "june.actor")).get().extracting(Refused::reason).asString()
        .contains("does not name " + set.coltLabel() + " for June Castellanos");
    assertThat(check(set.replica, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("does not name Denix SAA replica");
    assertThat(check(set.colt, "eli.actor")).isEmpty();
  }

  @Test
  void aPersonInTheLineOfFireWithoutShieldOrRemoteOperationOrTooCloseIsRefusedWithTheRule() {
    UUID marcus = set.person("marcus.camera");
    InvalidInputException unprotected = refusedPlan(discharge(new LineOfFireDraft(marcus, null, null, 25)));
    assertThat(unprotected.rule()).isEqualTo(LineOfFirePolicy.PROTECTED);
    assertThat(unprotected.field()).isEqualTo("lineOfFire[0].protection");

    InvalidInputException tooClose = refusedPlan(discharge(new LineOfFireDraft(marcus, null, Protection.SHIELD, 12)));
    assertThat(tooClose.rule()).isEqualTo(LineOfFirePolicy.DISTANCE);
    assertThat(tooClose.field()).isEqualTo("lineOfFire[0].distanceFeet");
    assertThat(tooClose.getMessage()).contains("at least 20 ft from the muzzle, not 12 ft");

    InvalidInputException camera = refusedPlan(discharge(new LineOfFireDraft(null, "A camera", null, 30)));
    assertThat(camera.rule()).isEqualTo(LineOfFirePolicy.PROTECTED);
    assertThat(plans(set.id()).current()).as("nothing refused is stored").isNull();

    ScenePlan saved = set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), discharge(
        new LineOfFireDraft(marcus, null, Protection.SHIELD, 25),
        new LineOfFireDraft(null, "A camera", Protection.REMOTE_OPERATION, 22)))));
    assertThat(saved.current().lineOfFire()).extracting(ScenePlan.InLine::subject)
        .containsExactly("Marcus Oyelaran", "A camera");

    // The production raises its minimum: 25 ft no longer does for a new version.
    set.as("sam.safety", () -> rules.setMinBlankDistanceFeet(set.id(), 30));
    InvalidInputException raised = refusedPlan(discharge(new LineOfFireDraft(marcus, null, Protection.SHIELD, 25)));
    assertThat(raised.getMessage()).contains("at least 30 ft");

    List<LedgerEntry> history = await().atMost(LANDS_WITHIN).until(() -> SystemActor.call(
        () -> ledger.history(set.id(), "scene:" + set.scene.id())), h -> h.stream()
        .filter(e -> e.kind().equals("protocol.weapon-plan-refused")).count() == 4);
    assertThat(history).anyMatch(e -> e.leaf().contains(LineOfFirePolicy.DISTANCE));
  }

  @Test
  void aRealFirearmWhenNothingIsFiredNeedsAWrittenReasonAndAReplicaDoesNot() {
    InvalidInputException noReason = refusedPlan(new PlanDraft(false, null, null,
        List.of(new LineDraft(set.colt, set.person("eli.actor"), false, null, null)), List.of(), null));
    assertThat(noReason.rule()).isEqualTo(ReplicaUnlessDischargePolicy.RULE);
    assertThat(noReason.field()).isEqualTo("lines[0].replicaReason");
    assertThat(noReason.getMessage()).contains("non-firing replica").contains(set.coltLabel());

    ScenePlan replica = set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), new PlanDraft(false, null,
        null, List.of(new LineDraft(set.replica, set.person("eli.actor"), false, null, null)), List.of(), null))));
    assertThat(replica.current().lines()).singleElement().extracting(ScenePlan.Line::firearm).isEqualTo(false);
  }

  @Test
  void pointingAWeaponTowardAPersonNeedsTheArmorersAndTheSafetyAdvisorsSignOff() {
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), new PlanDraft(false, null, null,
        List.of(new LineDraft(set.colt, set.person("eli.actor"), true, "Marcus at the camera",
            "The cylinder turns in close-up; a replica's does not.")), List.of(), null))));
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));

    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("awaiting the safety advisor's sign-off").contains("toward a person or the lens");
    assertThatThrownBy(() -> set.as("eli.actor", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1,
        SignOffCapacity.SAFETY_ADVISOR)))).isInstanceOf(AccessRefusedException.class)
        .satisfies(refused -> saidAsWritten((AccessRefusedException) refused));

    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(check(set.colt, "eli.actor")).isEmpty();
  }

  @Test
  void movingTheSceneToAnotherDayLapsesTheSignOffsUntilTheyAreGivenAgain() {
    approved(set.coltForEli());
    SystemActor.call(() -> schedule.scheduleScene(set.id(), set.scene.id(), set.tomorrow.id()));

    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("The sign-offs lapsed: scene 12A moved from " + set.today.date() + " at Stage 4 to "
            + set.tomorrow.date() + " at Backlot");
    ScenePlan lapsed = plans(set.id());
    assertThat(lapsed.status().state()).isEqualTo("lapsed");
    assertThat(lapsed.current().signOffs()).allMatch(s -> !s.counts() && s.lapse().contains("moved from"));

    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("lapsed").contains("safety advisor's sign-off");
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(check(set.colt, "eli.actor")).isEmpty();

    // Editing the signed plan is a change too: the new version needs both sign-offs.
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), new PlanDraft(false, null, null, List.of(
        set.coltForEli().lines().get(0), new LineDraft(set.replica, set.person("june.actor"), false, null, null)),
        List.of(), "June carries the replica"))));
    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("awaiting the armorer's sign-off and the safety advisor's sign-off");
    assertThat(plans(set.id()).earlier()).extracting(ScenePlan.Version::version).containsExactly(1);
  }

  @Test
  void anUnplannedRehearsalWithWeaponsNeedsAFreshClearanceBeforeAnotherIssue() {
    approved(set.coltForEli());
    set.as("dana.ad", () -> rehearsals.call(set.id(), new CallRehearsal(set.scene.id(), "Walk-through of the draw")));

    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("unplanned rehearsal").contains("armorer and safety advisor");
    set.as("rosa.armorer", () -> rehearsals.clear(set.id(), new ClearRehearsal(set.scene.id(), SignOffCapacity.ARMORER, "Checked")));
    assertThat(check(set.colt, "eli.actor")).get().extracting(Refused::reason).asString()
        .contains("fresh clearance from safety advisor");
    set.as("sam.safety", () -> rehearsals.clear(set.id(), new ClearRehearsal(set.scene.id(), null, "Line of fire walked")));
    assertThat(check(set.colt, "eli.actor")).isEmpty();
  }

  @Test
  void theOneWhoSignedAsArmorerCannotAlsoSignAsSafetyAdvisor() {
    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), set.coltForEli())));
    SystemActor.run(() -> productions.changeMember(set.id(), set.person("rosa.armorer"),
        Set.of(org.setsafe.production.CrewRole.ARMORER, org.setsafe.production.CrewRole.SAFETY_ADVISOR), null));
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    assertThatThrownBy(() -> set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1,
        SignOffCapacity.SAFETY_ADVISOR))))
        .isInstanceOf(RuleRefusedException.class).hasMessageContaining("two people")
        .satisfies(refused -> saidAsWritten((RuleRefusedException) refused));
  }

  @Test
  void theAgendaReadsThePlanOutAndItsFingerprintChangesWithTheApproval() {
    SystemActor.call(() -> schedule.markHazards(set.id(), set.scene.id(), Set.of(Hazard.FIREARMS)));
    assertThat(readiness(set.id())).singleElement().extracting(Gap::missing).asString().contains("without a weapon plan");
    AgendaItem none = agenda(set.id());
    assertThat(none.concern()).isTrue();
    assertThat(AgendaWords.saidAsWritten(none)).contains("Escena 12A: sin plan de armas");

    set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), discharge(
        new LineOfFireDraft(set.person("marcus.camera"), null, Protection.SHIELD, 25)))));
    AgendaItem unsigned = agenda(set.id());
    assertThat(unsigned.source()).isEqualTo("Weapon plan");
    assertThat(unsigned.concern()).isTrue();
    assertThat(unsigned.lines()).anyMatch(l -> l.contains(set.coltLabel() + " (real firearm) to Eli Navarro"))
        .anyMatch(l -> l.contains("Discharge: quarter-load blank, fired toward the altar"))
        .anyMatch(l -> l.contains("In the line of fire: Marcus Oyelaran, shield, 25 ft from the muzzle"));
    // The 1st AD reading in Spanish hears the same plan: the trade's words in Spanish, what was typed as typed.
    assertThat(AgendaWords.saidAsWritten(unsigned)).contains("Escena 12A: plan de armas versión 1, sin aprobar")
        .anyMatch(l -> l.startsWith(set.coltLabel() + " (arma de fuego real) para Eli Navarro"))
        .contains("Disparo: quarter-load blank; se dispara toward the altar.",
            "En la línea de fuego: Marcus Oyelaran, escudo, a 25 pies de la boca del cañón.",
            "El plan de la escena 12A espera la firma del armero y la firma del asesor de seguridad.");
    assertThat(readiness(set.id())).singleElement().extracting(Gap::missing).asString().contains("not approved");

    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.ARMORER)));
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), 1, SignOffCapacity.SAFETY_ADVISOR)));
    AgendaItem signed = agenda(set.id());
    assertThat(signed.concern()).isFalse();
    assertThat(signed.lines()).contains("Version 1 is signed by the armorer and the safety advisor for "
        + set.today.date() + " at Stage 4.");
    assertThat(AgendaWords.saidAsWritten(signed)).contains("Escena 12A: plan de armas versión 1, aprobado",
        "La versión 1 está firmada por el armero y el asesor de seguridad para " + set.today.date() + " en Stage 4.");
    assertThat(readiness(set.id())).isEmpty();
    assertThat(List.of(none.fingerprint(), unsigned.fingerprint(), signed.fingerprint())).doesNotHaveDuplicates();
    assertThat(agenda(set.id()).fingerprint()).as("unchanged plan, same fingerprint").isEqualTo(signed.fingerprint());
  }

  @Test
  void gettingReadyToShootTwiceRecordsNoSecondVersion() {
    crew.readyToShoot(set.id(), set.scene.id(), set.colt, set.person("eli.actor"));
    crew.readyToShoot(set.id(), set.scene.id(), set.colt, set.person("eli.actor"));
    ScenePlan plan = plans(set.id());
    assertThat(plan.current().version()).isEqualTo(1);
    assertThat(plan.status().approved()).isTrue();
    assertThat(SystemActor.call(() -> schedule.scene(set.id(), set.scene.id())).hasFirearms()).isTrue();

    crew.readyToShoot(set.id(), set.scene.id(), set.replica, set.person("june.actor"));
    assertThat(plans(set.id()).current().version()).isEqualTo(2);
    assertThat(check(set.replica, "june.actor")).isEmpty();
    assertThat(check(set.colt, "eli.actor")).isEmpty();
  }

  // ---- helpers ----

  private Optional<Refused> check(UUID weapon, String performer) {
    String label = weapon.equals(set.colt) ? set.coltLabel() : "Denix SAA replica #R7";
    return set.as("rosa.armorer", () -> gate.check(new IssueGate.WeaponIssue(set.id(), weapon, label,
        weapon.equals(set.colt), set.person("rosa.armorer"), set.person(performer),
        SystemActor.call(() -> schedule.scene(set.id(), set.scene.id())), set.today.date(),
        clock.instant())));
  }

  private void approved(PlanDraft draft) {
    ScenePlan saved = set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), draft)));
    int version = saved.current().version();
    set.as("rosa.armorer", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), version, SignOffCapacity.ARMORER)));
    set.as("sam.safety", () -> signOffs.sign(set.id(), new SignPlan(set.scene.id(), version, SignOffCapacity.SAFETY_ADVISOR)));
    assertThat(plans(set.id()).status().approved()).isTrue();
  }

  private ScenePlan plans(UUID productionId) {
    return set.as("eli.actor", () -> plans.plan(productionId, set.scene.id()));
  }

  private PlanDraft discharge(LineOfFireDraft... lineOfFire) {
    return new PlanDraft(true, "quarter-load blank", "toward the altar",
        List.of(new LineDraft(set.colt, set.person("eli.actor"), false, null, null)), List.of(lineOfFire), null);
  }

  private InvalidInputException refusedPlan(PlanDraft draft) {
    Throwable thrown = catchThrowable(() -> set.as("rosa.armorer", () -> drafting.record(set.id(), new RecordPlan(set.scene.id(), draft))));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    // The form shows the rule's reason in the drafter's words.
    return saidAsWritten((InvalidInputException) thrown);
  }

  private AgendaItem agenda(UUID productionId) {
    return set.as("dana.ad", () -> agenda.agendaFor(productionId, set.today.date())).get(0);
  }

  private List<Gap> readiness(UUID productionId) {
    List<Gap> gaps = set.as("sam.safety", () -> readiness.gaps(productionId));
    gaps.forEach(GapWords::saidAsWritten);
    return gaps;
  }

  private static Throwable catchThrowable(Runnable work) {
    return org.assertj.core.api.Assertions.catchThrowable(work::run);
  }
}
