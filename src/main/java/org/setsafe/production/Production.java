package org.setsafe.production;

import java.time.ZoneId;
import java.util.UUID;

/** A film or television production. Its time zone decides what "today" means on set. */
public record Production(UUID id, String name, ZoneId timeZone) {}
