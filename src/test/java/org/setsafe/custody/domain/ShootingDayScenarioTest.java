package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.SAFETY_ADVISOR;
import static org.setsafe.custody.domain.CustodyTestData.SCENE;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.misfire;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.todaysScene;
import static org.setsafe.custody.domain.CustodyTestData.verified;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyCommand.CollectWeapon;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShowClear;
import org.setsafe.custody.domain.CustodyCommand.ConfirmShownLoad;
import org.setsafe.custody.domain.CustodyCommand.DisposeWeapon;
import org.setsafe.custody.domain.CustodyCommand.InspectWeapon;
import org.setsafe.custody.domain.CustodyCommand.IssueWeapon;
import org.setsafe.custody.domain.CustodyCommand.LoadWeapon;
import org.setsafe.custody.domain.CustodyCommand.LockUpWeapon;
import org.setsafe.custody.domain.CustodyCommand.ReceiveWeapon;
import org.setsafe.custody.domain.CustodyCommand.RecordDischarge;
import org.setsafe.custody.domain.CustodyCommand.RefuseShowing;
import org.setsafe.custody.domain.CustodyCommand.ReportTrouble;
import org.setsafe.custody.domain.CustodyCommand.ReviewWeapon;
import org.setsafe.custody.domain.CustodyCommand.ShowItClear;
import org.setsafe.custody.domain.CustodyCommand.ShowTheLoad;
import org.setsafe.custody.domain.CustodyCommand.TransferWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnloadWeapon;
import org.setsafe.custody.domain.CustodyCommand.UnlockWeapon;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.StepSnapshot.ArmorerPermit;
import org.setsafe.custody.domain.StepSnapshot.FirearmsClearance;
import org.setsafe.custody.domain.StepSnapshot.Recipient;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Refusal;

/**
 * A shooting day through the custody domain alone: a rental revolver and a box of dummies go from the truck to a
 * performer's hand and back into the safe, every round accounted for. Each weapon step is decided by the same
 * {@link CustodyProtocol} the custody service asks, so what is refused here is what the service refuses. Then each
 * link of the "Rust" failure chain is tried and refused, with the reason the armorer or the 1st AD would read; and
 * for every step, the rules that guard it and the order they are asked in.
 */
class ShootingDayScenarioTest {

  private static final Duration WINDOW = ShowClearBeforeIssuePolicy.DEFAULT_WINDOW;
  private static final ArmorerPermit PERMIT = new ArmorerPermit(true, null, null);
  private static final ArmorerPermit NO_PERMIT = new ArmorerPermit(false, "training.current-qualification",
      "No current armorer permit on record.");

  private final CustodyProtocol protocol = new CustodyProtocol();

  private final ArmorerHasNoOtherDutiesPolicy noOtherDuties = new ArmorerHasNoOtherDutiesPolicy();
  private final NeverUnattendedPolicy neverUnattended = new NeverUnattendedPolicy();
  private final RoundsReconcilePolicy reconcile = new RoundsReconcilePolicy();

  private final List<CustodyEvent> productionEvents = new ArrayList<>();

