package org.setsafe.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** Changes to the register of weapons and lots, as facts for the ledger (the acquisition record, 27 CFR 478.125). */
public final class ArmoryEvents {

  private ArmoryEvents() {}

  /**
   * A weapon entered the register: every field of its acquisition record. Whether it is a firearm or a replica is
   * {@code weaponKind}: a component named {@code kind} would be hidden by the fact's own kind and never reach the ledger.
   */
  public record WeaponRegistered(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID weaponId,
      String weaponKind, String serial, String manufacturerOrImporter, String model, String type, String caliberOrGauge,
      String ownerName, String ownerLicenceNumber, String condition, String notes) implements RecordedFact {
    @Override public String kind() { return "custody.weapon-registered"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId); }
  }

  /** A weapon's record was corrected: a new version, with why; the earlier versions stay. */
  public record WeaponRecordCorrected(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID weaponId,
      int version, String reason, String weaponKind, String serial, String manufacturerOrImporter, String model, String type,
      String caliberOrGauge, String ownerName, String ownerLicenceNumber, String condition, String notes)
      implements RecordedFact {
    @Override public String kind() { return "custody.weapon-record-corrected"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId); }
  }

  /** A lot of rounds was received and registered. */
  public record LotRegistered(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID lotId,
      String roundClass, String caliber, String supplier, LocalDate receivedOn, int count, String origin)
      implements RecordedFact {
    @Override public String kind() { return "custody.lot-registered"; }
    @Override public List<String> subjects() { return List.of("lot:" + lotId); }
  }

  /** The armorer photographed the weapon for its record; the photo's hash is the evidence, the bytes stay beside it. */
  public record WeaponPhotographed(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID weaponId,
      String contentType, int bytes, String sha256) implements RecordedFact {
    @Override public String kind() { return "custody.weapon-photographed"; }
    @Override public List<String> subjects() { return List.of("weapon:" + weaponId); }
  }
}
