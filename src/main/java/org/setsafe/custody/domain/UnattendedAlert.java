package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.UUID;

/** A weapon that is not where it should be: not locked up or with the armorer when it must be, or out too long. */
public record UnattendedAlert(UUID weaponId, String weapon, UUID holderId, Instant since, String rule,
    String reason) {}
