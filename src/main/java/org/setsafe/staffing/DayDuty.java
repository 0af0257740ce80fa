package org.setsafe.staffing;

import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * A person on a duty on one shooting day: what the UPM, 1st AD or a producer schedules or releases. ARMORER is the
 * day's dedicated armorer. Checked by the roster after the caller's access, so someone not on the production learns
 * nothing from it.
 */
public record DayDuty(UUID dayId, UUID personId, CrewRole duty) {}
