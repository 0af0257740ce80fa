package org.setsafe.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * A moment among words (an argument of a {@link Refusal.Said}: a regulator's due time, the day a link ended): kept as
 * the moment, and written only when the words are said, on the production's clock and in the reader's language
 * ("Mon 7 Dec 2026 14:05 MST", "lun 7 dic 2026 14:05 MST"). Written anywhere else ({@link #toString()}), it is the
 * English the record keeps.
 */
public record Dated(Instant at, ZoneId zone) {

  public Dated {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
  }

  /** The moment with its date and year, as a reader of {@code language} reads it. */
  public String in(Locale language) {
    return LocalTimes.dated(at, zone, language);
  }

  @Override
  public String toString() {
    return in(Locale.ENGLISH);
  }
}
