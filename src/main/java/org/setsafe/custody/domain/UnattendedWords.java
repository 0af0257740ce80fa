package org.setsafe.custody.domain;

import java.util.Objects;
import org.setsafe.custody.domain.NeverUnattendedPolicy.Checkpoint;
import org.setsafe.shared.Refusal.Said;

/**
 * What the never-unattended watch found about one weapon, in parts (rule 5): which weapon, where it was, and at which
 * checkpoint, after how many idle minutes, or how long after the alert it was still out. An alert and an overdue
 * lock-up keep these beside their English reason, so a page says the same in the reader's words without reading
 * the English back. {@link #english()} is the reason the record has always written, word for word.
 */
public record UnattendedWords(Shape shape, String weapon, Where where, Checkpoint checkpoint, Long minutes) {

  /** Which of the watch's findings: at a checkpoint, idle too long, or still out when the grace ran out. */
  public enum Shape { AT_CHECKPOINT, IDLE, OVERDUE, OVERDUE_IDLE }

  /** Where a weapon out of lock-up is, in the words of the crew. */
  public enum Where {
    PERFORMER("still with a performer", "performer"),
    ON_HOLD("on hold with the armorer but not locked up", "on-hold"),
    ARMORER("out of lock-up with the armorer", "armorer");

    private final String english;
    private final String key;

    Where(String english, String key) {
      this.english = english;
      this.key = key;
    }

    public String english() {
      return english;
    }

    public Said said() {
      return Said.of("custody.holds.alert.where." + key);
    }

    static Where of(WeaponState state) {
      return switch (state) {
        case ISSUED -> PERFORMER;
        case ON_HOLD -> ON_HOLD;
        default -> ARMORER;
      };
    }
  }

  public UnattendedWords {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(weapon, "weapon");
    Objects.requireNonNull(where, "where");
    if (shape == Shape.AT_CHECKPOINT) {
      Objects.requireNonNull(checkpoint, "checkpoint");
    } else {
      Objects.requireNonNull(minutes, "minutes");
    }
  }

  /** As the record writes it. */
  public String english() {
    return switch (shape) {
      case AT_CHECKPOINT -> weapon + " is " + where.english() + " at " + checkpoint.words()
          + "; every weapon is locked up at " + checkpoint.words() + " (industry safety bulletin #1: never unattended).";
      case IDLE -> weapon + " has been " + where.english() + " with no custody step for more than " + minutes
          + " minutes; the armorer checks it or locks it up.";
      case OVERDUE -> weapon + " is still " + where.english() + ", " + minutes
          + " minutes after the alert; nobody locked it up.";
      case OVERDUE_IDLE -> weapon + " is still " + where.english() + ", " + minutes
          + " minutes after the alert; nobody locked it up or took a custody step with it.";
    };
  }

  /** The same as words: the weapon's name as registered, the rest in the reader's language. */
  public Said said() {
    return switch (shape) {
      case AT_CHECKPOINT -> Said.of("custody.holds.alert.detail.at", weapon, where.said(),
          Said.of("custody.holds.alert.checkpoint." + (checkpoint == Checkpoint.WRAP ? "wrap" : "meal-break")));
      case IDLE -> Said.of("custody.holds.alert.detail.idle", weapon, where.said(), String.valueOf(minutes));
      case OVERDUE -> Said.of("custody.found.overdue", weapon, where.said(), String.valueOf(minutes));
      case OVERDUE_IDLE -> Said.of("custody.found.overdue-idle", weapon, where.said(), String.valueOf(minutes));
    };
  }

  /** The words, when they say exactly what was recorded; {@code null} otherwise (the English then stands). */
  public static Said saying(UnattendedWords words, String recorded) {
    return words != null && words.english().equals(recorded) ? words.said() : null;
  }
}
