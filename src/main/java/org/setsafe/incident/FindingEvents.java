package org.setsafe.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * What the investigation finds and does, as facts for the ledger: each root cause version with what shows it, the
 * investigation closed and re-opened, and each corrective action from agreement to verification. Refusals are
 * {@link IncidentEvents.IncidentRefused}, like the rest of the module's.
 */
public final class FindingEvents {

  private FindingEvents() {}

  /**
   * A version of a root cause was recorded ({@code supersedes} the version it replaces, null for the first);
   * {@code whys} as "why → because" in order; what shows it by ledger index and statement id.
   */
  public record RootCauseRecorded(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID rootCauseId, int version, UUID supersedes, CauseForm form, CauseCategory category, String summary,
      List<String> whys, List<Long> ledgerIndexes, List<UUID> statementIds) implements RecordedFact {
    @Override public String kind() { return "incident.root-cause-recorded"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "root-cause:" + rootCauseId);
    }
  }

  /** The safety advisor closed the investigation, with the root causes it found. */
  public record InvestigationClosed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, List<UUID> rootCauseIds, String reason) implements RecordedFact {
    @Override public String kind() { return "incident.investigation-closed"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** The investigation was re-opened, and why. */
  public record InvestigationReopened(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, String reason) implements RecordedFact {
    @Override public String kind() { return "incident.investigation-reopened"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** A corrective or preventive action was agreed: its owner, its due day on the production's calendar. */
  public record CorrectiveActionAgreed(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID actionId, UUID rootCauseId, ActionKind actionKind, String what, UUID ownerId,
      UUID verifierId, String dueOn, Instant dueAt) implements RecordedFact {
    @Override public String kind() { return "incident.corrective-action-agreed"; }
    @Override public List<String> subjects() {
      List<String> subjects = new ArrayList<>(List.of("incident:" + incidentId, "corrective-action:" + actionId,
          "user:" + ownerId));
      return List.copyOf(subjects);
    }
  }

  /** The action's due day ended without it done: it escalates through the production's policies. */
  public record CorrectiveActionOverdue(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID actionId, Instant dueAt) implements RecordedFact {
    @Override public String kind() { return "incident.corrective-action-overdue"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "corrective-action:" + actionId);
    }
  }

  /** The owner recorded the action done; {@code settingIndex} the ledger entry of the setting it changed, if any. */
  public record CorrectiveActionDone(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID actionId, String note, Long settingIndex, String settingKind) implements RecordedFact {
    @Override public String kind() { return "incident.corrective-action-done"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "corrective-action:" + actionId);
    }
  }

  /** Someone other than the owner recorded whether the action works. */
  public record CorrectiveActionVerified(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID actionId, boolean effective, String note) implements RecordedFact {
    @Override public String kind() { return "incident.corrective-action-verified"; }
    @Override public List<String> subjects() {
      return List.of("incident:" + incidentId, "corrective-action:" + actionId);
    }
  }
}
