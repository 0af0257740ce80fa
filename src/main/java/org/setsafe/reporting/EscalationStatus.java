package org.setsafe.reporting;

import java.util.Optional;
import java.util.UUID;

/**
 * How far an open report has climbed, as escalation knows it, for the pages and the dashboard that reporting
 * draws. Escalation implements it; reporting does not depend on escalation.
 */
public interface EscalationStatus {

  /** The current escalation level of an open report, in words ("Level 2: UPM"), if it has one. */
  Optional<String> levelOf(UUID productionId, UUID reportId);
}
