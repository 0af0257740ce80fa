package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.DummiesVerified;
import org.setsafe.custody.domain.CustodyEvents.Misfire;
import org.setsafe.custody.domain.CustodyEvents.RoundsDischarged;
import org.setsafe.custody.domain.CustodyEvents.ShowClearConfirmed;
import org.setsafe.custody.domain.CustodyEvents.ShownClear;
import org.setsafe.custody.domain.CustodyEvents.WeaponInspected;
import org.setsafe.custody.domain.CustodyEvents.WeaponIssued;
import org.setsafe.custody.domain.CustodyEvents.WeaponLoaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponLockedUp;
import org.setsafe.custody.domain.CustodyEvents.WeaponReceived;
import org.setsafe.custody.domain.CustodyEvents.WeaponReturned;
import org.setsafe.custody.domain.CustodyEvents.WeaponReviewed;
import org.setsafe.custody.domain.CustodyEvents.WeaponTransferred;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnloaded;
import org.setsafe.custody.domain.CustodyEvents.WeaponUnlocked;
import org.setsafe.production.CrewRole;

/** A production, its people and a shooting day, with builders for weapons, lots and custody events. */
final class CustodyTestData {

  static final UUID PRODUCTION = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  static final UUID ARMORER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  static final UUID SECOND_ARMORER = UUID.fromString("00000000-0000-0000-0000-00000000b002");
  static final UUID PERFORMER = UUID.fromString("00000000-0000-0000-0000-00000000b003");
  static final UUID OTHER_PERFORMER = UUID.fromString("00000000-0000-0000-0000-00000000b004");
  static final UUID FIRST_AD = UUID.fromString("00000000-0000-0000-0000-00000000b005");
  static final UUID CAMERA_HEAD = UUID.fromString("00000000-0000-0000-0000-00000000b006");
  static final UUID SAFETY_ADVISOR = UUID.fromString("00000000-0000-0000-0000-00000000b007");
  static final UUID PRODUCER = UUID.fromString("00000000-0000-0000-0000-00000000b008");
  static final UUID SCENE = UUID.fromString("00000000-0000-0000-0000-00000000c001");

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  static final Instant CALL = Instant.parse("2025-03-10T14:00:00Z");

  private CustodyTestData() {}

  /** The time {@code minutes} after call. */
  static Instant minutes(long minutes) {
    return CALL.plus(Duration.ofMinutes(minutes));
  }

  static SceneCall todaysScene() {
    return new SceneCall(SCENE, "42A", TODAY, Set.of(PERFORMER), FIRST_AD, CAMERA_HEAD);
  }

  static SceneCall sceneWithoutCameraHead() {
    return new SceneCall(SCENE, "42A", TODAY, Set.of(PERFORMER), FIRST_AD, null);
  }

  static WeaponBuilder aFirearm() {
    return new WeaponBuilder();
  }

  static WeaponBuilder aRubberProp() {
    return new WeaponBuilder().ofKind(WeaponKind.RUBBER_PROP).withManufacturer(null).withModel(null)
        .withSerial(null).withType(null).withCaliber(null);
  }

  static LotBuilder aDummyLot() {
    return new LotBuilder();
  }

  static LotBuilder aBlankLot() {
    return new LotBuilder().ofClass(RoundClass.BLANK_QUARTER);
  }

  static final class WeaponBuilder {
    private UUID id = UUID.randomUUID();
    private WeaponKind kind = WeaponKind.FIREARM;
    private String serial = "A1234";
    private String manufacturer = "Colt";
    private String model = "Single Action Army";
    private FirearmType type = FirearmType.REVOLVER;
    private String caliber = ".45 Colt";
    private WeaponOwner owner = WeaponOwner.rentalHouse("Western Prop Rentals", "9-88-001-01-2K-12345");

    WeaponBuilder withId(UUID id) { this.id = id; return this; }
    WeaponBuilder ofKind(WeaponKind kind) { this.kind = kind; return this; }
    WeaponBuilder withSerial(String serial) { this.serial = serial; return this; }
    WeaponBuilder withManufacturer(String manufacturer) { this.manufacturer = manufacturer; return this; }
    WeaponBuilder withModel(String model) { this.model = model; return this; }
    WeaponBuilder withType(FirearmType type) { this.type = type; return this; }
    WeaponBuilder withCaliber(String caliber) { this.caliber = caliber; return this; }

    Weapon build() {
      return new Weapon(id, PRODUCTION, kind, serial, manufacturer, model, type, caliber, owner, "good", null);
    }
  }

  static final class LotBuilder {
    private UUID id = UUID.randomUUID();
    private RoundClass roundClass = RoundClass.DUMMY;
    private int count = 50;
    private LotOrigin origin = LotOrigin.NEW_FROM_SUPPLIER;

    LotBuilder ofClass(RoundClass roundClass) { this.roundClass = roundClass; return this; }
    LotBuilder withCount(int count) { this.count = count; return this; }
    LotBuilder fromAnotherProduction() { this.origin = LotOrigin.FROM_ANOTHER_PRODUCTION; return this; }

    AmmunitionLot build() {
      return new AmmunitionLot(id, PRODUCTION, roundClass, ".45 Colt", "Starline Props", TODAY.minusDays(3), count,
          origin);
    }
  }

  // ---- custody events, as the armorer records them ----

  static UUID id() {
    return UUID.randomUUID();
  }

