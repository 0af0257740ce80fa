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

  /** A weapon's events after the first {@code known} of its stream, in stream order. */
  List<WeaponEvent> weaponEventsAfter(UUID productionId, UUID weaponId, int known);

  /**
   * The production's facts of these kinds only, oldest first: what a fold or a list needs, read without the rest
   * of the production's history (which grows with every step of every weapon).
   */
  List<CustodyEvent> factsOf(UUID productionId, Collection<Class<? extends CustodyEvent>> kinds);

  /**
   * What a {@link FirearmsHold} is folded from, oldest first: live rounds found, accidental discharges, misfires,
   * incidents' holds (on weapons, lots and scenes) and the hold clearances. One indexed read, which an issue makes
   * anyway: a scene's hold is folded from it too, so it costs the issue no round trip of its own.
   */
  default List<CustodyEvent> firearmsHoldFacts(UUID productionId) {
    return factsOf(productionId, List.of(CustodyEvents.LiveRoundFound.class, CustodyEvents.AccidentalDischarge.class,
        CustodyEvents.Misfire.class, CustodyEvents.HeldForIncident.class, CustodyEvents.SceneHeldForIncident.class,
        CustodyEvents.HoldCleared.class));
  }

  /**
   * The day closes and count mismatches, oldest first: enough for {@link ClosedDays}' open mismatches and last
   * close, not for whether anything changed since (that needs every fact).
   */
  default List<CustodyEvent> closingFacts(UUID productionId) {
    return factsOf(productionId, List.of(CustodyEvents.DayClosed.class, CustodyEvents.RoundCountMismatch.class));
  }

  /**
   * What {@link UnsettledDays} is folded from, oldest first: loads (the days rounds went into weapons), count
   * mismatches, day closes and written settlements.
   */
  default List<CustodyEvent> settlingFacts(UUID productionId) {
    return factsOf(productionId, List.of(CustodyEvents.WeaponLoaded.class, CustodyEvents.RoundCountMismatch.class,
        CustodyEvents.DayClosed.class, CustodyEvents.DaySettled.class));
  }

  /**
   * What every lot's balance is folded from, oldest first: loads, unloads, discharges and the lots' own facts,
   * without the rest of the production's history.
   */
  List<CustodyEvent> lotFacts(UUID productionId);

  /**
   * Holds the production's firearms steady until the transaction ends: a live-round find and an issue or a load
   * take this in turn, so an issue either commits before the find or sees it. Taken before reading the hold.
   */
  void lockFirearms(UUID productionId);

  /**
   * The same lock as {@link #lockFirearms} for an issue, which only reads the holds: it waits for, and holds off, a
   * live-round find, a misfire, a load or a hold's clearance as before, but not another issue, since nothing one
   * issue decides depends on another weapon's issue (each weapon's own history is guarded by its stream version).
   * Issues at once had queued behind each other here for nothing. Taken before reading the hold.
   */
  void lockFirearmsForIssue(UUID productionId);

  /** Every custody fact of the production except refusals, in the order recorded. */
  List<CustodyEvent> productionEvents(UUID productionId);

  /** Every production that has a weapon on its register (for the never-unattended sweep). */
  List<UUID> productionsWithWeapons();

  /** A photo of a weapon, as stored. */
  record WeaponPhoto(UUID id, UUID productionId, UUID weaponId, String contentType, byte[] bytes, String sha256,
      UUID addedBy, Instant addedAt) {}

  void insertPhoto(WeaponPhoto photo);

  /** The weapon's newest photo, if it has one. */
  Optional<WeaponPhoto> latestPhoto(UUID productionId, UUID weaponId);

  /** Another writer recorded the version this change expected to write: custody moved on meanwhile. */
  class StaleCustodyException extends RuntimeException {
    public StaleCustodyException(String message) {
      super(message);
    }
  }
}
