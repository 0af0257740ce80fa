package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.UUID;

/** One recorded version of a scene's weapon plan; the highest version is the plan in force. Never changes. */
public record PlanVersion(UUID id, UUID productionId, UUID sceneId, int version, WeaponPlanContent content,
    String changeNote, UUID recordedBy, Instant recordedAt) {}
