package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the register and the custody history are kept. Append and read only: a register correction is a new
 * version, and custody events are never changed or removed.
 */
public interface CustodyStore {

  /** A weapon's register entry in force, with its version and the versions before it. */
  record WeaponRecord(Weapon weapon, int version, String correctionReason, UUID recordedBy, Instant recordedAt) {}

  void insertWeapon(WeaponRecord record);

  /** The highest version of each weapon of the production. */
  List<WeaponRecord> weapons(UUID productionId);

  Optional<WeaponRecord> weapon(UUID productionId, UUID weaponId);

  /** Every version of a weapon's record, oldest first. */
  List<WeaponRecord> weaponVersions(UUID productionId, UUID weaponId);

  void insertLot(AmmunitionLot lot, UUID recordedBy, Instant recordedAt);

  List<AmmunitionLot> lots(UUID productionId);

  Optional<AmmunitionLot> lot(UUID productionId, UUID lotId);

  /** Holds these lots until the transaction ends, so two loads at once cannot both take the last rounds. */
  void lockLots(UUID productionId, Collection<UUID> lotIds);

  /**
   * Appends a weapon's event as version {@code streamVersion} of its stream.
   *
   * @throws StaleCustodyException when someone else recorded that version first
   */
  void appendWeaponEvent(WeaponEvent event, int streamVersion);

  /** Appends a fact about a lot or the whole production, or a refusal. */
  void append(CustodyEvent event);

  /** A weapon's events, in stream order. */
  List<WeaponEvent> weaponEvents(UUID productionId, UUID weaponId);

  /** Every custody fact of the production except refusals, in the order recorded. */
  List<CustodyEvent> productionEvents(UUID productionId);

  /** Every production that has a weapon on its register (for the never-unattended sweep). */
  List<UUID> productionsWithWeapons();

  /** Another writer recorded the version this change expected to write: custody moved on meanwhile. */
  class StaleCustodyException extends RuntimeException {
    public StaleCustodyException(String message) {
      super(message);
    }
  }
}
