package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A show-clear and what its witnesses said about it. Guards the meaning of "cold": the armorer's showing
 * counts only once every named witness has confirmed it from their own session, and nobody refused it.
 */
public record ShowClear(UUID eventId, UUID shownBy, Instant shownAt, Set<UUID> witnesses, Set<UUID> confirmedBy,
    UUID refusedBy, String refusalReason) {

  public ShowClear {
    witnesses = Set.copyOf(witnesses);
    confirmedBy = Set.copyOf(confirmedBy);
  }

  static ShowClear shown(CustodyEvents.ShownClear event) {
    return new ShowClear(event.eventId(), event.actorId(), event.occurredAt(), event.witnesses(), Set.of(), null, null);
  }

  ShowClear confirmedBy(UUID witness) {
    Set<UUID> confirmed = new HashSet<>(confirmedBy);
    confirmed.add(witness);
    return new ShowClear(eventId, shownBy, shownAt, witnesses, confirmed, refusedBy, refusalReason);
  }

  ShowClear refusedBy(UUID witness, String reason) {
    return new ShowClear(eventId, shownBy, shownAt, witnesses, confirmedBy, witness, reason);
  }

  /** The witnesses who have not yet confirmed. */
  public Set<UUID> awaiting() {
    Set<UUID> awaiting = new HashSet<>(witnesses);
    awaiting.removeAll(confirmedBy);
    return Set.copyOf(awaiting);
  }

  public boolean refused() {
    return refusedBy != null;
  }

  public Optional<UUID> refusingWitness() {
    return Optional.ofNullable(refusedBy);
  }

  public boolean confirmedByEveryWitness() {
    return !refused() && confirmedBy.containsAll(witnesses);
  }

  /** Shown no longer ago than the window; a show-clear is evidence of that moment, not of the day. */
  public boolean within(Duration window, Instant now) {
    return !now.isBefore(shownAt) && !now.isAfter(shownAt.plus(window));
  }
}