  @Test
  void aShootingDayWithARentalRevolverAndTheRustFailuresRefused() {
    // 07:00 The armorer receives a rental revolver, its acquisition record complete.
    Weapon revolver = aFirearm().withSerial("SAA-1873").build();
    WeaponCustody custody = take(WeaponCustody.of(revolver, List.of()),
        new ReceiveWeapon(revolver.id(), "Ellis Mercantile rentals", "FFL 9-12-345"), armorerAt(minutes(0)));
    assertThat(custody.holder()).contains(ARMORER);
    assertThat(custody.nextStep()).isEqualTo(NextStep.INSPECT);

    // A box of 50 dummies arrives from the supplier; the armorer rattle-tests every one.
    AmmunitionLot dummies = aDummyLot().withCount(50).build();
    assertThat(lot(dummies).verified()).isFalse();
    productionEvents.add(verified(dummies, 50, minutes(20)));
    assertThat(lot(dummies).verified()).isTrue();

    // 09:00 Scene 42A. The armorer inspects and loads six dummies, each chamber's lot on the manifest.
    custody = take(custody, new InspectWeapon(revolver.id(), "Bore clear, cylinder indexes"), armorerAt(minutes(120)));
    assertThat(custody.nextSteps(ARMORER, Set.of(CrewRole.ARMORER))).contains(CustodyAction.SHOW_CLEAR,
        CustodyAction.LOAD);
    custody = take(custody, new LoadWeapon(revolver.id(), CustodyTestData.manifest(dummies, 6, RoundClass.DUMMY)),
        armorerAt(minutes(121)).withLots(Map.of(dummies.id(), lot(dummies))));
    assertThat(custody.nextStep()).isEqualTo(NextStep.SHOW_LOAD);

    // Loaded, it is never "shown clear": the armorer shows the performer, the 1st AD and the camera head the six
    // dummies, chamber by chamber; each confirms those words on their phone.
    saidAsWritten(assertRefused(custody, new ShowItClear(revolver.id(), Set.of(PERFORMER, FIRST_AD, CAMERA_HEAD)),
        armorerAt(minutes(124)), ShowWhatIsInItPolicy.RULE));
    Decision shown = protocol.decide(custody, new ShowTheLoad(revolver.id(), Set.of(PERFORMER, FIRST_AD,
        CAMERA_HEAD)), armorerAt(minutes(125)));
    assertThat(((LoadShown) shown.event()).shown()).startsWith("6 dummies from lot ").contains("chamber 6");
    custody = record(shown);
    assertThat(custody.nextStep()).isEqualTo(NextStep.AWAITING_WITNESSES);
    assertThat(custody.nextSteps(PERFORMER, Set.of(CrewRole.PERFORMER))).contains(CustodyAction.WITNESS_SHOW_CLEAR);
    saidAsWritten(assertRefused(custody, new ConfirmShowClear(revolver.id()), someoneAt(PERFORMER, CrewRole.PERFORMER,
        minutes(126)), ShowWhatIsInItPolicy.RULE));
    saidAsWritten(assertRefused(custody, new ConfirmShownLoad(revolver.id()), someoneAt(CustodyTestData.OTHER_PERFORMER,
        CrewRole.PERFORMER, minutes(126)), ShowClearBeforeIssuePolicy.RULE));
    custody = take(custody, new ConfirmShownLoad(revolver.id()), someoneAt(PERFORMER, CrewRole.PERFORMER, minutes(126)));
    custody = take(custody, new ConfirmShownLoad(revolver.id()), someoneAt(FIRST_AD, CrewRole.FIRST_AD, minutes(126)));
    assertThat(custody.cold(minutes(126), WINDOW)).as("cold before the camera head confirmed").isFalse();
    custody = take(custody, new ConfirmShownLoad(revolver.id()), someoneAt(CAMERA_HEAD, CrewRole.CREW, minutes(127)));
    assertThat(custody.cold(minutes(127), WINDOW)).isTrue();
    assertThat(custody.nextStep()).isEqualTo(NextStep.ISSUE);

    // The armorer hands it to the performer; the 1st AD may now announce "cold".
    custody = take(custody, new IssueWeapon(revolver.id(), PERFORMER, SCENE), issueAt(minutes(128)));
    assertThat(custody.holder()).contains(PERFORMER);
    assertThat(custody.cold(minutes(129), WINDOW)).isTrue();
    assertThat(custody.nextStep()).isEqualTo(NextStep.COLLECT);

    // Cut. The armorer collects it, unloads all six dummies back to the box and counts the lot.
    custody = take(custody, new CollectWeapon(revolver.id()), armorerAt(minutes(140)));
    assertThat(custody.cold(minutes(140), WINDOW)).as("cold lapses when the weapon comes back").isFalse();
    assertThat(custody.nextStep()).isEqualTo(NextStep.LOCK_UP);
    custody = take(custody, new UnloadWeapon(revolver.id(), Map.of(dummies.id(), 6)), armorerAt(minutes(141)));
    RoundsCounted wrapCount = new RoundsCounted(id(), PRODUCTION, dummies.id(), ARMORER, minutes(600), 50);
    productionEvents.add(wrapCount);
    assertThat(reconcile.check(List.of(lot(dummies)), List.of(wrapCount))).isEmpty();

    // Wrap: locked up, and nothing is unattended.
    custody = take(custody, new LockUpWeapon(revolver.id(), "Armory truck, safe 2", null), armorerAt(minutes(601)));
    assertThat(custody.state()).isEqualTo(WeaponState.LOCKED_UP);
    assertThat(neverUnattended.at(NeverUnattendedPolicy.Checkpoint.WRAP, List.of(custody))).isEmpty();

    // ---- The "Rust" failure chain, each link tried and refused ----

    // 1. Leftover dummies from another production, checked by shaking "most of the time": not loaded.
    AmmunitionLot leftovers = aDummyLot().withCount(50).fromAnotherProduction().build();
    productionEvents.add(verified(leftovers, 40, minutes(602)));
    WeaponCustody outAgain = take(custody, new UnlockWeapon(revolver.id()), armorerAt(minutes(610)));
    WeaponCustody inspectedAgain = take(outAgain, new InspectWeapon(revolver.id(), "Bore clear"), armorerAt(minutes(611)));
    assertThat(assertRefused(inspectedAgain, new LoadWeapon(revolver.id(), CustodyTestData.manifest(leftovers, 6,
        RoundClass.DUMMY)), armorerAt(minutes(612)).withLots(Map.of(leftovers.id(), lot(leftovers))),
        RoundsFromVerifiedLotsPolicy.RULE).reason()).contains("quarantined");
    //    ... and live rounds among them cannot be registered as a lot at all.
    assertThatThrownBy(() -> RoundClass.parse("live")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("§9155");

    // 2. The armorer doubling as props assistant while a weapon is out.
    assertThat(noOtherDuties.check(ARMORER, Set.of(CrewRole.ARMORER), CrewRole.CREW, TODAY, List.of(outAgain),
        List.of())).hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("§9153(a)(3)"));

    // 3. The 1st AD takes the gun and hands it over calling "cold gun" without a check.
    StepSnapshot firstAd = new StepSnapshot(PRODUCTION, FIRST_AD, Set.of(CrewRole.FIRST_AD), null, TODAY, minutes(611), null, null,
        null, issueAt(minutes(611)).recipient(), null, null);
    assertThat(assertRefused(outAgain, new IssueWeapon(revolver.id(), PERFORMER, SCENE), firstAd,
        OnlyArmorerHandlesPolicy.RULE).reason()).contains("Only the armorer or property master");
    assertThat(outAgain.cold(minutes(611), WINDOW)).isFalse();
    assertThat(assertRefused(outAgain, new IssueWeapon(revolver.id(), PERFORMER, SCENE), issueAt(minutes(611)),
        ShowClearBeforeIssuePolicy.RULE).reason()).contains("inspected");
    //    ... and a gun left with a performer over lunch raises an alert.
    WeaponCustody leftOut = take(readyToIssue(revolver, minutes(700)), new IssueWeapon(revolver.id(), PERFORMER, SCENE),
        issueAt(minutes(701)));
    assertThat(neverUnattended.at(NeverUnattendedPolicy.Checkpoint.MEAL_BREAK, List.of(leftOut))).hasSize(1);

    // 4. A misfire that "changed nothing": the weapon stays on hold until reviewed.
    WeaponCustody misfired = take(leftOut, new ReportTrouble(revolver.id(), ReportTrouble.Report.MISFIRE, "click"),
        someoneAt(PERFORMER, CrewRole.PERFORMER, minutes(710)));
    misfired = take(misfired, new CollectWeapon(revolver.id()), armorerAt(minutes(711)));
    assertThat(misfired.nextStep()).isEqualTo(NextStep.ON_HOLD);
    assertThat(assertRefused(misfired, new IssueWeapon(revolver.id(), PERFORMER, SCENE), issueAt(minutes(712)),
        WeaponHoldAfterMisfirePolicy.RULE).reason()).contains("on hold");

    // A live round turns up: the whole production's firearms are on hold, and no weapon is loaded.
    productionEvents.add(new LiveRoundFound(id(), PRODUCTION, null, minutes(720), leftovers.id(), null,
        "prop cart", "live round in the leftover box"));
    saidAsWritten(assertRefused(inspectedAgain, new LoadWeapon(revolver.id(), CustodyTestData.manifest(dummies, 6,
        RoundClass.DUMMY)), armorerAt(minutes(721)).withFirearmsHold(FirearmsHold.of(productionEvents))
            .withLots(Map.of(dummies.id(), lot(dummies))), FirearmsHoldPolicy.RULE));

    // 6. A round that cannot be accounted for at wrap keeps the day open.
    RoundsCounted shortCount = new RoundsCounted(id(), PRODUCTION, dummies.id(), ARMORER, minutes(800), 49);
    assertThat(reconcile.check(List.of(lot(dummies)), List.of(shortCount))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("counted 49, expected 50"));
  }

