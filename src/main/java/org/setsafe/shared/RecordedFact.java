package org.setsafe.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A fact that must go into the tamper-evident ledger: a custody event or refusal, a report, an
 * acknowledgment, a membership change. Modules publish their events (records implementing this)
 * inside their own transaction; the ledger listens for every {@code RecordedFact} and appends it,
 * so no module needs to know the ledger exists and none can forget to feed it.
 *
 * <p>The ledger serialises the whole event record as canonical JSON, so every component of the
 * record is evidence: keep them to values (ids, strings, numbers, times), never entities.
 */
public interface RecordedFact {

  /** Unique per fact; a fact re-delivered after a crash is recorded once. */
  UUID factId();

  /** The production the fact belongs to, or {@code null} for installation-wide facts. */
  UUID productionId();

  /** Who did it: a user id, or {@code null} for the system or an anonymous reporter. */
  UUID actorId();

  Instant occurredAt();

  /** Dotted kind in the trade's words, e.g. {@code production.member-joined}, {@code custody.weapon-issued}. */
  String kind();

  /** What the fact is about, as {@code type:id} (e.g. {@code user:…}, {@code weapon:…}); drives history pages. */
  List<String> subjects();
}
