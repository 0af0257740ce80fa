package org.setsafe.custody.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.SECOND_ARMORER;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.aRubberProp;
import static org.setsafe.custody.domain.CustodyTestData.confirmed;
import static org.setsafe.custody.domain.CustodyTestData.issued;
import static org.setsafe.custody.domain.CustodyTestData.loaded;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.lockedUp;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.misfire;
import static org.setsafe.custody.domain.CustodyTestData.readyToIssue;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.returned;
import static org.setsafe.custody.domain.CustodyTestData.reviewed;
import static org.setsafe.custody.domain.CustodyTestData.shownClear;
import static org.setsafe.custody.domain.CustodyTestData.transferred;
import static org.setsafe.custody.domain.CustodyTestData.unlocked;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.production.CrewRole;

class WeaponCustodyTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);
  private final Weapon revolver = aFirearm().build();

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
      "REGISTERED, WITH_ARMORER, true",
      "REGISTERED, ISSUED, false",
      "WITH_ARMORER, ISSUED, true",
      "WITH_ARMORER, WITH_ARMORER, true",
      "LOCKED_UP, ISSUED, false",
      "LOCKED_UP, LOCKED_UP, false",
      "ISSUED, LOCKED_UP, false",
      "ISSUED, WITH_ARMORER, true",
      "ON_HOLD, ISSUED, false",
      "ON_HOLD, LOCKED_UP, true",
      "DISPOSED, WITH_ARMORER, false",
  })
  void aWeaponMovesOnlyAlongItsCustody(WeaponState from, WeaponState to, boolean allowed) {
    assertThat(from.canMoveTo(to)).isEqualTo(allowed);
  }

  @Test
  void whoHoldsTheWeaponFollowsItsHandOffs() {
    WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));
    assertThat(custody.state()).isEqualTo(WeaponState.WITH_ARMORER);
    assertThat(custody.holder()).contains(ARMORER);

    custody = custody.then(issued(revolver, PERFORMER, minutes(5)));
    assertThat(custody.state()).isEqualTo(WeaponState.ISSUED);
    assertThat(custody.holder()).contains(PERFORMER);

    custody = custody.then(returned(revolver, PERFORMER, minutes(20))).then(transferred(revolver, minutes(21)));
    assertThat(custody.holder()).contains(SECOND_ARMORER);

    custody = custody.then(lockedUp(revolver, minutes(30)));
    assertThat(custody.state()).isEqualTo(WeaponState.LOCKED_UP);
    assertThat(custody.holder()).isEmpty();
    assertThat(custody.lockUpLocation()).contains("weapons truck safe");
  }

  @Test
  void aWeaponIsColdOnlyWhenEveryWitnessConfirmedTheShowClear() {
    ShownClear shown = shownClear(revolver, minutes(1), PERFORMER, FIRST_AD);
    WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)), shown,
        confirmed(shown, PERFORMER, minutes(2))));

    assertThat(custody.cold(minutes(3), WINDOW)).isFalse();
    assertThat(custody.showClear().orElseThrow().awaiting()).containsExactly(FIRST_AD);
    assertThat(custody.then(confirmed(shown, FIRST_AD, minutes(3))).cold(minutes(3), WINDOW)).isTrue();
  }

  @Test
  void aShowClearLapsesWhenCustodyChanges() {
    WeaponCustody shownClear = readyToIssue(revolver, minutes(60));
    assertThat(shownClear.cold(minutes(61), WINDOW)).isTrue();

    WeaponCustody handedOver = shownClear.then(transferred(revolver, minutes(62)));

    assertThat(handedOver.showClear()).isEmpty();
    assertThat(handedOver.cold(minutes(62), WINDOW)).isFalse();
  }

  @Test
  void aShowClearSurvivesTheHandOffToTheWitnessingPerformerButNotToAnyoneElse() {
    WeaponCustody shownClear = readyToIssue(revolver, minutes(60));

    assertThat(shownClear.then(issued(revolver, PERFORMER, minutes(62))).cold(minutes(63), WINDOW)).isTrue();
    assertThat(shownClear.then(issued(revolver, CustodyTestData.OTHER_PERFORMER, minutes(62)))
        .cold(minutes(63), WINDOW)).isFalse();
  }

  @Test
  void aShowClearLapsesAfterTheWindow() {
    WeaponCustody shownClear = readyToIssue(revolver, minutes(60));

    assertThat(shownClear.cold(minutes(70), WINDOW)).isTrue();
    assertThat(shownClear.cold(minutes(71), WINDOW)).isFalse();
  }

  @Test
  void aShowClearLapsesWhenTheWeaponComesBackToTheArmorer() {
    WeaponCustody out = readyToIssue(revolver, minutes(60)).then(issued(revolver, PERFORMER, minutes(61)));

    assertThat(out.then(returned(revolver, PERFORMER, minutes(63))).cold(minutes(63), WINDOW)).isFalse();
  }

  @Test
  void aWeaponLoadedWithBlanksIsNeverCold() {
    AmmunitionLot blanks = aBlankLot().build();
    ShownClear shown = shownClear(revolver, minutes(2), PERFORMER);
    WeaponCustody hot = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(1)), shown, confirmed(shown, PERFORMER, minutes(3))));

    assertThat(hot.loaded()).isTrue();
    assertThat(hot.cold(minutes(4), WINDOW)).isFalse();
  }

  @Test
  void theLoadManifestSaysWhichLotEachRoundCameFrom() {
    AmmunitionLot dummies = aDummyLot().build();
    WeaponCustody loaded = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        loadedWithDummies(revolver, dummies, 6, minutes(1))));

    assertThat(loaded.manifest()).hasSize(6).containsEntry("chamber 3", LoadedRound.dummyFrom(dummies.id()));
    assertThat(loaded.roundsInWeapon()).containsEntry(dummies.id(), 6);
  }

  @Test
  void aHistoryThatCouldNotHaveHappenedIsNotFolded() {
    Weapon prop = aRubberProp().build();
    AmmunitionLot dummies = aDummyLot().build();

    assertThatThrownBy(() -> WeaponCustody.of(revolver, List.of(issued(revolver, PERFORMER, minutes(0)))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        lockedUp(revolver, minutes(1)), issued(revolver, PERFORMER, minutes(2)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("LOCKED_UP");
    assertThatThrownBy(() -> WeaponCustody.of(prop, List.of(received(prop, minutes(0)),
        loadedWithDummies(prop, dummies, 1, minutes(1)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("never loaded");
    ShownClear shown = shownClear(revolver, minutes(1), PERFORMER);
    assertThatThrownBy(() -> WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)), shown,
        confirmed(shown, CAMERA_HEAD, minutes(2)))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("named witness");
  }

  @Test
  void aMisfireHoldsTheWeaponUntilTheArmorerAndTheSafetyAdvisorHaveReviewed() {
    WeaponCustody misfired = readyToIssue(revolver, minutes(60)).then(issued(revolver, PERFORMER, minutes(61)))
        .then(misfire(revolver, minutes(70))).then(returned(revolver, PERFORMER, minutes(71)));
    assertThat(misfired.state()).isEqualTo(WeaponState.ON_HOLD);
    assertThat(misfired.reviewsAwaited()).containsExactlyInAnyOrder(CrewRole.ARMORER, CrewRole.SAFETY_ADVISOR);

    WeaponCustody lockedAway = misfired.then(lockedUp(revolver, minutes(72))).then(unlocked(revolver, minutes(90)));
    assertThat(lockedAway.state()).isEqualTo(WeaponState.ON_HOLD);

    WeaponCustody armorerReviewed = lockedAway.then(reviewed(revolver, CrewRole.ARMORER, minutes(95)));
    assertThat(armorerReviewed.onHold()).isTrue();
    assertThat(armorerReviewed.reviewsAwaited()).containsExactly(CrewRole.SAFETY_ADVISOR);

    WeaponCustody bothReviewed = armorerReviewed.then(reviewed(revolver, CrewRole.SAFETY_ADVISOR, minutes(100)));
    assertThat(bothReviewed.onHold()).isFalse();
    assertThat(bothReviewed.state()).isEqualTo(WeaponState.WITH_ARMORER);
  }
}
