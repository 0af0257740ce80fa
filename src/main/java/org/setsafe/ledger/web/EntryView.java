package org.setsafe.ledger.web;

import java.time.Instant;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.LedgerEntry;

/**
 * A ledger entry as people and API clients see it: the stored leaf text itself (what is hashed) plus
 * a readable name for who did it. The name is looked up now and is not evidence; the leaf is.
 */
record EntryView(long index, UUID factId, String kind, Instant occurredAt, Instant recordedAt, UUID actorId,
    String actor, String leaf) {

  static EntryView of(LedgerEntry entry, Accounts accounts) {
    return new EntryView(entry.index(), entry.factId(), entry.kind(), entry.occurredAt(), entry.recordedAt(),
        entry.actorId(), actorName(entry.actorId(), accounts), entry.leaf());
  }

  private static String actorName(UUID actorId, Accounts accounts) {
    if (actorId == null) {
      return "nobody named (system or anonymous)";
    }
    if (SystemActor.ID.equals(actorId)) {
      return "SetSafe (admin CLI or start-up)";
    }
    return accounts.findById(actorId).map(a -> a.displayName() + " (" + a.username() + ")").orElse(actorId.toString());
  }
}
