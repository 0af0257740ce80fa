/**
 * Escalation: no hazard report is ignored quietly. Each open report climbs its production's policy (ordered
 * levels with delays, repeats and targets by role, person or outside address) until someone acknowledges it; an
 * acknowledged report not resolved by its deadline climbs again; a re-opened one starts over. Every timer is a
 * persisted db-scheduler job, so steps fire after a restart and once across instances; every step is a fact
 * ({@link org.setsafe.escalation.EscalationEvents}). Stop-work calls reach everyone at once. Listens to
 * reporting's facts and tells people through notify.
 */
@ApplicationModule(displayName = "Escalation",
    allowedDependencies = {"shared", "identity", "production", "reporting", "notify", "studio"})
package org.setsafe.escalation;

import org.springframework.modulith.ApplicationModule;
