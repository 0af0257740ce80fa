package org.setsafe.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.setsafe.reporting.Severity;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/**
 * What happens to incidents, as facts for the ledger. Nobody listens to the incident module; these are its record.
 * Medical details never appear here (the whole crew may read the ledger): an opened incident says only whether
 * they were kept. People are named by their account ids, those from outside the crew only counted.
 */
public final class IncidentEvents {

  private IncidentEvents() {}

  /**
   * An incident was opened: by a crew member, or by SetSafe from a fact that always is an incident ({@code source}
   * names its kind, {@code sourceFactId} the fact; no actor).
   */
  public record IncidentOpened(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      IncidentKind incidentKind, Severity severity, String where, Instant happenedAt, String whatHappened,
      String source, UUID sourceFactId, List<UUID> injured, List<UUID> witnesses, List<UUID> reporters,
      int peopleFromOutsideTheCrew, List<UUID> weaponIds, List<UUID> lotIds, List<UUID> sceneIds,
      boolean medicalDetailsKept) implements RecordedFact {
    @Override public String kind() { return "incident.opened"; }
    @Override public List<String> subjects() {
      List<String> subjects = new ArrayList<>(List.of("incident:" + incidentId));
      weaponIds.forEach(id -> subjects.add("weapon:" + id));
      lotIds.forEach(id -> subjects.add("lot:" + id));
      sceneIds.forEach(id -> subjects.add("scene:" + id));
      injured.forEach(id -> subjects.add("user:" + id));
      return List.copyOf(subjects);
    }
  }

  /**
   * The evidence was preserved when the incident opened: the production's ledger pinned at {@code treeSize} entries
   * by a signed checkpoint, its evidence bundle kept with the incident ({@code bundleSha256} identifies it), and
   * custody's holds ({@code holdIds}, each the event that put a hold on) on the weapons and lots it touched.
   */
  public record EvidencePreserved(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      long treeSize, String checkpointRoot, String bundleSha256, List<UUID> holdIds) implements RecordedFact {
    @Override public String kind() { return "incident.evidence-preserved"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** A piece of physical evidence was logged by the crew member who has it, with its case number if known yet. */
  public record EvidenceItemLogged(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID itemId, EvidenceKind itemKind, String what, String caseNumber) implements RecordedFact {
    @Override public String kind() { return "incident.evidence-logged"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "evidence:" + itemId); }
  }

  /** The giving side handed an evidence item over, under a case number; the receiving side has yet to confirm. */
  public record EvidenceHandedOver(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID itemId, UUID handOverId, String fromName, String toName, String toOrganisation, String caseNumber)
      implements RecordedFact {
    @Override public String kind() { return "incident.evidence-handed-over"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "evidence:" + itemId); }
  }

  /**
   * The receiving side confirmed the hand-over, under the same case number, with the code they were given (no
   * account, so no actor; {@code confirmedBy} is the name they signed with).
   */
  public record EvidenceReceived(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID itemId, UUID handOverId, String confirmedBy, String caseNumber) implements RecordedFact {
    @Override public String kind() { return "incident.evidence-received"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId, "evidence:" + itemId); }
  }

  /**
   * A step on an incident or its evidence was refused: a hand-over under another case number, a confirmation that
   * names a different one, a second hand-over before the first is confirmed. The attempt is evidence too.
   * {@code subject} is what it was about ({@code evidence:…}, {@code incident:…}); actor null for a receiving side
   * without an account.
   */
  public record IncidentRefused(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, String subject,
      String attempted, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "incident.refused"; }
    @Override public List<String> subjects() { return List.of(subject); }
  }
}
