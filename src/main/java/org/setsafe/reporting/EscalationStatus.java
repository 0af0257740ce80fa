package org.setsafe.reporting;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How far an open report has climbed, as escalation knows it, for the pages and the dashboard that reporting
 * draws. Escalation implements it; reporting does not depend on escalation.
 */
public interface EscalationStatus {

  /** The current escalation level of an open report, in words ("Level 2: UPM"), if it has one. */
  Optional<String> levelOf(UUID productionId, UUID reportId);

  /**
   * Reports of this production whose climb has reached the signed-in person: escalation lists them in their "needs
   * you now" with how long they have waited, so reporting does not list them a second time.
   */
  default Set<UUID> reachedYou(UUID productionId) {
    return Set.of();
  }
}
