package org.setsafe.protocol.domain;

import java.util.List;
import org.setsafe.shared.Refusal.Said;

/**
 * The pieces protocol's reasons are made of, as bundle words: lists joined the way the English reason joins them,
 * and the names of capacities, duties and placements, so each reason's words read as its English does.
 */
public final class SaidParts {

  private SaidParts() {}

  /** "a", "a and b", "a, b and c": as the reasons list who still has to sign. */
  public static Said and(List<Said> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return Said.of("reason.protocol.list.and", Said.joined("reason.protocol.list.comma", items.subList(0,
        items.size() - 1)), items.get(items.size() - 1));
  }

  /** "a, b, c". */
  public static Said commas(List<Said> items) {
    return Said.joined("reason.protocol.list.comma", items);
  }

  /** "a; b; c". */
  public static Said semicolons(List<Said> items) {
    return Said.joined("reason.protocol.list.semicolon", items);
  }

  /** "2026-11-25 at Rancho de las Golondrinas", or {@code none} when the scene has no shooting day. */
  public static Said dayAtLocation(Object date, String location, String none) {
    return date == null ? Said.of(none) : Said.of("reason.protocol.day-at-location", date, location);
  }

  /** "the armorer's", "the safety advisor's". */
  public static Said possessive(SignOffCapacity capacity) {
    return Said.of("reason.protocol.capacity.possessive." + capacity.name());
  }
}
