package org.setsafe.incident;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.setsafe.custody.FirearmsHolds;
import org.setsafe.incident.IncidentEvents.EvidencePreserved;
import org.setsafe.incident.IncidentEvents.IncidentOpened;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.ledger.Ledger;
import org.setsafe.production.CrewList;
import org.setsafe.production.Production;
import org.setsafe.shared.RecordedFact;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Preserves the evidence the moment an incident opens, before anyone has time to tidy up. In the transaction that
 * opens the incident, custody holds the weapons and lots it touched and the facts that opened it are recorded in the
 * ledger, so an incident never exists without its holds. Right after that transaction commits, the production's
 * ledger is pinned: a signed checkpoint and the evidence bundle of the log at that checkpoint, kept with the incident
 * and verifiable offline like any exported bundle.
 *
 * <p>Why the pin waits for the commit: a checkpoint is witnessed outside the database before it is committed, so
 * one signed inside a transaction that then rolls back would leave the witness holding a checkpoint the database
 * never had, which verification rightly reports as a deleted checkpoint: a false alarm of tampering. The pin is a
 * listener of the incident's own fact instead, so it runs in a transaction of its own and, like every listener, is
 * retried from the event registry until it succeeds and reported if it keeps failing.
 */
@Component
class EvidencePreservation {

  private final Ledger ledger;
  private final FirearmsHolds holds;
  private final IncidentStore store;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final CrewList crew;

  EvidencePreservation(Ledger ledger, FirearmsHolds holds, IncidentStore store, ApplicationEventPublisher events,
      Clock clock, CrewList crew) {
    this.crew = crew;
    this.ledger = ledger;
    this.holds = holds;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * In the opening transaction: records {@code mustHold} in the ledger (facts the pin must contain although the
   * ledger may not have recorded them yet: the discharge that opened the incident is delivered to the ledger and to
   * this module at the same time) and has custody hold what the incident touched: its weapons and lots (and with them
   * every firearm of the production), and each of its scenes on its own.
   */
  void hold(Incident incident, Production production, UUID actorId, List<? extends RecordedFact> mustHold) {
    mustHold.forEach(ledger::record);
    String why = "Incident: " + incident.kind().label().toLowerCase(java.util.Locale.ROOT)
        + (incident.where() == null ? "" : " at " + incident.where());
    List<FirearmsHolds.IncidentHold> placed =
        incident.weaponIds().isEmpty() && incident.lotIds().isEmpty() && incident.sceneIds().isEmpty()
        ? List.of()
        : incident.automatic()
        ? holds.holdWhatIsRegistered(production.id(), incident.id(), actorId, incident.weaponIds(),
            incident.lotIds(), incident.sceneIds(), why)
        : holds.holdForIncident(production.id(), incident.id(), actorId, incident.weaponIds(), incident.lotIds(),
            incident.sceneIds(), why);
    store.insertHolds(incident.id(), placed.stream()
        .map(h -> new IncidentStore.Hold(h.holdId(), h.weaponId(), h.lotId(), h.sceneId(), h.placedNow())).toList());
  }

  /** After the opening transaction committed: pins the ledger for the incident, once however often it is asked. */
  @ApplicationModuleListener
  void on(IncidentOpened opened) {
    if (store.pin(opened.incidentId()).isPresent()) {
      return;
    }
    Incident incident = store.incident(opened.productionId(), opened.incidentId()).orElseThrow();
    Production production = crew.production(opened.productionId());
    Ledger.Pinned pinned = ledger.pin(production, List.of());
    String sha256 = sha256(pinned.bundle());
    store.insertPin(new IncidentStore.Pin(incident.id(), pinned.treeSize(), pinned.checkpoint(), sha256,
        clock.instant()), pinned.bundle());
    events.publishEvent(new EvidencePreserved(UUID.randomUUID(), production.id(), opened.actorId(), clock.instant(),
        incident.id(), pinned.treeSize(), root(pinned.checkpoint()), sha256,
        store.holds(incident.id()).stream().map(IncidentStore.Hold::holdId).toList()));
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