  static WeaponReceived received(Weapon weapon, Instant at) {
    return new WeaponReceived(id(), PRODUCTION, weapon.id(), ARMORER, at, "Western Prop Rentals", "9-88-001-01-2K-12345");
  }

  static WeaponInspected inspected(Weapon weapon, Instant at) {
    return new WeaponInspected(id(), PRODUCTION, weapon.id(), ARMORER, at, "bore and cylinder clear, action sound");
  }

  static WeaponLoaded loadedWithDummies(Weapon weapon, AmmunitionLot lot, int rounds, Instant at) {
    return loaded(weapon, lot, rounds, RoundClass.DUMMY, at);
  }

  static WeaponLoaded loaded(Weapon weapon, AmmunitionLot lot, int rounds, RoundClass roundClass, Instant at) {
    return new WeaponLoaded(id(), PRODUCTION, weapon.id(), ARMORER, at, manifest(lot, rounds, roundClass));
  }

  static Map<String, LoadedRound> manifest(AmmunitionLot lot, int rounds, RoundClass roundClass) {
    Map<String, LoadedRound> manifest = new LinkedHashMap<>();
    for (int chamber = 1; chamber <= rounds; chamber++) {
      manifest.put("chamber " + chamber, new LoadedRound(lot.id(), roundClass));
    }
    return manifest;
  }

  static WeaponUnloaded unloaded(Weapon weapon, AmmunitionLot lot, int roundsBack, Instant at) {
    return new WeaponUnloaded(id(), PRODUCTION, weapon.id(), ARMORER, at, Map.of(lot.id(), roundsBack));
  }

  static ShownClear shownClear(Weapon weapon, Instant at, UUID... witnesses) {
    return new ShownClear(id(), PRODUCTION, weapon.id(), ARMORER, at, Set.of(witnesses));
  }

  static ShowClearConfirmed confirmed(ShownClear showClear, UUID witness, Instant at) {
    return new ShowClearConfirmed(id(), PRODUCTION, showClear.weaponId(), witness, at, showClear.eventId());
  }

  /** The load as the armorer shows it: exactly what the load event put in, in the witnesses' words. */
  static CustodyEvents.LoadShown loadShown(Weapon weapon, WeaponLoaded load, Instant at, UUID... witnesses) {
    return new CustodyEvents.LoadShown(id(), PRODUCTION, weapon.id(), ARMORER, at, Set.of(witnesses), load.manifest(),
        ShownWords.load(weapon, load.manifest()));
  }

  static CustodyEvents.LoadShowConfirmed loadConfirmed(CustodyEvents.LoadShown shown, UUID witness, Instant at) {
    return new CustodyEvents.LoadShowConfirmed(id(), PRODUCTION, shown.weaponId(), witness, at, shown.eventId(),
        shown.shown());
  }

  static WeaponIssued issued(Weapon weapon, UUID performer, Instant at) {
    return new WeaponIssued(id(), PRODUCTION, weapon.id(), ARMORER, at, performer, SCENE);
  }

  static WeaponReturned returned(Weapon weapon, UUID from, Instant at) {
    return new WeaponReturned(id(), PRODUCTION, weapon.id(), ARMORER, at, from);
  }

  static WeaponTransferred transferred(Weapon weapon, Instant at) {
    return new WeaponTransferred(id(), PRODUCTION, weapon.id(), ARMORER, at, SECOND_ARMORER);
  }

  static WeaponLockedUp lockedUp(Weapon weapon, Instant at) {
    return new WeaponLockedUp(id(), PRODUCTION, weapon.id(), ARMORER, at, "weapons truck safe");
  }

  static WeaponUnlocked unlocked(Weapon weapon, Instant at) {
    return new WeaponUnlocked(id(), PRODUCTION, weapon.id(), ARMORER, at);
  }

  static RoundsDischarged discharged(Weapon weapon, AmmunitionLot lot, int count, Instant at) {
    return new RoundsDischarged(id(), PRODUCTION, weapon.id(), ARMORER, at, lot.id(), count);
  }

  static Misfire misfire(Weapon weapon, Instant at) {
    return new Misfire(id(), PRODUCTION, weapon.id(), ARMORER, at, "click on chamber 3");
  }

  static WeaponReviewed reviewed(Weapon weapon, CrewRole as, Instant at) {
    UUID reviewer = as == CrewRole.SAFETY_ADVISOR ? SAFETY_ADVISOR : ARMORER;
    return new WeaponReviewed(id(), PRODUCTION, weapon.id(), reviewer, at, as, "primer seated badly; lot checked");
  }

  static DummiesVerified verified(AmmunitionLot lot, int rounds, Instant at) {
    return new DummiesVerified(id(), PRODUCTION, lot.id(), ARMORER, at, VerificationMethod.RATTLE_TEST, rounds);
  }

  /** A weapon inspected, shown clear to the performer, 1st AD and camera head, all of whom confirmed. */
  static WeaponCustody readyToIssue(Weapon weapon, Instant shownAt) {
    ShownClear shown = shownClear(weapon, shownAt, PERFORMER, FIRST_AD, CAMERA_HEAD);
    return WeaponCustody.of(weapon, java.util.List.of(
        received(weapon, shownAt.minus(Duration.ofHours(2))),
        inspected(weapon, shownAt.minus(Duration.ofMinutes(1))),
        shown,
        confirmed(shown, PERFORMER, shownAt.plusSeconds(20)),
        confirmed(shown, FIRST_AD, shownAt.plusSeconds(30)),
        confirmed(shown, CAMERA_HEAD, shownAt.plusSeconds(40))));
  }
}
