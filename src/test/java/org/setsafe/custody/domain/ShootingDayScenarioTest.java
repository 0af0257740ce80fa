package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.issued;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.misfire;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.returned;
import static org.setsafe.custody.domain.CustodyTestData.todaysScene;
import static org.setsafe.custody.domain.CustodyTestData.unloaded;
import static org.setsafe.custody.domain.CustodyTestData.verified;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.InvalidInputException;

/**
 * A shooting day through the custody domain alone: a rental revolver and a box of dummies go from the
 * truck to a performer's hand and back into the safe, every round accounted for. Then each step of the
 * "Rust" failure chain is tried and refused, with the reason the armorer or the 1st AD would read.
 */
class ShootingDayScenarioTest {

  private static final Duration WINDOW = ShowClearBeforeIssuePolicy.DEFAULT_WINDOW;

  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final IssueOnlyToPerformerOnTodaysScenePolicy onlyPerformer = new IssueOnlyToPerformerOnTodaysScenePolicy();
  private final ShowClearBeforeIssuePolicy showClearFirst = new ShowClearBeforeIssuePolicy();
  private final RoundsFromVerifiedLotsPolicy verifiedLots = new RoundsFromVerifiedLotsPolicy();
  private final FirearmsHoldPolicy firearmsHold = new FirearmsHoldPolicy();
  private final WeaponHoldAfterMisfirePolicy holdAfterMisfire = new WeaponHoldAfterMisfirePolicy();
  private final ArmorerHasNoOtherDutiesPolicy noOtherDuties = new ArmorerHasNoOtherDutiesPolicy();
  private final NeverUnattendedPolicy neverUnattended = new NeverUnattendedPolicy();
  private final RoundsReconcilePolicy reconcile = new RoundsReconcilePolicy();

  private final List<CustodyEvent> productionEvents = new ArrayList<>();