  @Test
  void eachStepAsksItsRulesInTheOrderOfTheProtocol() {
    String order = OrderOfCustodyPolicy.RULE;
    String armorer = OnlyArmorerHandlesPolicy.RULE;
    String permit = CustodyProtocol.ARMORER_PERMIT;
    assertThat(protocol.rules(ReceiveWeapon.class)).containsExactly(order, armorer, permit);
    assertThat(protocol.rules(InspectWeapon.class)).containsExactly(order, armorer, permit);
    assertThat(protocol.rules(LoadWeapon.class)).containsExactly(order, armorer, permit, FirearmsHoldPolicy.RULE,
        StopWorkBindsPolicy.RULE, SettledDayBeforeLoadPolicy.RULE, WeaponHoldAfterMisfirePolicy.RULE,
        OnlyFirearmsAreLoadedPolicy.RULE, RoundsFromVerifiedLotsPolicy.RULE);
    assertThat(protocol.rules(UnloadWeapon.class)).containsExactly(order, armorer);
    assertThat(protocol.rules(ShowItClear.class)).containsExactly(order, armorer, permit, StopWorkBindsPolicy.RULE,
        WeaponHoldAfterMisfirePolicy.RULE, InspectAfterMalfunctionPolicy.RULE, order, ShowWhatIsInItPolicy.RULE);
    assertThat(protocol.rules(ShowTheLoad.class)).containsExactly(order, armorer, permit, ShowWhatIsInItPolicy.RULE,
        WeaponHoldAfterMisfirePolicy.RULE, InspectAfterMalfunctionPolicy.RULE, order);
    assertThat(protocol.rules(ConfirmShowClear.class)).containsExactly(order, CustodyProtocol.NAMED_WITNESS,
        CustodyProtocol.WITNESS_ANSWERS_WHAT_WAS_SHOWN);
    assertThat(protocol.rules(ConfirmShownLoad.class)).containsExactly(order, CustodyProtocol.NAMED_WITNESS,
        CustodyProtocol.WITNESS_ANSWERS_WHAT_WAS_SHOWN);
    assertThat(protocol.rules(RefuseShowing.class)).containsExactly(order, CustodyProtocol.NAMED_WITNESS);
    assertThat(protocol.rules(IssueWeapon.class)).containsExactly(order, armorer, permit, FirearmsHoldPolicy.RULE,
        SceneHoldPolicy.RULE, StopWorkBindsPolicy.RULE, WeaponHoldAfterMisfirePolicy.RULE, order,
        IssueOnlyToPerformerOnTodaysScenePolicy.RULE, CustodyProtocol.FIREARMS_CLEARANCE,
        ShowClearBeforeIssuePolicy.RULE, CustodyProtocol.ISSUE_GATES);
    assertThat(protocol.rules(CollectWeapon.class)).containsExactly(order, armorer, permit);
    assertThat(protocol.rules(TransferWeapon.class)).containsExactly(order, armorer, armorer + " (the recipient)");
    assertThat(protocol.rules(LockUpWeapon.class)).containsExactly(order, armorer, LockUpLoadedPolicy.RULE);
    assertThat(protocol.rules(UnlockWeapon.class)).containsExactly(order, armorer);
    assertThat(protocol.rules(ReportTrouble.class)).containsExactly(order);
    assertThat(protocol.rules(ReviewWeapon.class)).containsExactly(order, WeaponHoldAfterMisfirePolicy.RULE
        + " (who reviews)");
    assertThat(protocol.rules(RecordDischarge.class)).containsExactly(order, armorer, RoundsOnHandPolicy.RULE,
        DummiesDoNotFirePolicy.RULE);
    assertThat(protocol.rules(DisposeWeapon.class)).containsExactly(order, armorer, order,
        WeaponHoldAfterMisfirePolicy.RULE);
  }

