package org.setsafe.custody;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.ArmoryEvents.LotRegistered;
import org.setsafe.custody.ArmoryEvents.WeaponPhotographed;
import org.setsafe.custody.ArmoryEvents.WeaponRecordCorrected;
import org.setsafe.custody.ArmoryEvents.WeaponRegistered;
import org.setsafe.custody.CustodyDesk.Caller;
import org.setsafe.custody.domain.AmmunitionLot;
import org.setsafe.custody.domain.CustodyAction;
import org.setsafe.custody.domain.CustodyStore;
import org.setsafe.custody.domain.CustodyStore.WeaponPhoto;
import org.setsafe.custody.domain.CustodyStore.WeaponRecord;
import org.setsafe.custody.domain.FirearmType;
import org.setsafe.custody.domain.LotOrigin;
import org.setsafe.custody.domain.LotCommand.ReceiveLot;
import org.setsafe.custody.domain.OnlyArmorerHandlesPolicy;
import org.setsafe.custody.domain.RoundClass;
import org.setsafe.custody.domain.Weapon;
import org.setsafe.custody.domain.WeaponKind;
import org.setsafe.custody.domain.WeaponOwner;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.ImageTypes;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production's register of weapons and ammunition lots, kept by the armorer or property master. A
 * firearm's entry holds what 27 CFR 478.125 asks for; a correction is a new version with its reason, and every
 * earlier version stays readable. Live rounds are never registered.
 */
@Service
public class Armory {

  public static final int MAX_REASON = 2000;

  /** What the armorer types or scans for a weapon; checked by {@link Weapon} itself. */
  public record WeaponDetails(WeaponKind kind, String serial, String manufacturerOrImporter, String model,
      FirearmType type, String caliberOrGauge, String ownerName, String ownerLicenceNumber, String condition,
      String notes) {}

  /** One version of a weapon's register entry. */
  public record WeaponEntry(Weapon weapon, int version, String correctionReason, UUID recordedBy, Instant recordedAt) {
    static WeaponEntry of(WeaponRecord record) {
      return new WeaponEntry(record.weapon(), record.version(), record.correctionReason(), record.recordedBy(),
          record.recordedAt());
    }
  }

  private final CustodyStore store;
  private final CustodyDesk desk;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final OnlyArmorerHandlesPolicy onlyArmorer = new OnlyArmorerHandlesPolicy();
  private final LotSteps lotSteps;

  private final int maxPhotoBytes;

