package org.setsafe.operations.domain;

import java.time.Instant;

/**
 * A timer (a db-scheduler job: an escalation step, a notice's next attempt) whose last runs failed: it is kept and
 * tried again, but until one run goes through, the step it stands for (telling the next level, sending a notice)
 * has not happened.
 */
public record FailingTimer(String task, String instance, int failures, Instant lastFailure, Instant nextTry) {

  /** The duty a failing timer holds back, in the words of the people it is reported to. */
  public String duty() {
    return switch (task) {
      case "escalation-step" -> "an escalation step (telling the next level about a report nobody acknowledged)";
      default -> "a scheduled job (" + task + ")";
    };
  }
}
