package org.setsafe.custody.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A weapon that is not where it should be: not locked up at the meal break or wrap, out of lock-up with nobody
 * taking a step with it for too long, or still out when the grace ran out. {@code since} is its last custody step;
 * {@code words} is the {@code reason} in parts.
 */
public record UnattendedAlert(UUID weaponId, String weapon, UUID holderId, Instant since, String rule,
    String reason, UnattendedWords words) {}
