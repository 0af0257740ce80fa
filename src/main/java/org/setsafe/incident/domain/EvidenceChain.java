package org.setsafe.incident.domain;

import java.util.List;
import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * The chain of custody of one evidence item, folded from the item and its hand-overs in order: who holds it now,
 * the case number it is filed under, the hand-over still waiting for the receiving side. It decides whether a new
 * hand-over may be offered and a waiting one confirmed.
 */
public final class EvidenceChain {

  public static final String ONE_AT_A_TIME = "incident.one-hand-over-at-a-time";

  private final EvidenceItem item;
  private final List<HandOver> handOvers;
  private final SameCaseNumberPolicy sameCaseNumber = new SameCaseNumberPolicy();

  public EvidenceChain(EvidenceItem item, List<HandOver> handOvers) {
    this.item = item;
    this.handOvers = List.copyOf(handOvers);
  }

  public EvidenceItem item() {
    return item;
  }

  public List<HandOver> handOvers() {
    return handOvers;
  }

  /** The case number the item is filed under: as logged, or as its first hand-over named it. */
  public Optional<String> caseNumber() {
    if (item.caseNumber() != null) {
      return Optional.of(item.caseNumber());
    }
    return handOvers.stream().findFirst().map(HandOver::caseNumber);
  }

  /** The hand-over the receiving side has not confirmed yet, if any. */
  public Optional<HandOver> awaiting() {
    return handOvers.stream().filter(h -> !h.confirmed()).findFirst();
  }

  /** Who holds it now: the last side that confirmed receiving it, or nobody outside the crew yet. */
  public Optional<HandOver> lastReceived() {
    HandOver last = null;
    for (HandOver handOver : handOvers) {
      if (handOver.confirmed()) {
        last = handOver;
      }
    }
    return Optional.ofNullable(last);
  }

  /** Whether a hand-over under this case number may be offered now. */
  public Optional<Refusal> offer(String caseNumber) {
    Optional<HandOver> waiting = awaiting();
    if (waiting.isPresent()) {
      return Optional.of(new Refusal(ONE_AT_A_TIME, "This item's hand-over to " + waiting.get().toName()
          + " is not confirmed yet: it changes hands once at a time, each confirmed by both sides.")
          .saying("reason.incident.one-hand-over-at-a-time", waiting.get().toName()));
    }
    return sameCaseNumber.offer(this, caseNumber);
  }

  /** Whether the receiving side may confirm this hand-over under this case number. */
  public Optional<Refusal> confirm(HandOver handOver, String caseNumber) {
    return sameCaseNumber.confirm(handOver, caseNumber);
  }
}
