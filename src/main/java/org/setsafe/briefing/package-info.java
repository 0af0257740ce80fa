/**
 * Telling the crew what the day holds and hearing that they heard it: the daily safety meeting (its agenda drawn
 * from the day's scenes, plans, open hazards and bulletins; each person acknowledging on their own phone), the
 * safety bulletins attached to the call sheet, the call sheet's safety section as a PDF, the locations' nearest
 * hospitals and the production's safety and support contacts, and the pre-production check that lists every gap
 * before the first shooting day.
 *
 * <p>Other modules feed it through two interfaces it owns, so it depends on none of them:
 * {@link org.setsafe.briefing.AgendaSource} (what the day's meeting and call sheet must cover) and
 * {@link org.setsafe.briefing.ReadinessCheck} (what is missing before the first day).
 */
@ApplicationModule(displayName = "Briefing",
    allowedDependencies = {"shared", "identity", "production", "training", "custody", "custody :: domain",
        "reporting", "studio"})
package org.setsafe.briefing;

import org.springframework.modulith.ApplicationModule;
