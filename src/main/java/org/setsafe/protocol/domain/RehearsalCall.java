package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.UUID;

/** An unplanned rehearsal with weapons called on a scene: the scene needs a fresh clearance before any issue. */
public record RehearsalCall(UUID id, UUID productionId, UUID sceneId, UUID calledBy, Instant calledAt, String note) {}
