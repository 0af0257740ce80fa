package org.setsafe.escalation.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A timer of a report's escalation: tell level {@code level} for the {@code repeat}th time (0 = first), or check
 * the resolution deadline. Its id names the report, round and step, so each can be scheduled and fire once.
 */
public record Step(UUID reportId, int round, int level, int repeat, boolean deadline) {

  public static Step level(UUID reportId, int round, int level, int repeat) {
    return new Step(reportId, round, level, repeat, false);
  }

  public static Step deadline(UUID reportId, int round) {
    return new Step(reportId, round, 0, 0, true);
  }

  /** Within a round: {@code L2R0}, {@code L2R1}, {@code deadline}. */
  public String name() {
    return deadline ? "deadline" : "L" + level + "R" + repeat;
  }

  /** The scheduler's instance id: {@code <report>/<round>/<step>}. */
  public String id() {
    return reportId + "/" + round + "/" + name();
  }

  public static Step parse(String id) {
    String[] parts = id.split("/");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not an escalation step: " + id);
    }
    UUID report = UUID.fromString(parts[0]);
    int round = Integer.parseInt(parts[1]);
    if (parts[2].equals("deadline")) {
      return deadline(report, round);
    }
    int r = parts[2].indexOf('R');
    return level(report, round, Integer.parseInt(parts[2].substring(1, r)), Integer.parseInt(parts[2].substring(r + 1)));
  }

  /** A step and when it falls due. */
  public record Due(Step step, Instant at) {}

  /**
   * What follows this level step, which fell due at {@code dueAt}: its next repeat, and (after the first
   * telling) the next level after that level's delay. Times count from due times, not from when a step ran, so
   * a late step does not push the rest later.
   */
  public List<Due> next(EscalationPolicy policy, Instant dueAt) {
    List<Due> next = new ArrayList<>();
    Level here = policy.level(level);
    if (repeat < here.repeatTimes()) {
      next.add(new Due(level(reportId, round, level, repeat + 1),
          dueAt.plus(Duration.ofMinutes(here.repeatEveryMinutes()))));
    }
    if (repeat == 0 && level < policy.top()) {
      next.add(new Due(level(reportId, round, level + 1, 0),
          dueAt.plus(Duration.ofMinutes(policy.level(level + 1).delayMinutes()))));
    }
    return next;
  }
}
