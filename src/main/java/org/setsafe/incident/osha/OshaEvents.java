package org.setsafe.incident.osha;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/**
 * What happens to the OSHA records, as facts for the ledger. Never a medical word: the whole crew may read the
 * ledger, so a decision says only whether the case is recordable and its case number; what was wrong and how it was
 * treated stays with the records, for those who keep them.
 */
public final class OshaEvents {

  private OshaEvents() {}

  /** The UPM or a producer recorded the production's establishment for OSHA (a new entry supersedes the last). */
  public record EstablishmentRecorded(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID establishmentId, String name, String naicsCode, String size) implements RecordedFact {
    @Override public String kind() { return "osha.establishment-recorded"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * Someone who keeps the records decided whether a case (one injured person of an incident) is recordable, with
   * their reasons kept in the records; {@code supersedes} is the decision it replaces, if any.
   */
  public record RecordabilityDecided(UUID factId, UUID productionId, UUID actorId, Instant occurredAt,
      UUID incidentId, int personPosition, UUID decisionId, UUID supersedes, boolean recordable, String caseNumber)
      implements RecordedFact {
    @Override public String kind() { return "osha.recordability-decided"; }
    @Override public List<String> subjects() { return List.of("incident:" + incidentId); }
  }

  /** A company executive certified a year's 300A summary; {@code totalsSha256} identifies the totals certified. */
  public record SummaryCertified(UUID factId, UUID productionId, UUID actorId, Instant occurredAt, int year,
      String executiveName, String executiveTitle, LocalDate certifiedOn, String totalsSha256)
      implements RecordedFact {
    @Override public String kind() { return "osha.summary-certified"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
