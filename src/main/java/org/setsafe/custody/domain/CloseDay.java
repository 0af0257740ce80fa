package org.setsafe.custody.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The armorer closes the shooting day at wrap with the count of each lot typed now; lots counted earlier today may
 * be left out. Kept as typed (an unknown lot, a missing count) so that {@link DayCloseProtocol} answers it with its
 * rule rather than failing to build it.
 */
public record CloseDay(Map<UUID, Integer> counts) {

  public CloseDay {
    counts = Collections.unmodifiableMap(counts == null ? new LinkedHashMap<>() : new LinkedHashMap<>(counts));
  }
}
