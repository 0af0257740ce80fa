package org.setsafe.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.setsafe.Crew;
import org.setsafe.SetSafeTest;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnlocked;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.domain.WeaponCustody;
import org.setsafe.custody.domain.WeaponEvent;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponOwner;
import org.setsafe.custody.domain.WeaponState;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The folded custody a step starts from is the same as folding the weapon's whole stored history, even when
 * another instance recorded steps meanwhile or the register entry was corrected.
 */
@SetSafeTest
class WeaponFoldsTest {

  @Autowired CustodyStore store;
  @Autowired WeaponFolds folds;
  @Autowired Crew crew;

  private UUID production;
  private UUID rosa;
  private Weapon revolver;
  private Instant at = Instant.parse("2026-03-10T14:00:00Z");

  @BeforeEach
  void aRevolverOnTheRegister() {
    production = crew.production(Crew.WESTERN).id();
    rosa = crew.id("rosa.armorer");
    revolver = revolver("FOLD-" + UUID.randomUUID().toString().substring(0, 6));
    store.insertWeapon(new WeaponRecord(revolver, 1, null, rosa, at));
  }

  @Test
  void stepsRecordedElsewhereSinceTheLastFoldAreCaughtUp() {
    append(new WeaponReceived(UUID.randomUUID(), production, revolver.id(), rosa, next(), "Gunslinger Rentals", null));
    assertThat(fold().state()).isEqualTo(WeaponState.WITH_ARMORER);

    // Another instance records two more steps; this one has not seen them.
    append(new WeaponInspected(UUID.randomUUID(), production, revolver.id(), rosa, next(), "Bore clear"));
    append(new WeaponLockedUp(UUID.randomUUID(), production, revolver.id(), rosa, next(), "Armory truck, safe 2"));

    WeaponCustody caughtUp = fold();
    WeaponCustody fromScratch = WeaponCustody.of(revolver, store.weaponEvents(production, revolver.id()));
    assertThat(caughtUp.history()).isEqualTo(fromScratch.history()).hasSize(3);
    assertThat(caughtUp.state()).isEqualTo(fromScratch.state()).isEqualTo(WeaponState.LOCKED_UP);
  }

  @Test
  void aCorrectedRegisterEntryStartsTheFoldAgainFromItsHistory() {
    append(new WeaponReceived(UUID.randomUUID(), production, revolver.id(), rosa, next(), "Gunslinger Rentals", null));
    append(new WeaponLockedUp(UUID.randomUUID(), production, revolver.id(), rosa, next(), "Armory truck, safe 2"));
    assertThat(fold().weapon()).isEqualTo(revolver);

    Weapon corrected = new Weapon(revolver.id(), production, WeaponKind.FIREARM, revolver.serial() + "-C", "Colt",
        "Single Action Army", FirearmType.REVOLVER, ".45 Colt", WeaponOwner.rentalHouse("Gunslinger Rentals", "9-85-049-01"),
        "good", null);
    store.insertWeapon(new WeaponRecord(corrected, 2, "Serial misread at receipt", rosa, next()));
    append(new WeaponUnlocked(UUID.randomUUID(), production, revolver.id(), rosa, next()));

    WeaponCustody after = fold();
    assertThat(after.weapon()).isEqualTo(corrected);
    assertThat(after.history()).extracting(WeaponEvent::kind).containsExactly("custody.weapon-received",
        "custody.weapon-locked-up", "custody.weapon-unlocked");
    assertThat(after.state()).isEqualTo(WeaponState.WITH_ARMORER);
  }

  private WeaponCustody fold() {
    return folds.of(production, store.weapon(production, revolver.id()).orElseThrow());
  }

  private void append(WeaponEvent event) {
    store.appendWeaponEvent(event, store.weaponEvents(production, revolver.id()).size() + 1);
  }

  private Instant next() {
    at = at.plusSeconds(60);
    return at;
  }

  private Weapon revolver(String serial) {
    return new Weapon(UUID.randomUUID(), production, WeaponKind.FIREARM, serial, "Colt", "Single Action Army",
        FirearmType.REVOLVER, ".45 Colt", WeaponOwner.rentalHouse("Gunslinger Rentals", "9-85-049-01"), "good", null);
  }
}
