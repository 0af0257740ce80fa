package org.setsafe.reporting.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One step on a report, numbered from 1. {@code actorId} is null when the reporter of an anonymous report took
 * it with the receipt code ({@code byReporter} true); such a step's time is coarsened like the report's.
 */
public record ReportStep(UUID reportId, int stepNo, StepKind kind, UUID actorId, boolean byReporter, String note,
    Instant occurredAt) {}
