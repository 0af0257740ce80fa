package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.OTHER_PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCER;
import static org.setsafe.custody.domain.CustodyTestData.PRODUCTION;
import static org.setsafe.custody.domain.CustodyTestData.SAFETY_ADVISOR;
import static org.setsafe.custody.domain.CustodyTestData.TODAY;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.confirmed;
import static org.setsafe.custody.domain.CustodyTestData.id;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.issued;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.manifest;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.sceneWithoutCameraHead;
import static org.setsafe.custody.domain.CustodyTestData.shownClear;
import static org.setsafe.custody.domain.CustodyTestData.todaysScene;
import static org.setsafe.custody.domain.CustodyTestData.verified;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.setsafe.custody.domain.CustodyEvents.HoldCleared;
import org.setsafe.custody.domain.CustodyEvents.LiveRoundFound;
import org.setsafe.custody.domain.CustodyEvents.RoundsCounted;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.production.CrewRole;

class CustodyPoliciesTest {

  private final Weapon revolver = aFirearm().build();

  @Nested
  class OnlyTheArmorerHandles {

    private final OnlyArmorerHandlesPolicy policy = new OnlyArmorerHandlesPolicy();

    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
        "ARMORER, ISSUE, true", "PROPERTY_MASTER, LOAD, true", "FIRST_AD, ISSUE, false", "FIRST_AD, SHOW_CLEAR, false",
        "PERFORMER, COLLECT, false", "SAFETY_ADVISOR, INSPECT, false", "PRODUCER, UNLOCK, false",
        "PERFORMER, WITNESS_SHOW_CLEAR, true", "CREW, REPORT, true", "SAFETY_ADVISOR, REVIEW, true"})
    void onlyTheArmorerOrPropertyMasterSetsAWeaponsState(CrewRole role, CustodyAction action, boolean allowed) {
      assertThat(policy.check(action, Set.of(role)).map(refusal -> saidAsWritten(refusal)).isEmpty())
          .isEqualTo(allowed);
    }

    @Test
    void aFirstAdIsToldTheyAnnounceButDoNotSetState() {
      assertThat(policy.check(CustodyAction.ISSUE, Set.of(CrewRole.FIRST_AD))).hasValueSatisfying(refusal -> {
        assertThat(saidAsWritten(refusal).rule()).isEqualTo(OnlyArmorerHandlesPolicy.RULE);
        assertThat(refusal.reason()).contains("§9153(a)(1)").contains("1st AD announces");
      });
    }
  }

  @Nested
  class IssueOnlyToAPerformerOnTodaysScene {

    private final IssueOnlyToPerformerOnTodaysScenePolicy policy = new IssueOnlyToPerformerOnTodaysScenePolicy();

    @Test
    void aPerformerInTodaysSceneMayReceiveAWeapon() {
      assertThat(policy.check(PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(), TODAY)).isEmpty();
    }

    @Test
    void issueToTheFirstAdIsRefused() {
      assertThat(policy.check(FIRST_AD, Set.of(CrewRole.FIRST_AD), todaysScene(), TODAY))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("only to a performer"));
    }

    @Test
    void issueForASceneNotShotTodayIsRefused() {
      assertThat(policy.check(PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(), TODAY.plusDays(1)))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("not on today's call sheet"));
    }

    @Test
    void issueToAPerformerNotInTheSceneIsRefused() {
      assertThat(policy.check(OTHER_PERFORMER, Set.of(CrewRole.PERFORMER), todaysScene(), TODAY))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("not in the cast"));
    }
  }

  @Nested
  class ShowClearBeforeIssue {

    private final ShowClearBeforeIssuePolicy policy = new ShowClearBeforeIssuePolicy();

    @Test
    void issueIsAllowedRightAfterAConfirmedShowClear() {
      assertThat(policy.check(readyToIssue(revolver, minutes(60)), PERFORMER, todaysScene(), minutes(62))).isEmpty();
    }

    @Test
    void issueIsRefusedWithoutAShowClearWithinTheWindow() {
      assertThat(policy.window()).isEqualTo(Duration.ofMinutes(10));
      assertThat(policy.check(readyToIssue(revolver, minutes(60)), PERFORMER, todaysScene(), minutes(71)))
          .hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo(ShowClearBeforeIssuePolicy.RULE);
            assertThat(refusal.reason()).contains("10 minutes");
          });
    }

    @Test
    void theWindowIsConfigurable() {
      assertThat(new ShowClearBeforeIssuePolicy(Duration.ofMinutes(3))
          .check(readyToIssue(revolver, minutes(60)), PERFORMER, todaysScene(), minutes(64))).isPresent();
    }

    @Test
    void issueIsRefusedWithoutAShowClearSinceCustodyChanged() {
      WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          inspected(revolver, minutes(55))));

      assertThat(policy.check(custody, PERFORMER, todaysScene(), minutes(60)))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("no show-clear"));
    }

    @Test
    void issueIsRefusedUntilTheCameraHeadHasConfirmedWhenTheSceneHasOne() {
      ShownClear shown = shownClear(revolver, minutes(60), PERFORMER, FIRST_AD, CAMERA_HEAD);
      WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          inspected(revolver, minutes(59)), shown, confirmed(shown, PERFORMER, minutes(60)),
          confirmed(shown, FIRST_AD, minutes(61))));

      assertThat(policy.check(custody, PERFORMER, todaysScene(), minutes(62)))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("awaits confirmation from the camera head"));
      assertThat(policy.check(custody.then(confirmed(shown, CAMERA_HEAD, minutes(62))), PERFORMER, todaysScene(),
          minutes(62))).isEmpty();
    }

    @Test
    void issueIsRefusedWhenTheShowClearWasNotShownToTheFirstAd() {
      ShownClear shown = shownClear(revolver, minutes(60), PERFORMER);
      WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          inspected(revolver, minutes(59)), shown, confirmed(shown, PERFORMER, minutes(60))));

      assertThat(policy.check(custody, PERFORMER, sceneWithoutCameraHead(), minutes(61)))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("not shown to the 1st AD"));
    }

    @Test
    void issueIsRefusedWithoutARecentInspection() {
      ShownClear shown = shownClear(revolver, minutes(60), PERFORMER, FIRST_AD);
      WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          inspected(revolver, minutes(5)), shown, confirmed(shown, PERFORMER, minutes(60)),
          confirmed(shown, FIRST_AD, minutes(60))));

      assertThat(policy.check(custody, PERFORMER, sceneWithoutCameraHead(), minutes(61)))
          .hasValueSatisfying(refusal -> assertThat(refusal.reason()).contains("not inspected"));
    }
  }

  @Nested
  class RoundsFromVerifiedLots {

    private final RoundsFromVerifiedLotsPolicy policy = new RoundsFromVerifiedLotsPolicy();
    private final AmmunitionLot dummies = aDummyLot().withCount(12).build();

    @Test
    void roundsFromAFullyVerifiedLotMayBeLoaded() {
      LotBalance lot = LotBalance.of(dummies, List.of(verified(dummies, 12, minutes(0))));

      assertThat(policy.check(manifest(dummies, 6, RoundClass.DUMMY), Map.of(dummies.id(), lot))).isEmpty();
    }

    @Test
    void roundsFromAnUnknownLotAreRefused() {
      assertThat(policy.check(manifest(dummies, 6, RoundClass.DUMMY), Map.of()))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("not on the register"));
    }

    @Test
    void roundsFromALotVerifiedBySampleAreRefused() {
      LotBalance lot = LotBalance.of(dummies, List.of(verified(dummies, 6, minutes(0))));

      assertThat(policy.check(manifest(dummies, 6, RoundClass.DUMMY), Map.of(dummies.id(), lot)))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("6 of 12").contains("never a sample"));
    }

    @Test
    void roundsFromAQuarantinedLotAreRefused() {
      AmmunitionLot leftovers = aDummyLot().fromAnotherProduction().ofClass(RoundClass.BLANK_HALF).build();

      assertThat(policy.check(manifest(leftovers, 1, RoundClass.BLANK_HALF),
          Map.of(leftovers.id(), LotBalance.of(leftovers, List.of()))))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("quarantined"));
    }

    @Test
    void moreRoundsThanTheLotHasLeftAreRefused() {
      AmmunitionLot small = aDummyLot().withCount(4).build();
      LotBalance lot = LotBalance.of(small, List.of(verified(small, 4, minutes(0))));

      assertThat(policy.check(manifest(small, 6, RoundClass.DUMMY), Map.of(small.id(), lot)))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("has 4 rounds left, not 6"));
    }

    @Test
    void aRoundRecordedAsADifferentClassThanItsLotIsRefused() {
      LotBalance lot = LotBalance.of(dummies, List.of(verified(dummies, 12, minutes(0))));

      saidAsWritten(policy.check(manifest(dummies, 1, RoundClass.BLANK_FULL), Map.of(dummies.id(), lot))
          .orElseThrow());
    }
  }

  @Nested
  class FirearmsHoldAfterALiveRound {

    private final FirearmsHoldPolicy policy = new FirearmsHoldPolicy();
    private final LiveRoundFound found = new LiveRoundFound(id(), PRODUCTION, null, minutes(0), null, null,
        "dummy box on the prop cart", "a live .45 Colt among the dummies");

    @ParameterizedTest
    @EnumSource(value = CustodyAction.class, names = {"ISSUE", "LOAD"})
    void everyIssueAndLoadIsRefusedWhileALiveRoundFindIsOpen(CustodyAction action) {
      assertThat(policy.check(FirearmsHold.of(List.of(found)), action)).hasValueSatisfying(refusal ->
          assertThat(saidAsWritten(refusal).reason()).contains("live round").contains("§9155")
              .contains("producer and safety advisor"));
    }

    @Test
    void unloadingAndLockingUpStayAllowedDuringTheHold() {
      FirearmsHold hold = FirearmsHold.of(List.of(found));

      assertThat(policy.check(hold, CustodyAction.UNLOAD)).isEmpty();
      assertThat(policy.check(hold, CustodyAction.LOCK_UP)).isEmpty();
    }

    @Test
    void theHoldLiftsOnlyWhenTheSafetyAdvisorAndAProducerHaveBothClearedIt() {
      HoldCleared advisor = new HoldCleared(id(), PRODUCTION, SAFETY_ADVISOR, minutes(60), found.eventId(),
          CrewRole.SAFETY_ADVISOR, "source traced to the leftover box; box destroyed; all lots re-verified");
      HoldCleared producer = new HoldCleared(id(), PRODUCTION, PRODUCER, minutes(70), found.eventId(),
          CrewRole.PRODUCER, "read the advisor's finding; supplier changed");

      assertThat(FirearmsHold.of(List.of(found, advisor)).active()).isTrue();
      assertThat(FirearmsHold.of(List.of(found, advisor)).clearancesAwaited(found.eventId()))
          .containsExactly(CrewRole.PRODUCER);
      assertThat(policy.check(FirearmsHold.of(List.of(found, advisor, producer)), CustodyAction.ISSUE)).isEmpty();
    }
  }

  @Nested
  class WeaponHoldAfterMisfire {

    @Test
    void aWeaponOnHoldIsNotLoadedShownClearOrIssued() {
      WeaponCustody held = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          CustodyTestData.misfire(revolver, minutes(5))));
      WeaponHoldAfterMisfirePolicy policy = new WeaponHoldAfterMisfirePolicy();

      for (CustodyAction action : EnumSet.of(CustodyAction.ISSUE, CustodyAction.LOAD, CustodyAction.SHOW_CLEAR)) {
        assertThat(policy.check(held, action)).hasValueSatisfying(refusal ->
            assertThat(saidAsWritten(refusal).reason()).contains("armorer and safety advisor record a review"));
      }
      assertThat(policy.check(held, CustodyAction.UNLOAD)).isEmpty();
    }
  }

  @Nested
  class ArmorerHasNoOtherDuties {

    private final ArmorerHasNoOtherDutiesPolicy policy = new ArmorerHasNoOtherDutiesPolicy();
    private final Set<CrewRole> armorer = Set.of(CrewRole.ARMORER);

    @Test
    void aSecondRoleIsRefusedWhileAnyWeaponIsOut() {
      WeaponCustody out = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));

      assertThat(policy.check(ARMORER, armorer, CrewRole.CREW, TODAY, List.of(out), List.of()))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("§9153(a)(3)")
              .contains("producer"));
    }

    @Test
    void aSecondRoleIsAllowedOnceEveryWeaponIsLockedUp() {
      WeaponCustody locked = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
          lockedUp(revolver, minutes(1))));

      assertThat(policy.check(ARMORER, armorer, CrewRole.CREW, TODAY, List.of(locked), List.of())).isEmpty();
    }

    @Test
    void aProducersRecordedOverrideForThatPersonRoleAndDayAllowsIt() {
      WeaponCustody out = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));
      SecondRoleAuthorised override = new SecondRoleAuthorised(id(), PRODUCTION, PRODUCER, minutes(0),
          CrewRole.PRODUCER, ARMORER, CrewRole.CREW, TODAY, "second armorer on set covers the weapons");

      assertThat(policy.check(ARMORER, armorer, CrewRole.CREW, TODAY, List.of(out), List.of(override))).isEmpty();
      assertThat(policy.check(ARMORER, armorer, CrewRole.CREW, TODAY.plusDays(1), List.of(out), List.of(override)))
          .isPresent();
    }
  }

  @Nested
  class RoundsReconcile {

    private final RoundsReconcilePolicy policy = new RoundsReconcilePolicy();
    private final AmmunitionLot dummies = aDummyLot().withCount(50).build();

    @Test
    void aWrapCountThatMatchesTheBalanceClosesTheDay() {
      assertThat(policy.check(List.of(LotBalance.of(dummies, List.of())), List.of(count(50)))).isEmpty();
    }

    @Test
    void aDifferenceBlocksClosingTheDay() {
      assertThat(policy.check(List.of(LotBalance.of(dummies, List.of())), List.of(count(49))))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("counted 49, expected 50"));
    }

    @Test
    void aLotNotCountedBlocksClosingTheDay() {
      assertThat(policy.check(List.of(LotBalance.of(dummies, List.of())), List.of()))
          .hasValueSatisfying(refusal -> assertThat(saidAsWritten(refusal).reason()).contains("not counted"));
    }

    private RoundsCounted count(int counted) {
      return new RoundsCounted(id(), PRODUCTION, dummies.id(), ARMORER, minutes(600), counted);
    }
  }
}
