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

  /** A hold custody put on for the incident: the hold's id and the weapon or lot it names. */
  record Hold(UUID holdId, UUID weaponId, UUID lotId, boolean placedNow) {}

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
