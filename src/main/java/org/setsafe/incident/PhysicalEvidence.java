package org.setsafe.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.incident.IncidentEvents.EvidenceHandedOver;
import org.setsafe.incident.IncidentEvents.EvidenceItemLogged;
import org.setsafe.incident.IncidentEvents.EvidenceReceived;
import org.setsafe.incident.IncidentEvents.IncidentRefused;
import org.setsafe.incident.domain.EvidenceChain;
import org.setsafe.incident.domain.EvidenceItem;
import org.setsafe.incident.domain.HandOver;
import org.setsafe.incident.domain.HandOverCode;
import org.setsafe.incident.domain.Incident;
import org.setsafe.incident.domain.IncidentStore;
import org.setsafe.production.CrewList;
import org.setsafe.production.CrewRole;
import org.setsafe.production.Member;
import org.setsafe.production.OnSet;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.NotFoundException;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.RefusalRecorder;
import org.setsafe.shared.RuleRefusedException;
import org.setsafe.shared.SecurityAudit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of custody for an incident's physical evidence: each item logged with its case number, and every
 * hand-over recorded by the giving side and confirmed by the receiving side (with the code they were handed, since a
 * deputy or a lab has no account here), both under the same case number. A hand-over under another case number, or
 * a confirmation naming a different one, is refused with its reason and the refusal recorded.
 */
@Service
public class PhysicalEvidence {

  /** An item as the crew member who has it logs it. */
  public record NewItem(String kind, String what, String caseNumber) {}

  /** A hand-over as the giving side records it. */
  public record NewHandOver(String toName, String toOrganisation, String caseNumber) {}

  /** What the giving side hands over with the item: the code the receiving side confirms with, shown once. */
  public record HandOverReceipt(UUID handOverId, UUID itemId, String caseNumber, String code, String confirmAt) {
    @Override
    public String toString() {
      return "HandOverReceipt[handOverId=" + handOverId + ", code=(hidden)]";
    }
  }

  /** What the receiving side types: the code, their name, and the case number they file the item under. */
  public record Confirmation(String code, String name, String caseNumber) {}

  /** What the receiving side is told once confirmed. */
  public record Received(UUID handOverId, String what, String caseNumber, String fromName, String production,
      Instant confirmedAt) {}

  /** Where the receiving side confirms, on the public API. */
  public static final String CONFIRM_AT = "/api/public/receipts/evidence";

  private final IncidentStore store;
  private final Incidents incidents;
  private final IncidentDesk desk;
  private final CrewList crew;
  private final RefusalRecorder refusals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PhysicalEvidence(IncidentStore store, Incidents incidents, IncidentDesk desk, CrewList crew,
      RefusalRecorder refusals, ApplicationEventPublisher events, Clock clock) {
    this.store = store;
    this.incidents = incidents;
    this.desk = desk;
    this.crew = crew;
    this.refusals = refusals;
    this.events = events;
    this.clock = clock;
  }

  /** A crew member logs a piece of evidence they have; they hold it until its first hand-over. */
  @Transactional
  public Incidents.IncidentView log(UUID productionId, UUID incidentId, NewItem input) {
    OnSet caller = desk.crew(productionId);
    Incident incident = incidents.find(productionId, incidentId);
    if (input == null) {
      throw new InvalidInputException("kind", "Required", "kind is required: a round, a weapon, a phone video")
          .saying("input.incident.evidence.kind-required");
    }
    EvidenceItem item = new EvidenceItem(UUID.randomUUID(), incident.id(), productionId,
        Choices.oneOf(EvidenceKind.class, "kind", input.kind()), input.what(),
        input.caseNumber(), caller.userId(), now());
    store.insertItem(item);
    events.publishEvent(new EvidenceItemLogged(UUID.randomUUID(), productionId, caller.userId(), item.loggedAt(),
        incident.id(), item.id(), item.kind(), item.what(), item.caseNumber()));
    return incidents.view(caller, incidentId);
  }

