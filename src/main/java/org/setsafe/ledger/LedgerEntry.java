package org.setsafe.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a log, as stored. {@code leaf} is the exact text whose RFC 9162 leaf hash is in the
 * tree; the other fields are copies kept for querying, which verification never trusts.
 */
public record LedgerEntry(UUID logId, long index, UUID factId, String kind, UUID actorId, Instant occurredAt,
    Instant recordedAt, String leaf, byte[] leafHash) {}
