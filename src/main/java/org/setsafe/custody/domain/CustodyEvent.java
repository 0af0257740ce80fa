package org.setsafe.custody.domain;

import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * A custody fact: something that happened to a weapon, a lot or the production's firearms, recorded once
 * and never changed. Every one names its production, who did it and when; the ledger keeps them all.
 * Current state ({@link WeaponCustody}, {@link LotBalance}, {@link FirearmsHold}) is folded from these
 * facts, so any table holding it can be rebuilt from them.
 */
public interface CustodyEvent extends RecordedFact {

  /** Unique per event; also the ledger's fact id, so a re-delivered event is recorded once. */
  UUID eventId();

  @Override
  default UUID factId() {
    return eventId();
  }
}
