package org.setsafe.production;

import java.util.List;
import java.util.UUID;

/**
 * What the production dashboard shows of the crew's qualifications, answered by the training module:
 * production must not depend on training (training asks production who is on the crew), so training
 * implements this instead.
 */
public interface QualificationsAtAGlance {

  /** For the signed-in person on this production. */
  Glance of(UUID productionId);

  /**
   * Missing, expired or soon expiring qualifications the signed-in person must act on: every crew member's
   * for the safety advisor, UPM, producers and studio safety; their own for everyone else.
   */
  record Glance(boolean wholeCrew, List<Gap> gaps) {}

  /** One person lacking one qualification: e.g. "Hank Ostrowski", "Armorer permit", "expires on 2026-12-01". */
  record Gap(String person, String qualification, String problem, boolean urgent, boolean yours) {}
}