  Armory(CustodyStore store, CustodyDesk desk, LotSteps lotSteps, ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.custody.max-photo-bytes:${SETSAFE_CUSTODY_MAX_PHOTO_BYTES:5242880}}") int maxPhotoBytes) {
    this.store = store;
    this.desk = desk;
    this.lotSteps = lotSteps;
    this.events = events;
    this.clock = clock;
    this.maxPhotoBytes = maxPhotoBytes;
  }

  /** A weapon's photo as served back: what it is and its bytes. */
  public record Photo(String contentType, byte[] bytes) {}

  /**
   * The armorer photographs the weapon for its record; every photo is kept and the newest is shown. Only images
   * (JPEG, PNG, WebP, HEIC, judged from the bytes) up to the size limit.
   */
  @Transactional
  public void addPhoto(UUID productionId, UUID weaponId, byte[] bytes) {
    Caller caller = desk.caller(productionId);
    if (store.weapon(productionId, weaponId).isEmpty()) {
      throw NotOnThisProduction.weapon(weaponId);
    }
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException("photo", "Required", "choose a photo of the weapon")
          .saying("input.custody.photo.required");
    }
    if (bytes.length > maxPhotoBytes) {
      throw new InvalidInputException("photo", "MaxSize", "a weapon photo is at most " + maxPhotoBytes / (1024 * 1024)
          + " MB").saying("input.custody.photo.max-size", String.valueOf(maxPhotoBytes / (1024 * 1024)));
    }
    String type = ImageTypes.sniff(bytes).orElseThrow(() -> new InvalidInputException("photo", "ImageType",
        "a weapon photo is a JPEG, PNG, WebP or HEIC image").saying("input.custody.photo.image-type"));
    desk.check(caller, CustodyAction.RECEIVE, weaponId, null, () -> onlyArmorer.check(CustodyAction.RECEIVE, caller.roles()));
    Instant now = clock.instant();
    String sha256 = sha256(bytes);
    store.insertPhoto(new WeaponPhoto(UUID.randomUUID(), productionId, weaponId, type, bytes, sha256, caller.userId(),
        now));
    events.publishEvent(new WeaponPhotographed(UUID.randomUUID(), caller.userId(), now, productionId, weaponId, type,
        bytes.length, sha256));
  }

  /** The weapon's newest photo. */
  public Photo photo(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    return store.latestPhoto(productionId, weaponId).map(p -> new Photo(p.contentType(), p.bytes()))
        .orElseThrow(() -> new NotFoundException("no photo of weapon " + weaponId + " on this production")
            .saying("input.custody.not-found.photo", String.valueOf(weaponId)));
  }

  /** Whether the weapon has a photo, for pages deciding whether to show one. */
  public boolean hasPhoto(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    return store.latestPhoto(productionId, weaponId).isPresent();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }

  @Transactional
  public WeaponEntry registerWeapon(UUID productionId, WeaponDetails details) {
    Caller caller = desk.caller(productionId);
    Weapon weapon = weapon(UUID.randomUUID(), productionId, details);
    desk.check(caller, CustodyAction.RECEIVE, null, null, () -> onlyArmorer.check(CustodyAction.RECEIVE, caller.roles()));
    Instant now = clock.instant();
    WeaponRecord record = new WeaponRecord(weapon, 1, null, caller.userId(), now);
    store.insertWeapon(record);
    events.publishEvent(new WeaponRegistered(UUID.randomUUID(), caller.userId(), now, productionId, weapon.id(),
        weapon.kind().name(), weapon.serial(), weapon.manufacturerOrImporter(), weapon.model(), typeOf(weapon),
        weapon.caliberOrGauge(), weapon.owner().name(), weapon.owner().licenceNumber(), weapon.condition(),
        weapon.notes()));
    return WeaponEntry.of(record);
  }

  /** A correction is a new version of the record; the one it corrects stays visible (27 CFR 478.125). */
  @Transactional
  public WeaponEntry correctWeapon(UUID productionId, UUID weaponId, WeaponDetails details, String reason) {
    Caller caller = desk.caller(productionId);
    WeaponRecord current = store.weapon(productionId, weaponId)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
    String why = Text.required("reason", reason, MAX_REASON);
    Weapon corrected = weapon(weaponId, productionId, details);
    desk.check(caller, CustodyAction.RECEIVE, weaponId, null, () -> onlyArmorer.check(CustodyAction.RECEIVE, caller.roles()));
    if (corrected.equals(current.weapon())) {
      throw new ConflictException("weapon", "Changed", "the correction changes nothing in the record")
          .saying("input.custody.correction.no-change");
    }
    Instant now = clock.instant();
    WeaponRecord record = new WeaponRecord(corrected, current.version() + 1, why, caller.userId(), now);
    store.insertWeapon(record);
    events.publishEvent(new WeaponRecordCorrected(UUID.randomUUID(), caller.userId(), now, productionId, weaponId,
        record.version(), why, corrected.kind().name(), corrected.serial(), corrected.manufacturerOrImporter(),
        corrected.model(), typeOf(corrected), corrected.caliberOrGauge(), corrected.owner().name(),
        corrected.owner().licenceNumber(), corrected.condition(), corrected.notes()));
    return WeaponEntry.of(record);
  }

  public List<WeaponEntry> weapons(UUID productionId) {
    desk.viewer(productionId);
    return store.weapons(productionId).stream().map(WeaponEntry::of).toList();
  }

  public WeaponEntry weapon(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    return store.weapon(productionId, weaponId).map(WeaponEntry::of)
        .orElseThrow(() -> NotOnThisProduction.weapon(weaponId));
  }

  /** Every version of the weapon's record, oldest first: the original and each correction. */
  public List<WeaponEntry> weaponRecordVersions(UUID productionId, UUID weaponId) {
    desk.viewer(productionId);
    List<WeaponEntry> versions = store.weaponVersions(productionId, weaponId).stream().map(WeaponEntry::of).toList();
    if (versions.isEmpty()) {
      throw NotOnThisProduction.weapon(weaponId);
    }
    return versions;
  }

  /** Registers a lot; "live" is refused with the rule named (California Labor Code §9155). */
  @Transactional
  public AmmunitionLot registerLot(UUID productionId, String roundClass, String caliber, String supplier,
      LocalDate receivedOn, int count, LotOrigin origin) {
    Caller caller = desk.caller(productionId);
    AmmunitionLot lot = lotSteps.receive(caller,
        new ReceiveLot(roundClass, caliber, supplier, receivedOn, count, origin));
    Instant now = clock.instant();
    store.insertLot(lot, caller.userId(), now);
    events.publishEvent(new LotRegistered(UUID.randomUUID(), caller.userId(), now, productionId, lot.id(),
        lot.roundClass().name(), lot.caliber(), lot.supplier(), lot.receivedOn(), lot.count(), lot.origin().name()));
    return lot;
  }

  public List<AmmunitionLot> lots(UUID productionId) {
    desk.viewer(productionId);
    return store.lots(productionId);
  }

  private static Weapon weapon(UUID id, UUID productionId, WeaponDetails d) {
    return new Weapon(id, productionId, d.kind(), d.serial(), d.manufacturerOrImporter(), d.model(), d.type(),
        d.caliberOrGauge(), new WeaponOwner(d.ownerName(), d.ownerLicenceNumber()), d.condition(), d.notes());
  }

  private static String typeOf(Weapon weapon) {
    return weapon.type() == null ? null : weapon.type().name();
  }
}
