package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the armorer last showed the witnesses, and what they said about it: either the weapon shown clear (empty,
 * {@code load} empty) or, for a loaded weapon, its load shown round by round ({@code load} the manifest shown).
 * {@code shown} is what was shown in the words each witness confirms. Guards the meaning of "cold": the showing
 * counts only once every named witness has confirmed it from their own session, and nobody refused it.
 */
public record ShowClear(UUID eventId, UUID shownBy, Instant shownAt, Set<UUID> witnesses, Set<UUID> confirmedBy,
    UUID refusedBy, String refusalReason, Map<String, LoadedRound> load, String shown) {

  public ShowClear {
    witnesses = Set.copyOf(witnesses);
    confirmedBy = Set.copyOf(confirmedBy);
    load = load == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(load));
    shown = shown == null ? ShownWords.CLEAR : shown;
  }

  static ShowClear shown(CustodyEvents.ShownClear event) {
    return new ShowClear(event.eventId(), event.actorId(), event.occurredAt(), event.witnesses(), Set.of(), null, null,
        Map.of(), ShownWords.CLEAR);
  }

  static ShowClear shown(CustodyEvents.LoadShown event) {
    return new ShowClear(event.eventId(), event.actorId(), event.occurredAt(), event.witnesses(), Set.of(), null, null,
        event.manifest(), event.shown());
  }

  ShowClear confirmedBy(UUID witness) {
    Set<UUID> confirmed = new HashSet<>(confirmedBy);
    confirmed.add(witness);
    return new ShowClear(eventId, shownBy, shownAt, witnesses, confirmed, refusedBy, refusalReason, load, shown);
  }

  ShowClear refusedBy(UUID witness, String reason) {
    return new ShowClear(eventId, shownBy, shownAt, witnesses, confirmedBy, witness, reason, load, shown);
  }

  /** Shown clear (empty), rather than a load shown round by round. */
  public boolean clear() {
    return load.isEmpty();
  }

  /** "show-clear" or "showing of the load": what the step is called where a refusal names it. */
  public String step() {
    return clear() ? "show-clear" : "showing of the load";
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