  /**
   * The giving side hands an item over: the crew member who logged it, or the safety advisor (who speaks for the
   * production to investigators). Refused, and the refusal recorded, under a case number other than the item's or
   * while an earlier hand-over waits for its confirmation.
   */
  @Transactional
  public HandOverReceipt handOver(UUID productionId, UUID incidentId, UUID itemId, NewHandOver input) {
    OnSet caller = desk.crew(productionId);
    incidents.find(productionId, incidentId);
    EvidenceItem item = store.lockItem(productionId, itemId).filter(i -> i.incidentId().equals(incidentId))
        .orElseThrow(() -> new NotFoundException("no evidence item " + itemId + " on this incident")
            .saying("input.incident.not-found.evidence-item", itemId));
    if (!caller.userId().equals(item.loggedBy()) && !caller.holds(CrewRole.SAFETY_ADVISOR)) {
      String reason = "Evidence is handed over by the person who logged it or by the safety advisor.";
      SecurityAudit.accessRefused(org.setsafe.identity.SignedInUser.current().map(u -> u.getUsername()).orElse("-"), "hand-over of evidence " + itemId, reason);
      Refusal refusal = new Refusal("incident.hands-over", reason).saying("reason.incident.hands-over");
      refuse(productionId, caller.userId(), item, "hand over", refusal);
      throw new AccessRefusedException(refusal);
    }
    if (input == null) {
      throw new InvalidInputException("caseNumber", "Size", "caseNumber must be 1 to 60 characters")
          .saying("input.incident.size", "caseNumber", EvidenceItem.MAX_CASE_NUMBER);
    }
    String caseNumber = EvidenceItem.caseNumber("caseNumber", input.caseNumber(), true);
    EvidenceChain chain = new EvidenceChain(item, store.handOvers(item.id()));
    Optional<Refusal> refused = chain.offer(caseNumber);
    if (refused.isPresent()) {
      throw refuse(productionId, caller.userId(), item, "hand over", refused.get());
    }
    String fromName = chain.lastReceived().map(h -> h.toName() + " (" + h.toOrganisation() + ")")
        .orElseGet(() -> crew.member(productionId, item.loggedBy()).map(Member::displayName).orElse("?"));
    HandOver handOver = new HandOver(UUID.randomUUID(), item.id(), productionId, fromName, input.toName(),
        input.toOrganisation(), caseNumber, caller.userId(), now(), null);
    HandOverCode code = HandOverCode.random();
    store.insertHandOver(handOver, code.hash());
    events.publishEvent(new EvidenceHandedOver(UUID.randomUUID(), productionId, caller.userId(),
        handOver.offeredAt(), incidentId, item.id(), handOver.id(), handOver.fromName(), handOver.toName(),
        handOver.toOrganisation(), caseNumber));
    return new HandOverReceipt(handOver.id(), item.id(), caseNumber, code.grouped(), CONFIRM_AT);
  }

  /**
   * The receiving side confirms, without an account, with the code they were handed: under the same case number
   * or not at all. A wrong code is "not found", whatever was tried.
   */
  @Transactional
  public Received confirm(Confirmation input) {
    if (input == null) {
      throw new InvalidInputException("code", "Required", "code is required: the code you were handed with it")
          .saying("input.incident.evidence.code-required");
    }
    HandOverCode code = HandOverCode.parse(input.code()).orElseThrow(() -> new InvalidInputException("code",
        "HandOverCode", "code must be the " + HandOverCode.LENGTH + " digits you were handed with the evidence")
        .saying("input.incident.evidence.code", HandOverCode.LENGTH));
    HandOver handOver = store.lockHandOverByCode(code.hash())
        .orElseThrow(() -> new NotFoundException("No hand-over with this code.")
            .saying("input.incident.not-found.hand-over"));
    if (handOver.confirmed()) {
      throw new org.setsafe.shared.ConflictException("code", "Once", "this hand-over was confirmed already")
          .saying("input.incident.evidence.confirmed-already");
    }
    String caseNumber = EvidenceItem.caseNumber("caseNumber", input.caseNumber(), true);
    HandOver.Confirmation confirmation = new HandOver.Confirmation(input.name(), caseNumber, now());
    EvidenceItem item = store.lockItem(handOver.productionId(), handOver.itemId()).orElseThrow();
    EvidenceChain chain = new EvidenceChain(item, store.handOvers(item.id()));
    Optional<Refusal> refused = chain.confirm(handOver, caseNumber);
    if (refused.isPresent()) {
      throw refuse(handOver.productionId(), null, item, "confirm receipt as " + confirmation.confirmedBy(),
          refused.get());
    }
    store.insertConfirmation(handOver.id(), confirmation);
    events.publishEvent(new EvidenceReceived(UUID.randomUUID(), handOver.productionId(), null,
        confirmation.confirmedAt(), item.incidentId(), item.id(), handOver.id(), confirmation.confirmedBy(),
        caseNumber));
    return new Received(handOver.id(), item.what(), caseNumber, handOver.fromName(),
        crew.production(handOver.productionId()).name(), confirmation.confirmedAt());
  }

  private RuleRefusedException refuse(UUID productionId, UUID actorId, EvidenceItem item, String attempted,
      Refusal refusal) {
    IncidentRefused fact = refusals.record(new IncidentRefused(UUID.randomUUID(), productionId, actorId, now(),
        "evidence:" + item.id(), attempted, refusal.rule(), refusal.reason()));
    // A refusal about the state of things (a hand-over still waiting) is about the item the path names.
    return new RuleRefusedException(refusal.field() == null ? "itemId" : refusal.field(), refusal,
        fact.factId().toString());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
