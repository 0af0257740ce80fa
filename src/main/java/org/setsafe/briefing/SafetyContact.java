package org.setsafe.briefing;

import java.time.Instant;
import java.util.UUID;

/** A safety or support contact of a production: who, a phone number, when they answer, and a note. */
public record SafetyContact(SafetyContactKind kind, String name, String phone, String hours, String notes,
    UUID namedBy, Instant namedAt) {}
