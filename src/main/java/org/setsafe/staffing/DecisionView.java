package org.setsafe.staffing;

import java.time.Instant;
import java.util.UUID;

/** What a producer or UPM did about a flag. */
public record DecisionView(String decision, UUID decidedBy, String decidedByName, String role, Instant decidedAt) {}
