package org.setsafe.escalation.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report's escalation stands. Climbing while nobody acknowledges; stopped on acknowledgment (until the
 * resolution deadline passes, which starts it climbing again); ended on resolution (until a re-opening).
 */
public enum EscalationState {
  ESCALATING, ACKNOWLEDGED, RESOLVED;

  public boolean canMoveTo(EscalationState next) {
    Set<EscalationState> allowed = switch (this) {
      case ESCALATING -> EnumSet.of(ACKNOWLEDGED, RESOLVED);
      case ACKNOWLEDGED -> EnumSet.of(ESCALATING, RESOLVED);
      case RESOLVED -> EnumSet.of(ESCALATING);
    };
    return allowed.contains(next);
  }
}
