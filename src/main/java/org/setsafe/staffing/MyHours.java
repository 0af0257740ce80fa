package org.setsafe.staffing;

import java.util.List;
import java.util.UUID;

/** A person's own hours on a production, newest first, every entry kept. */
public record MyHours(UUID productionId, UUID personId, String name, List<ShiftView> entries) {}
