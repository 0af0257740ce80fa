package org.setsafe.incident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.FirearmsHolds;
import org.setsafe.incident.IncidentEvents.EvidencePreserved;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.Production;
import org.setsafe.shared.RecordedFact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Preserves the evidence the moment an incident opens, before anyone has time to tidy up: pins the production's
 * ledger (a signed checkpoint and the evidence bundle of the log at that checkpoint, kept with the incident and
 * verifiable offline like any exported bundle), and has custody hold the weapons and lots the incident touched.
 * Runs in the transaction that opens the incident, so an incident never exists without its evidence.
 */
@Component
class EvidencePreservation {

  private final Ledger ledger;
  private final FirearmsHolds holds;
  private final IncidentStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  EvidencePreservation(Ledger ledger, FirearmsHolds holds, IncidentStore store, ApplicationEventPublisher events,
      Clock clock) {
    this.ledger = ledger;
    this.holds = holds;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * {@code mustHold}: facts the pinned log must contain although the ledger may not have recorded them yet (the
   * discharge that opened the incident is delivered to the ledger and to this module at the same time).
   */
  void preserve(Incident incident, Production production, UUID actorId, List<? extends RecordedFact> mustHold) {
    // Only facts already committed elsewhere may be pinned: this transaction's own (the incident, custody's holds
    // for it) reach the ledger once it commits, and must not be there if it rolls back.
    Ledger.Pinned pinned = ledger.pin(production, mustHold);
    String sha256 = sha256(pinned.bundle());
    store.insertPin(new IncidentStore.Pin(incident.id(), pinned.treeSize(), pinned.checkpoint(), sha256,
        clock.instant()), pinned.bundle());
    String why = "Incident: " + incident.kind().label().toLowerCase(java.util.Locale.ROOT)
        + (incident.where() == null ? "" : " at " + incident.where());
    List<FirearmsHolds.IncidentHold> placed = incident.weaponIds().isEmpty() && incident.lotIds().isEmpty()
        ? List.of()
        : incident.automatic()
        ? holds.holdWhatIsRegistered(production.id(), incident.id(), actorId, incident.weaponIds(),
            incident.lotIds(), why)
        : holds.holdForIncident(production.id(), incident.id(), actorId, incident.weaponIds(), incident.lotIds(),
            why);
    List<IncidentStore.Hold> held = placed.stream()
        .map(h -> new IncidentStore.Hold(h.holdId(), h.weaponId(), h.lotId(), h.placedNow())).toList();
    store.insertHolds(incident.id(), held);
    events.publishEvent(new EvidencePreserved(UUID.randomUUID(), production.id(), actorId, clock.instant(),
        incident.id(), pinned.treeSize(), root(pinned.checkpoint()), sha256,
        held.stream().map(IncidentStore.Hold::holdId).toList()));
  }

  /** The root hash line of a C2SP checkpoint note (origin, size, root, blank line, signatures). */
  static String root(String checkpoint) {
    String[] lines = checkpoint.split("\n");
    return lines.length > 2 ? lines[2] : "";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
