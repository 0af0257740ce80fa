package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A step of a corrective action, each taken once: found overdue by its timer, done by its owner (with the production
 * setting the action changed, by the ledger entry that recorded the change), verified effective or not.
 */
public record ActionStep(UUID actionId, Kind step, String note, Long settingIndex, String settingKind, UUID takenBy,
    Instant takenAt) {

  public enum Kind { OVERDUE, DONE, EFFECTIVE, NOT_EFFECTIVE }

  public static final int MAX_NOTE = 2000;

  public ActionStep {
    Objects.requireNonNull(actionId, "actionId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(takenAt, "takenAt");
  }
}
