package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The name the watch records a finding under, and reads back: "meal-break:2026-12-07" and "wrap:2026-12-07" for
 * the day's checkpoints, "day-end:2026-12-07" for a day not closed after wrap, "idle:" and a custody step's id for a
 * weapon standing idle ("out-too-long:" before). A code, not words: it makes each finding's id, and pages say it in
 * the reader's words from what it names ({@code date} {@code null} where it names none).
 */
public record WatchCheckpoint(Kind kind, LocalDate date) {

  public enum Kind { MEAL_BREAK, WRAP, DAY_END, IDLE, OTHER }

  public static String mealBreak(LocalDate date) {
    return "meal-break:" + date;
  }

  public static String wrap(LocalDate date) {
    return "wrap:" + date;
  }

  public static String dayEnd(LocalDate date) {
    return "day-end:" + date;
  }

  /** What a recorded name names; a name of another shape is {@link Kind#OTHER}, to be shown as recorded. */
  public static WatchCheckpoint of(String recorded) {
    int colon = recorded == null ? -1 : recorded.indexOf(':');
    if (colon < 0) {
      return new WatchCheckpoint(Kind.OTHER, null);
    }
    String kind = recorded.substring(0, colon);
    if (kind.equals("idle") || kind.equals("out-too-long")) {
      return new WatchCheckpoint(Kind.IDLE, null);
    }
    Kind dated = switch (kind) {
      case "meal-break" -> Kind.MEAL_BREAK;
      case "wrap" -> Kind.WRAP;
      case "day-end" -> Kind.DAY_END;
      default -> Kind.OTHER;
    };
    try {
      return dated == Kind.OTHER ? new WatchCheckpoint(Kind.OTHER, null)
          : new WatchCheckpoint(dated, LocalDate.parse(recorded.substring(colon + 1)));
    } catch (DateTimeParseException e) {
      return new WatchCheckpoint(Kind.OTHER, null);
    }
  }
}
