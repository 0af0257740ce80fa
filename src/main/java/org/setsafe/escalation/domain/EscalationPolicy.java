package org.setsafe.escalation.domain;

import java.time.Duration;
import java.util.List;
import org.setsafe.shared.InvalidInputException;

/**
 * How an unacknowledged report climbs, as on-call tools do it: ordered levels, each reached after its delay if
 * nobody has acknowledged, and repeated while nobody does; and how long an acknowledged report may stay
 * unresolved before it climbs again ({@code resolveWithinMinutes}).
 */
public record EscalationPolicy(List<Level> levels, int resolveWithinMinutes) {

  public static final int MAX_LEVELS = 6;
  public static final int MIN_RESOLVE_MINUTES = 15;
  public static final int MAX_RESOLVE_MINUTES = 30 * 24 * 60;

  public EscalationPolicy {
    if (levels == null || levels.isEmpty() || levels.size() > MAX_LEVELS) {
      throw new InvalidInputException("levels", "Size", "a policy has 1 to " + MAX_LEVELS + " levels")
          .saying("input.escalation.levels.size", String.valueOf(MAX_LEVELS));
    }
    levels = List.copyOf(levels);
    if (resolveWithinMinutes < MIN_RESOLVE_MINUTES || resolveWithinMinutes > MAX_RESOLVE_MINUTES) {
      throw new InvalidInputException("resolveWithinMinutes", "Range",
          "resolveWithinMinutes must be " + MIN_RESOLVE_MINUTES + " to " + MAX_RESOLVE_MINUTES + " (30 days)")
          .saying("input.escalation.resolve-within.range", String.valueOf(MIN_RESOLVE_MINUTES),
              String.valueOf(MAX_RESOLVE_MINUTES));
    }
  }

  /** Level {@code number}, counted from 1. */
  public Level level(int number) {
    return levels.get(number - 1);
  }

  public int top() {
    return levels.size();
  }

  public Duration resolveWithin() {
    return Duration.ofMinutes(resolveWithinMinutes);
  }

  /** "Second told: UPM": who a level reaches, in the order the crew hears of it, without level numbers. */
  public String describe(int number) {
    return told(number) + ": " + level(number).name();
  }

  /** How many places in the order have a word of their own ("First" … "Tenth"); later ones are numbered. */
  public static final int ORDINALS = 10;

  private static final String[] ORDINAL_WORDS = {"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
      "Eighth", "Ninth", "Tenth"};

  /** "First told", "Second told", … for a level's place in the order. */
  public static String told(int number) {
    return (number >= 1 && number <= ORDINAL_WORDS.length ? ORDINAL_WORDS[number - 1] : number + "th") + " told";
  }
}
