package org.setsafe.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * What happens to an investigation's report and to the investigators let in from outside, as facts for the ledger.
 * An investigator's email stays with the grant: the ledger, which the whole crew reads, names them and their
 * organisation only.
 */
public final class InvestigationEvents {

  private InvestigationEvents() {}

  /**
   * The facts about the report itself and about who read it. The report leaves them out of its own timeline: a
   * sign-off or an investigator's read would otherwise change the very report signed or read, and no two people
   * could ever sign the same version.
   */
  static final Set<String> ABOUT_THE_REPORT = Set.of("incident.report-signed-off",
      "incident.investigator-access-granted", "incident.investigator-access-revoked", "incident.investigator-read");

  /**
   * The investigation report was signed off in {@code role} ({@code SAFETY_ADVISOR} or {@code PRODUCER}):
   * {@code reportSha256} is the SHA-256 of exactly the PDF bytes signed.
   */
  public record ReportSignedOff(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID signOffId, String role, String reportSha256) implements RecordedFact {
    @Override public String kind() { return "incident.report-signed-off"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** Someone outside the production was given read-only access to one incident until {@code expiresAt}. */
  public record InvestigatorAccessGranted(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID grantId, String name, String organisation, Instant expiresAt) implements RecordedFact {
    @Override public String kind() { return "incident.investigator-access-granted"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** An investigator's access was withdrawn before it expired. */
  public record InvestigatorAccessRevoked(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, UUID grantId) implements RecordedFact {
    @Override public String kind() { return "incident.investigator-access-revoked"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /**
   * An investigator read something of the incident through their link ({@code what}: {@code SUMMARY},
   * {@code REPORT}, {@code EVIDENCE_BUNDLE}); no actor, since they have no account here.
   */
  public record InvestigatorRead(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, UUID incidentId,
      UUID grantId, String name, String organisation, String what) implements RecordedFact {
    @Override public String kind() { return "incident.investigator-read"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }
}
