package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.UUID;

/** The armorer's or the safety advisor's clearance of an unplanned rehearsal. */
public record RehearsalClearance(UUID id, UUID rehearsalId, SignOffCapacity capacity, UUID clearedBy,
    Instant clearedAt, String note) {}
