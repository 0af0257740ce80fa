package org.setsafe.custody.domain;
import static org.setsafe.shared.ReasonWords.saidAsWritten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.setsafe.custody.domain.CustodyTestData.CAMERA_HEAD;
import static org.setsafe.custody.domain.CustodyTestData.FIRST_AD;
import static org.setsafe.custody.domain.CustodyTestData.PERFORMER;
import static org.setsafe.custody.domain.CustodyTestData.aBlankLot;
import static org.setsafe.custody.domain.CustodyTestData.aDummyLot;
import static org.setsafe.custody.domain.CustodyTestData.aFirearm;
import static org.setsafe.custody.domain.CustodyTestData.confirmed;
import static org.setsafe.custody.domain.CustodyTestData.discharged;
import static org.setsafe.custody.domain.CustodyTestData.inspected;
import static org.setsafe.custody.domain.CustodyTestData.loadConfirmed;
import static org.setsafe.custody.domain.CustodyTestData.loadShown;
import static org.setsafe.custody.domain.CustodyTestData.loaded;
import static org.setsafe.custody.domain.CustodyTestData.loadedWithDummies;
import static org.setsafe.custody.domain.CustodyTestData.minutes;
import static org.setsafe.custody.domain.CustodyTestData.received;
import static org.setsafe.custody.domain.CustodyTestData.shownClear;
import static org.setsafe.custody.domain.CustodyTestData.todaysScene;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.setsafe.custody.domain.CustodyEvents.LoadShown;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;

/**
 * Show clear or show the load, never confused: a revolver with six rounds in it was "shown clear" and each
 * witness confirmed the chamber and barrel empty. A show-clear of a loaded weapon is the "cold gun" of "Rust".
 */
class ShowClearOrShowTheLoadTest {

  private static final Duration WINDOW = Duration.ofMinutes(10);

  private final Weapon revolver = aFirearm().build();
  private final AmmunitionLot blanks = aBlankLot().build();
  private final ShowWhatIsInItPolicy showWhatIsInIt = new ShowWhatIsInItPolicy();
  private final ShowClearBeforeIssuePolicy beforeIssue = new ShowClearBeforeIssuePolicy();

