package org.setsafe.escalation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.RecordedFact;

/** Every step of an escalation, as facts for the ledger: who was told, when, at which level, and why it stopped. */
public final class EscalationEvents {

  private EscalationEvents() {}

  /**
   * A level was told of an unacknowledged report ({@code repeat} 0 the first time, then each reminder): due at
   * {@code dueAt} by the policy, told at {@code firedAt} (later when the instance holding the step died);
   * {@code notified} lists who newly heard ({@code user:…}, {@code email:…}, {@code webhook}). Facts recorded before
   * firedAt was added have none.
   */
  public record ReportEscalated(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      int round, int level, String levelName, int repeat, Instant dueAt, Instant firedAt, List<String> notified)
      implements RecordedFact {
    @Override public String kind() { return "escalation.report-escalated"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** Escalation stopped: the report was acknowledged (the clock now runs to its resolution deadline) or resolved. */
  public record EscalationStopped(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      int round, int level, String why, Instant resolutionDeadline) implements RecordedFact {
    @Override public String kind() { return "escalation.escalation-stopped"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** An acknowledged report was not resolved by its deadline and climbs again, to {@code level}. */
  public record ReportReescalated(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      int round, int level, String levelName, Instant missedDeadline) implements RecordedFact {
    @Override public String kind() { return "escalation.report-re-escalated"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** A re-opened report starts its escalation again from level 1. */
  public record EscalationRestarted(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID reportId,
      int round) implements RecordedFact {
    @Override public String kind() { return "escalation.escalation-restarted"; }
    @Override public List<String> subjects() { return List.of("report:" + reportId); }
  }

  /** A production's policy for one severity was changed; {@code policy} is the new one in words. */
  public record EscalationPolicyChanged(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      Severity severity, String policy) implements RecordedFact {
    @Override public String kind() { return "escalation.policy-changed"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /** Everyone who must hear of a stop-work call (or of work resuming) was told; {@code notified} lists who. */
  public record StopWorkNotified(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID stopWorkId,
      boolean resumed, List<String> notified) implements RecordedFact {
    @Override public String kind() { return "escalation.stop-work-notified"; }
    @Override public List<String> subjects() { return List.of("stop-work:" + stopWorkId); }
  }
}
