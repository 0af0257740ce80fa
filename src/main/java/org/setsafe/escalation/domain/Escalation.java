package org.setsafe.escalation.domain;

import java.time.Instant;
import java.util.UUID;
import org.setsafe.production.Hazard;
import org.setsafe.reporting.Severity;

/**
 * One report's escalation: the policy it was reported under, its state, the round (a new round starts on
 * re-escalation after a missed deadline and on re-opening, so that timers of an earlier round do nothing) and the
 * highest level reached in this round (0 before level 1 is told).
 */
public record Escalation(UUID reportId, UUID productionId, Hazard category, Severity severity, String title,
    EscalationPolicy policy, EscalationState state, int round, int level, Instant reportedAt, Instant roundStartedAt,
    Instant acknowledgedAt, Instant deadlineAt, Instant resolvedAt) {

  public static Escalation reported(UUID reportId, UUID productionId, Hazard category, Severity severity,
      String title, EscalationPolicy policy, Instant at) {
    return new Escalation(reportId, productionId, category, severity, title, policy, EscalationState.ESCALATING, 1, 0,
        at, at, null, null, null);
  }

  public Escalation acknowledged(Instant at, Instant deadline) {
    return move(EscalationState.ACKNOWLEDGED, round, level, roundStartedAt, at, deadline, null);
  }

  public Escalation resolved(Instant at) {
    return move(EscalationState.RESOLVED, round, level, roundStartedAt, acknowledgedAt, null, at);
  }

  /** The deadline passed unresolved: a new round starting at {@code atLevel}. */
  public Escalation reescalated(int atLevel, Instant at) {
    return move(EscalationState.ESCALATING, round + 1, atLevel, at, null, null, null);
  }

  /** Re-opened: a new round from level 1. */
  public Escalation reopened(Instant at) {
    return move(EscalationState.ESCALATING, round + 1, 0, at, null, null, null);
  }

  public Escalation reached(int newLevel) {
    return new Escalation(reportId, productionId, category, severity, title, policy, state, round,
        Math.max(level, newLevel), reportedAt, roundStartedAt, acknowledgedAt, deadlineAt, resolvedAt);
  }

  /** The level a missed deadline climbs to: the one above the highest reached, or the top again. */
  public int nextLevelAfterMissedDeadline() {
    return Math.min(Math.max(level, 1) + 1, policy.top());
  }

  private Escalation move(EscalationState next, int newRound, int newLevel, Instant started, Instant acked,
      Instant deadline, Instant resolved) {
    if (!state.canMoveTo(next)) {
      throw new IllegalStateException("escalation of report " + reportId + " cannot move from " + state + " to " + next);
    }
    return new Escalation(reportId, productionId, category, severity, title, policy, next, newRound, newLevel,
        reportedAt, started, acked, deadline, resolved);
  }
}