  @Test
  void aShootingDayWithARentalRevolverAndTheRustFailuresRefused() {
    // 07:00 The armorer receives a rental revolver, its acquisition record complete.
    Weapon revolver = aFirearm().withSerial("SAA-1873").build();
    WeaponCustody custody = record(revolver, null, received(revolver, minutes(0)));
    assertThat(custody.holder()).contains(ARMORER);

    // A box of 50 dummies arrives from the supplier; the armorer rattle-tests every one.
    AmmunitionLot dummies = aDummyLot().withCount(50).build();
    assertThat(lot(dummies).verified()).isFalse();
    productionEvents.add(verified(dummies, 50, minutes(20)));
    assertThat(lot(dummies).verified()).isTrue();

    // 09:00 Scene 42A. The armorer inspects and loads six dummies, each chamber's lot on the manifest.
    assertThat(onlyArmorer.check(CustodyAction.LOAD, Set.of(CrewRole.ARMORER))).isEmpty();
    assertThat(firearmsHold.check(FirearmsHold.of(productionEvents), CustodyAction.LOAD)).isEmpty();
    CustodyEvents.WeaponLoaded load = loadedWithDummies(revolver, dummies, 6, minutes(121));
    assertThat(verifiedLots.check(load.manifest(), Map.of(dummies.id(), lot(dummies)))).isEmpty();
    custody = record(revolver, custody, inspected(revolver, minutes(120)));
    custody = record(revolver, custody, load);

    // Loaded, it is never "shown clear": the armorer shows the performer, the 1st AD and the camera head the six
    // dummies, chamber by chamber; each confirms those words on their phone.
    assertThat(new ShowWhatIsInItPolicy().checkShowClear(custody)).isPresent();
    CustodyEvents.LoadShown shown = CustodyTestData.loadShown(revolver, load, minutes(125), PERFORMER, FIRST_AD,
        CAMERA_HEAD);
    assertThat(shown.shown()).startsWith("6 dummies from lot ").contains("chamber 6");
    custody = record(revolver, custody, shown);
    custody = record(revolver, custody, CustodyTestData.loadConfirmed(shown, PERFORMER, minutes(126)));
    custody = record(revolver, custody, CustodyTestData.loadConfirmed(shown, FIRST_AD, minutes(126)));
    assertThat(custody.cold(minutes(126), WINDOW)).as("cold before the camera head confirmed").isFalse();
    custody = record(revolver, custody, CustodyTestData.loadConfirmed(shown, CAMERA_HEAD, minutes(127)));
    assertThat(custody.cold(minutes(127), WINDOW)).isTrue();

    // The armorer hands it to the performer; the 1st AD may now announce "cold".
    assertThat(onlyPerformer.check(PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(), TODAY)).isEmpty();
    assertThat(showClearFirst.check(custody, PERFORMER, todaysScene(), minutes(128))).isEmpty();
    custody = record(revolver, custody, issued(revolver, PERFORMER, minutes(128)));
    assertThat(custody.holder()).contains(PERFORMER);
    assertThat(custody.cold(minutes(129), WINDOW)).isTrue();

    // Cut. The armorer collects it, unloads all six dummies back to the box and counts the lot.
    custody = record(revolver, custody, returned(revolver, PERFORMER, minutes(140)));
    assertThat(custody.cold(minutes(140), WINDOW)).as("cold lapses when the weapon comes back").isFalse();
    custody = record(revolver, custody, unloaded(revolver, dummies, 6, minutes(141)));
    RoundsCounted wrapCount = new RoundsCounted(id(), PRODUCTION, dummies.id(), ARMORER, minutes(600), 50);
    productionEvents.add(wrapCount);
    assertThat(reconcile.check(List.of(lot(dummies)), List.of(wrapCount))).isEmpty();

    // Wrap: locked up, and nothing is unattended.
    custody = record(revolver, custody, lockedUp(revolver, minutes(601)));
    assertThat(custody.state()).isEqualTo(WeaponState.LOCKED_UP);
    assertThat(neverUnattended.at(NeverUnattendedPolicy.Checkpoint.WRAP, List.of(custody))).isEmpty();

    // ---- The "Rust" failure chain, each link tried and refused ----

    // 1. Leftover dummies from another production, checked by shaking "most of the time".
    AmmunitionLot leftovers = aDummyLot().withCount(50).fromAnotherProduction().build();
    productionEvents.add(verified(leftovers, 40, minutes(602)));
    assertThat(verifiedLots.check(CustodyTestData.manifest(leftovers, 6, RoundClass.DUMMY),
        Map.of(leftovers.id(), lot(leftovers)))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("quarantined"));
    //    ... and live rounds among them cannot be registered as a lot at all.
    assertThatThrownBy(() -> RoundClass.parse("live")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("§9155");

    // 2. The armorer doubling as props assistant while a weapon is out.
    WeaponCustody outAgain = custody.then(CustodyTestData.unlocked(revolver, minutes(610)));
    assertThat(noOtherDuties.check(ARMORER, Set.of(CrewRole.ARMORER), CrewRole.CREW, TODAY, List.of(outAgain),
        List.of())).hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("§9153(a)(3)"));

    // 3. The 1st AD takes the gun and hands it over calling "cold gun" without a check.
    assertThat(onlyArmorer.check(CustodyAction.ISSUE, Set.of(CrewRole.FIRST_AD))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("Only the armorer or property master"));
    assertThat(outAgain.cold(minutes(611), WINDOW)).isFalse();
    assertThat(showClearFirst.check(outAgain, PERFORMER, todaysScene(), minutes(611))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("inspected"));
    //    ... and a gun left with a performer over lunch raises an alert.
    WeaponCustody leftOut = CustodyTestData.readyToIssue(revolver, minutes(700))
        .then(issued(revolver, PERFORMER, minutes(701)));
    assertThat(neverUnattended.at(NeverUnattendedPolicy.Checkpoint.MEAL_BREAK, List.of(leftOut))).hasSize(1);

    // 4. A misfire that "changed nothing": the weapon stays on hold until reviewed.
    WeaponCustody misfired = leftOut.then(misfire(revolver, minutes(710))).then(returned(revolver, PERFORMER, minutes(711)));
    assertThat(holdAfterMisfire.check(misfired, CustodyAction.ISSUE)).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("on hold"));

    // A live round turns up: the whole production's firearms are on hold.
    productionEvents.add(new LiveRoundFound(id(), PRODUCTION, null, minutes(720), leftovers.id(), null,
        "prop cart", "live round in the leftover box"));
    assertThat(firearmsHold.check(FirearmsHold.of(productionEvents), CustodyAction.LOAD)).hasValueSatisfying(refusal ->
        assertThat(refusal.rule()).isEqualTo(FirearmsHoldPolicy.RULE));

    // 6. A round that cannot be accounted for at wrap keeps the day open.
    RoundsCounted shortCount = new RoundsCounted(id(), PRODUCTION, dummies.id(), ARMORER, minutes(800), 49);
    assertThat(reconcile.check(List.of(lot(dummies)), List.of(shortCount))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("counted 49, expected 50"));
  }

  private WeaponCustody record(Weapon weapon, WeaponCustody custody, WeaponEvent event) {
    productionEvents.add(event);
    return custody == null ? WeaponCustody.of(weapon, List.of(event)) : custody.then(event);
  }

  private LotBalance lot(AmmunitionLot lot) {
    return LotBalance.of(lot, productionEvents);
  }
}