  private WeaponCustody inspectedAndLoaded(WeaponLoaded load) {
    return WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)), inspected(revolver, minutes(1)), load));
  }

  @Test
  void aLoadedWeaponIsNeverShownClear() {
    WeaponCustody loaded = inspectedAndLoaded(loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2)));

    assertThat(showWhatIsInIt.checkShowClear(loaded)).hasValueSatisfying(refusal -> {
      assertThat(saidAsWritten(refusal).rule()).isEqualTo(ShowWhatIsInItPolicy.RULE);
      assertThat(refusal.reason()).contains("6 rounds in it").contains("never shown clear").contains("load");
    });
    assertThat(showWhatIsInIt.checkShowLoad(loaded)).isEmpty();
  }

  @Test
  void anEmptyWeaponIsShownClearAndHasNoLoadToShow() {
    WeaponCustody empty = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        inspected(revolver, minutes(1))));

    assertThat(showWhatIsInIt.checkShowClear(empty)).isEmpty();
    assertThat(showWhatIsInIt.checkShowLoad(empty)).hasValueSatisfying(refusal ->
        assertThat(saidAsWritten(refusal).reason()).contains("is empty: show it clear"));
  }

  @Test
  void theLoadIsShownInTheWordsEachWitnessConfirms() {
    WeaponLoaded load = loaded(revolver, blanks, 5, RoundClass.BLANK_QUARTER, minutes(2));

    assertThat(ShownWords.load(revolver, load.manifest())).isEqualTo("5 quarter-load blanks from lot "
        + ShownWords.lotShortId(blanks.id()) + " in chamber 1, chamber 2, chamber 3, chamber 4, chamber 5; "
        + "chamber 6 empty.");
  }

  @Test
  void aLoadedWeaponWithItsLoadShownAndConfirmedByEveryWitnessMayBeIssued() {
    WeaponLoaded load = loaded(revolver, blanks, 5, RoundClass.BLANK_QUARTER, minutes(2));
    LoadShown shown = loadShown(revolver, load, minutes(3), PERFORMER, FIRST_AD, CAMERA_HEAD);
    WeaponCustody custody = inspectedAndLoaded(load).thenAll(List.of(shown,
        loadConfirmed(shown, PERFORMER, minutes(4)), loadConfirmed(shown, FIRST_AD, minutes(4)),
        loadConfirmed(shown, CAMERA_HEAD, minutes(4))));

    assertThat(custody.showClear()).hasValueSatisfying(showing -> {
      assertThat(showing.clear()).isFalse();
      assertThat(showing.shown()).contains("5 quarter-load blanks").contains("chamber 6 empty");
    });
    assertThat(beforeIssue.check(custody, PERFORMER, todaysScene(), minutes(5))).isEmpty();
    assertThat(custody.cold(minutes(5), WINDOW)).as("blanks are hot, shown or not").isFalse();
  }

  @Test
  void verifiedDummiesShownAndConfirmedLeaveTheWeaponCold() {
    AmmunitionLot dummies = aDummyLot().build();
    WeaponLoaded load = loadedWithDummies(revolver, dummies, 6, minutes(2));
    LoadShown shown = loadShown(revolver, load, minutes(3), PERFORMER);
    WeaponCustody custody = inspectedAndLoaded(load).thenAll(List.of(shown, loadConfirmed(shown, PERFORMER, minutes(4))));

    assertThat(custody.cold(minutes(5), WINDOW)).isTrue();
  }

  @Test
  void aShowClearOfALoadedWeaponOnRecordNeverLetsItBeIssuedOrCalledCold() {
    // Recorded before this rule: the history still reads, but it speaks for nothing.
    WeaponCustody loaded = inspectedAndLoaded(loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2)));
    ShownClear shown = shownClear(revolver, minutes(3), PERFORMER, FIRST_AD, CAMERA_HEAD);
    WeaponCustody custody = loaded.thenAll(List.of(shown, confirmed(shown, PERFORMER, minutes(4)),
        confirmed(shown, FIRST_AD, minutes(4)), confirmed(shown, CAMERA_HEAD, minutes(4))));

    assertThat(beforeIssue.check(custody, PERFORMER, todaysScene(), minutes(5))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("was shown clear but has rounds in it"));
    assertThat(custody.cold(minutes(5), WINDOW)).isFalse();
  }

  @Test
  void aLoadAfterTheShowClearLapsesIt() {
    ShownClear shown = shownClear(revolver, minutes(2), PERFORMER, FIRST_AD, CAMERA_HEAD);
    WeaponCustody custody = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0)),
        inspected(revolver, minutes(1)), shown, confirmed(shown, PERFORMER, minutes(3)),
        confirmed(shown, FIRST_AD, minutes(3)), confirmed(shown, CAMERA_HEAD, minutes(3)),
        loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(4))));

    assertThat(custody.showClear()).isEmpty();
    assertThat(beforeIssue.check(custody, PERFORMER, todaysScene(), minutes(5))).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("no showing of the load").contains("show the load"));
  }

  @Test
  void aShowingOfALoadThatIsNotWhatIsInItCannotBeRecorded() {
    WeaponLoaded load = loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2));
    WeaponLoaded another = loaded(revolver, blanks, 5, RoundClass.BLANK_QUARTER, minutes(2));
    WeaponCustody custody = inspectedAndLoaded(load);

    assertThatThrownBy(() -> custody.then(loadShown(revolver, another, minutes(3), PERFORMER)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not what is in it");
  }

  @Test
  void aWitnessShownTheLoadCannotConfirmItClear() {
    WeaponLoaded load = loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2));
    LoadShown shown = loadShown(revolver, load, minutes(3), PERFORMER);
    WeaponCustody custody = inspectedAndLoaded(load).then(shown);
    CustodyEvents.ShowClearConfirmed asIfClear = new CustodyEvents.ShowClearConfirmed(CustodyTestData.id(), CustodyTestData.PRODUCTION,
        revolver.id(), PERFORMER, minutes(4), shown.eventId());

    assertThatThrownBy(() -> custody.then(asIfClear)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("showing of the load");
  }

  @Test
  void aLoadPartFiredIsUnloadedAndLoadedAgainBeforeItIsShown() {
    WeaponLoaded load = loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2));
    WeaponCustody fired = inspectedAndLoaded(load).then(discharged(revolver, blanks, 2, minutes(3)));

    assertThat(showWhatIsInIt.checkShowLoad(fired)).hasValueSatisfying(refusal ->
        assertThat(refusal.reason()).contains("unload it and load it again"));
    assertThat(showWhatIsInIt.checkShowClear(fired)).isPresent();
  }

  @Test
  void aLoadedWeaponIsLockedUpOnlyWithTheArmorersReason() {
    LockUpLoadedPolicy lockUp = new LockUpLoadedPolicy();
    WeaponCustody loaded = inspectedAndLoaded(loaded(revolver, blanks, 6, RoundClass.BLANK_QUARTER, minutes(2)));
    WeaponCustody empty = WeaponCustody.of(revolver, List.of(received(revolver, minutes(0))));

    assertThat(lockUp.check(loaded, null)).hasValueSatisfying(refusal -> {
      assertThat(saidAsWritten(refusal).rule()).isEqualTo(LockUpLoadedPolicy.RULE);
      assertThat(refusal.reason()).contains("6 rounds in it").contains("write why");
    });
    assertThat(lockUp.check(loaded, "  ")).isPresent();
    assertThat(lockUp.check(loaded, "Hot for the next set-up; safe 2 sealed")).isEmpty();
    assertThat(lockUp.check(empty, null)).isEmpty();
    CustodyEvents.WeaponLockedUp event = new CustodyEvents.WeaponLockedUp(CustodyTestData.id(),
        CustodyTestData.PRODUCTION, revolver.id(), CustodyTestData.ARMORER, minutes(3), "Safe 2",
        "Hot for the next set-up");
    assertThat(loaded.then(event).lockUpLocation()).contains("Safe 2");
    assertThat(event.loadedReason()).isEqualTo("Hot for the next set-up");
  }
}
