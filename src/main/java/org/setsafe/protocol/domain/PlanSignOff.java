package org.setsafe.protocol.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A sign-off of one plan version in one capacity, with where and when the scene was to be shot at signing: it
 * attests the plan for that placement only.
 */
public record PlanSignOff(UUID id, UUID planVersionId, UUID productionId, UUID sceneId, SignOffCapacity capacity,
    UUID signedBy, Instant signedAt, ScenePlacement placement) {}