  /**
   * An issue with every rule broken is refused by the first rule in the protocol's order; put that right, and the
   * next one refuses; until, with everything in order, the weapon goes to the performer.
   */
  @Test
  void anIssueIsRefusedByTheFirstRuleItBreaksInOrderUntilNoneIsBroken() {
    Weapon revolver = aFirearm().build();
    Instant at = minutes(5);
    WeaponCustody ready = readyToIssue(revolver, minutes(0));
    WeaponCustody onHold = ready.then(misfire(revolver, minutes(1)));
    WeaponCustody lockedAway = WeaponCustody.of(revolver, List.of(CustodyTestData.received(revolver, minutes(0)),
        lockedUp(revolver, minutes(1))));
    WeaponCustody notShown = WeaponCustody.of(revolver, List.of(CustodyTestData.received(revolver, minutes(0)),
        CustodyTestData.inspected(revolver, minutes(1))));
    IssueWeapon issue = new IssueWeapon(revolver.id(), PERFORMER, SCENE);
    FirearmsHold standDown = FirearmsHold.of(List.of(new LiveRoundFound(id(), PRODUCTION, null, minutes(0), null, null,
        "set", "a live round")));
    Recipient performer = new Recipient(Set.of(CrewRole.PERFORMER), todaysScene(), new FirearmsClearance(true, null,
        null));
    Optional<Refusal> stopped = Optional.of(new Refusal(StopWorkBindsPolicy.RULE, "Work is stopped on scene 42A."));

    StepSnapshot everythingWrong = new StepSnapshot(PRODUCTION, FIRST_AD, Set.of(CrewRole.FIRST_AD), NO_PERMIT, TODAY, at,
        standDown, stopped, Optional.empty(), new Recipient(Set.of(CrewRole.CREW), todaysScene(),
            new FirearmsClearance(false, "training.firearms-safety", "no firearms safety training on record")),
        Map.of(), () -> Optional.of(new Refusal("protocol.weapon-plan", "Scene 42A has no weapon plan.")));
    assertThat(refusedBy(onHold, issue, everythingWrong)).isEqualTo(OnlyArmorerHandlesPolicy.RULE);
    StepSnapshot on = new StepSnapshot(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), NO_PERMIT, TODAY, at, standDown, stopped,
        Optional.empty(), everythingWrong.recipient(), Map.of(), everythingWrong.gates());
    assertThat(refusedBy(onHold, issue, on)).isEqualTo("training.current-qualification");
    saidAsWritten(protocol.decide(onHold, issue, on).refusalIfAny().orElseThrow());
    on = new StepSnapshot(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), PERMIT, TODAY, at, standDown, stopped,
        Optional.empty(), everythingWrong.recipient(), Map.of(), everythingWrong.gates());
    assertThat(refusedBy(onHold, issue, on)).isEqualTo(FirearmsHoldPolicy.RULE);
    on = on.withFirearmsHold(null);
    assertThat(refusedBy(onHold, issue, on)).isEqualTo(StopWorkBindsPolicy.RULE);
    on = on.withHolds(Optional.empty(), Optional.empty());
    assertThat(refusedBy(onHold, issue, on)).isEqualTo(WeaponHoldAfterMisfirePolicy.RULE);
    assertThat(refusedBy(lockedAway, issue, on)).isEqualTo(OrderOfCustodyPolicy.RULE);
    saidAsWritten(protocol.decide(lockedAway, issue, on).refusalIfAny().orElseThrow());
    assertThat(refusedBy(notShown, issue, on)).isEqualTo(IssueOnlyToPerformerOnTodaysScenePolicy.RULE);
    on = on.withRecipient(new Recipient(Set.of(CrewRole.PERFORMER), todaysScene(), everythingWrong.recipient()
        .clearance()));
    assertThat(refusedBy(notShown, issue, on)).isEqualTo("training.firearms-safety");
    saidAsWritten(protocol.decide(notShown, issue, on).refusalIfAny().orElseThrow());
    on = on.withRecipient(performer);
    assertThat(refusedBy(notShown, issue, on)).isEqualTo(ShowClearBeforeIssuePolicy.RULE);
    assertThat(refusedBy(ready, issue, on)).isEqualTo("protocol.weapon-plan");
    Decision issued = protocol.decide(ready, issue, on.withGates(Optional::empty));
    assertThat(issued.accepted()).isTrue();
    assertThat(issued.after().holder()).contains(PERFORMER);
  }

  @Test
  void aDisposedWeaponTakesNoStepAndAStepThatCouldNotHaveHappenedIsRefusedInTheOrderOfCustody() {
    Weapon revolver = aFirearm().build();
    WeaponCustody ready = readyToIssue(revolver, minutes(0));
    WeaponCustody gone = take(ready, new DisposeWeapon(revolver.id(), "Ellis Mercantile rentals", "1 Main St",
        "FFL 9-12-345", "Returned to the rental house"), armorerAt(minutes(2)));
    assertThat(gone.nextStep()).isEqualTo(NextStep.DISPOSED);
    assertThat(gone.nextSteps(ARMORER, Set.of(CrewRole.ARMORER))).isEmpty();
    assertThat(saidAsWritten(assertRefused(gone, new InspectWeapon(revolver.id(), "Bore clear"), armorerAt(minutes(3)),
        OrderOfCustodyPolicy.RULE)).reason()).contains("takes no further steps");
    // Nothing to collect from anyone: the fold of the history says why.
    assertThat(saidAsWritten(assertRefused(ready, new CollectWeapon(revolver.id()), armorerAt(minutes(3)),
        OrderOfCustodyPolicy.RULE)).reason()).contains("cannot be recorded");
  }

  @Test
  void theStepsAPersonMayTakeFollowTheirRolesAndWhereTheWeaponIs() {
    Weapon revolver = aFirearm().build();
    WeaponCustody onHold = readyToIssue(revolver, minutes(0)).then(misfire(revolver, minutes(1)));
    assertThat(onHold.nextSteps(ARMORER, Set.of(CrewRole.ARMORER))).containsExactly(CustodyAction.TRANSFER,
        CustodyAction.DISPOSE, CustodyAction.REPORT, CustodyAction.REVIEW);
    assertThat(onHold.nextSteps(SAFETY_ADVISOR, Set.of(CrewRole.SAFETY_ADVISOR))).containsExactly(CustodyAction.REPORT,
        CustodyAction.REVIEW);
    assertThat(onHold.nextSteps(PERFORMER, Set.of(CrewRole.PERFORMER))).containsExactly(CustodyAction.REPORT);
    assertThat(onHold.nextSteps(UUID.randomUUID(), Set.of())).as("not on the crew").isEmpty();
  }

  // ---- asking the protocol ----

  private WeaponCustody take(WeaponCustody custody, CustodyCommand command, StepSnapshot on) {
    Decision decision = protocol.decide(custody, command, on);
    assertThat(decision.refusalIfAny()).as(command + " refused").isEmpty();
    return record(decision);
  }

  private WeaponCustody record(Decision decision) {
    productionEvents.add(decision.event());
    return decision.after();
  }

  private Refusal assertRefused(WeaponCustody custody, CustodyCommand command, StepSnapshot on, String rule) {
    Decision decision = protocol.decide(custody, command, on);
    assertThat(decision.refusalIfAny()).as(command + " refused").isPresent();
    assertThat(decision.refusal().rule()).isEqualTo(rule);
    return decision.refusal();
  }

  private String refusedBy(WeaponCustody custody, CustodyCommand command, StepSnapshot on) {
    return protocol.decide(custody, command, on).refusalIfAny().map(Refusal::rule).orElse("accepted");
  }

  private static StepSnapshot armorerAt(Instant at) {
    return StepSnapshot.of(PRODUCTION, ARMORER, Set.of(CrewRole.ARMORER), PERMIT, TODAY, at);
  }

  private static StepSnapshot someoneAt(UUID person, CrewRole role, Instant at) {
    return StepSnapshot.of(PRODUCTION, person, Set.of(role), null, TODAY, at);
  }

  /** The armorer issuing to the performer in today's scene 42A, trained in firearms safety, every gate open. */
  private static StepSnapshot issueAt(Instant at) {
    return armorerAt(at).withRecipient(new Recipient(Set.of(CrewRole.PERFORMER), todaysScene(),
        new FirearmsClearance(true, null, null)));
  }

  private LotBalance lot(AmmunitionLot lot) {
    return LotBalance.of(lot, productionEvents);
  }
}
