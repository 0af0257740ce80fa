package org.setsafe.ledger.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.setsafe.identity.Accounts;
import org.setsafe.identity.SystemActor;
import org.setsafe.ledger.LedgerEntry;

/**
 * A ledger entry as people and API clients see it: the stored leaf text itself (what is hashed) plus
 * a readable name for who did it. The name is looked up now and is not evidence; the leaf is.
 *
 * <p>For crew who do not handle reports, an entry that names no one about a report or its escalation (an anonymous
 * reporter's, or one that follows from it at once) shows its times to the hour and withholds its leaf text, which
 * carries the exact time: {@code coarse} is then true. Its proof and the evidence bundle are unchanged.
 */
record EntryView(long index, UUID factId, String kind, Instant occurredAt, Instant recordedAt, UUID actorId,
    String actor, String leaf, boolean coarse) {

  static EntryView of(LedgerEntry entry, Accounts accounts) {
    return new EntryView(entry.index(), entry.factId(), entry.kind(), entry.occurredAt(), entry.recordedAt(),
        entry.actorId(), actorName(entry.actorId(), accounts), entry.leaf(), false);
  }

  /** The entry as this viewer may see it: exact, or, for an unnamed report fact, to the hour. */
  static EntryView of(LedgerEntry entry, Accounts accounts, boolean exactTimes) {
    if (exactTimes || !mayTellAnAnonymousReportersTime(entry)) {
      return of(entry, accounts);
    }
    return new EntryView(entry.index(), entry.factId(), entry.kind(), hour(entry.occurredAt()),
        hour(entry.recordedAt()), null, actorName(null, accounts), null, true);
  }

  /**
   * Facts about reports and their escalation that name no one: an anonymous reporter's, SetSafe's escalation of a
   * report; a report SetSafe filed from another module's fact names its source and is dated by that fact.
   */
  private static boolean mayTellAnAnonymousReportersTime(LedgerEntry entry) {
    return entry.actorId() == null
        && (entry.kind().startsWith("reporting.") || entry.kind().startsWith("escalation."))
        && !entry.leaf().contains("\"source\":\"");
  }

  private static Instant hour(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.HOURS);
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
