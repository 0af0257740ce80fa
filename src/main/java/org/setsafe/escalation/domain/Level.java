package org.setsafe.escalation.domain;

import java.util.List;
import org.setsafe.shared.InvalidInputException;

/**
 * One rung of an escalation policy: who is told, how long after the previous rung an unacknowledged report
 * climbs to it ({@code delayMinutes}; 0 on the first rung means at once), and how often it is told again while
 * nobody acknowledges ({@code repeatEveryMinutes}, up to {@code repeatTimes} times).
 */
public record Level(String name, int delayMinutes, List<Target> targets, int repeatEveryMinutes, int repeatTimes) {

  public static final int MAX_NAME = 80;
  public static final int MAX_DELAY_MINUTES = 7 * 24 * 60;
  public static final int MAX_REPEATS = 10;
  public static final int MAX_TARGETS = 20;

  public Level {
    name = name == null ? "" : name.strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new InvalidInputException("levels.name", "Size",
          "each level needs a name of 1 to " + MAX_NAME + " characters")
          .saying("input.escalation.level.name.size", String.valueOf(MAX_NAME));
    }
    if (delayMinutes < 0 || delayMinutes > MAX_DELAY_MINUTES) {
      throw new InvalidInputException("levels.delayMinutes", "Range",
          "delayMinutes must be 0 to " + MAX_DELAY_MINUTES + " (a week)")
          .saying("input.escalation.level.delay.range", String.valueOf(MAX_DELAY_MINUTES));
    }
    if (targets == null || targets.isEmpty() || targets.size() > MAX_TARGETS) {
      throw new InvalidInputException("levels.targets", "NotEmpty",
          "level '" + name + "' must tell someone (1 to " + MAX_TARGETS + " targets)")
          .saying("input.escalation.level.targets.size", name, String.valueOf(MAX_TARGETS));
    }
    targets = List.copyOf(targets);
    if (repeatTimes < 0 || repeatTimes > MAX_REPEATS) {
      throw new InvalidInputException("levels.repeatTimes", "Range", "repeatTimes must be 0 to " + MAX_REPEATS)
          .saying("input.escalation.level.repeat-times.range", String.valueOf(MAX_REPEATS));
    }
    if (repeatTimes > 0 && (repeatEveryMinutes < 1 || repeatEveryMinutes > MAX_DELAY_MINUTES)) {
      throw new InvalidInputException("levels.repeatEveryMinutes", "Range",
          "repeatEveryMinutes must be 1 to " + MAX_DELAY_MINUTES + " when the level repeats")
          .saying("input.escalation.level.repeat-every.range", String.valueOf(MAX_DELAY_MINUTES));
    }
    if (repeatTimes == 0) {
      repeatEveryMinutes = 0;
    }
  }
}
