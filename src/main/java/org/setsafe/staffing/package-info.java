/**
 * Who works each shooting day and for how long: the dedicated armorer of every firearms day (who holds no other
 * duty that day, here or on another production), the hours each person works and the rest between days, and the
 * flags on a firearms scene whose armorer, 1st AD or camera crew had too little rest or too many hours in the
 * week (California Labor Code §9152: the 60-hour trigger).
 */
@ApplicationModule(displayName = "Staffing",
    allowedDependencies = {"shared", "identity", "production", "training", "custody", "briefing", "studio"})
package org.setsafe.staffing;

import org.springframework.modulith.ApplicationModule;
