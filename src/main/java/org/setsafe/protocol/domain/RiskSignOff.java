package org.setsafe.protocol.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * A sign-off of one version of an assessment, for one duty, by someone holding one of its roles. For a scene it
 * keeps the shooting day and that day's location as they were at signing (both null while the scene is not
 * scheduled, and for the general assessment): when the scene moves, the sign-off no longer holds.
 */
public record RiskSignOff(UUID id, UUID assessmentId, int version, SignOffDuty duty, CrewRole role, UUID signedBy,
    Instant signedAt, LocalDate shootingDate, String location) {}
