package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where incidents and what is kept with them live: inserts and reads only. Nothing an incident records is ever
 * changed; a confirmation is a row of its own beside the hand-over it confirms.
 */
public interface IncidentStore {

  /** The evidence pinned when the incident opened: the ledger's size then, its signed checkpoint and the bundle. */
  record Pin(UUID incidentId, long treeSize, String checkpoint, String bundleSha256, Instant pinnedAt) {}

  /** A hold custody put on for the incident: the hold's id and the weapon, lot or scene it names. */
  record Hold(UUID holdId, UUID weaponId, UUID lotId, UUID sceneId, boolean placedNow) {

    /** A hold on a weapon or a lot. */
    public Hold(UUID holdId, UUID weaponId, UUID lotId, boolean placedNow) {
      this(holdId, weaponId, lotId, null, placedNow);
    }
  }

  /** The receipt of an incident opened anonymously: whose it is, and the slow hash of its code. */
  record Receipt(UUID incidentId, UUID productionId, String hash) {
    @Override
    public String toString() {
      return "Receipt[incidentId=" + incidentId + ", hash=(hidden)]";
    }
  }

  void insert(Incident incident);

  /** False when an incident was already opened from this fact. */
  boolean openedFrom(UUID sourceFactId);

  Optional<Incident> incident(UUID productionId, UUID incidentId);

  List<Incident> incidents(UUID productionId);

  void insertMedical(MedicalDetails details);

  Optional<MedicalDetails> medical(UUID incidentId);

  void insertPin(Pin pin, byte[] bundle);

  Optional<Pin> pin(UUID incidentId);

  Optional<byte[]> bundle(UUID productionId, UUID incidentId);

  void insertHolds(UUID incidentId, List<Hold> holds);

  List<Hold> holds(UUID incidentId);

  /** What an incident SetSafe opened came from ({@code report:<id>}, {@code stop-work:<id>}), for the way back. */
  void insertSource(UUID incidentId, String subject);

  Optional<String> source(UUID incidentId);

  /** The receipt of an incident opened anonymously: the code's lookup prefix and its slow hash, nothing else. */
  void insertReceipt(UUID incidentId, UUID productionId, String lookup, String hash);

  Optional<Receipt> receipt(String lookup);

  /** How many incidents were opened anonymously on the production since then (their times are to the hour). */
  long openedAnonymouslySince(UUID productionId, Instant since);

  void insertItem(EvidenceItem item);

  /** The item, its rows locked until the transaction ends, so two hand-overs at once cannot both be offered. */
  Optional<EvidenceItem> lockItem(UUID productionId, UUID itemId);

  List<EvidenceItem> items(UUID incidentId);

  /** An item's hand-overs in the order they were offered, each with its confirmation if it has one. */
  List<HandOver> handOvers(UUID itemId);

  void insertHandOver(HandOver handOver, String codeHash);

  /** The hand-over this code was given for, locked until the transaction ends. */
  Optional<HandOver> lockHandOverByCode(String codeHash);

  void insertConfirmation(UUID handOverId, HandOver.Confirmation confirmation);
}
