package org.setsafe.ledger;

import java.time.Instant;
import java.util.UUID;

/** A checkpoint as stored: the whole signed note, and the tree size and key it was signed at (for lookups only). */
public record SignedCheckpoint(UUID logId, long treeSize, String note, String keyName, Instant signedAt) {}
