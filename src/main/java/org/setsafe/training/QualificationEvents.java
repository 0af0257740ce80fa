package org.setsafe.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;
import org.setsafe.shared.RefusedFact;

/**
 * What happens to people's qualifications, as facts for the ledger. A certification belongs to the person,
 * not to a production: facts recorded by the person go to the installation's log ({@code productionId}
 * null); facts recorded by a production's safety advisor, UPM or producer go to that production's log.
 */
public final class QualificationEvents {

  private QualificationEvents() {}

  /** A certification was recorded: every field of the certificate, and the scanned copy's hash. */
  public record CertificationRecorded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID certificationId, UUID holderId, String typeCode, String issuer, String number, LocalDate issuedOn,
      LocalDate expiresOn, UUID scanId, String scanSha256) implements RecordedFact {
    @Override public String kind() { return "training.certification-recorded"; }
    @Override public List<String> subjects() { return List.of("user:" + holderId, "certification:" + certificationId); }
  }

  /** A certification was corrected: a new version with why; the earlier versions stay. */
  public record CertificationCorrected(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID certificationId, int version, String reason, UUID holderId, String typeCode, String issuer, String number,
      LocalDate issuedOn, LocalDate expiresOn, UUID scanId, String scanSha256) implements RecordedFact {
    @Override public String kind() { return "training.certification-corrected"; }
    @Override public List<String> subjects() { return List.of("user:" + holderId, "certification:" + certificationId); }
  }

  /** A certification was withdrawn (revoked, recorded in error): a new version; it no longer qualifies anyone. */
  public record CertificationWithdrawn(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID certificationId, int version, String reason, UUID holderId, String typeCode) implements RecordedFact {
    @Override public String kind() { return "training.certification-withdrawn"; }
    @Override public List<String> subjects() { return List.of("user:" + holderId, "certification:" + certificationId); }
  }

  /** A safety advisor saw the original certificate of this version. */
  public record CertificationVerified(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID certificationId, int version, UUID holderId, String typeCode, String note) implements RecordedFact {
    @Override public String kind() { return "training.certification-verified"; }
    @Override public List<String> subjects() { return List.of("user:" + holderId, "certification:" + certificationId); }
  }

  /**
   * A certificate runs out: {@code daysBefore} days before its expiry date (0: it expires today). Recorded once
   * per certification, expiry date and threshold, by the reminder sweep; notifications pick it up from here.
   */
  public record QualificationExpiring(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID certificationId, UUID holderId, String typeCode, LocalDate expiresOn, int daysBefore)
      implements RecordedFact {
    @Override public String kind() { return "training.qualification-expiring"; }
    @Override public List<String> subjects() { return List.of("user:" + holderId, "certification:" + certificationId); }
  }

  /** An administrator added a kind of qualification to the installation. */
  public record QualificationTypeAdded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, String code,
      String label) implements RecordedFact {
    @Override public String kind() { return "training.qualification-type-added"; }
    @Override public List<String> subjects() { return List.of("qualification-type:" + code); }
  }

  /** The armorer briefed a performer on handling firearms on this production: when, and what it covered. */
  public record ArmorerBriefingRecorded(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID briefingId, UUID performerId, LocalDate givenOn, String topics) implements RecordedFact {
    @Override public String kind() { return "training.armorer-briefing-recorded"; }
    @Override public List<String> subjects() { return List.of("user:" + performerId, "briefing:" + briefingId); }
  }

  /** The production set whether an armorer's briefing may stand in for a performer's firearms safety training. */
  public record PerformerTrainingRuleSet(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      boolean briefingAccepted, int briefingValidDays) implements RecordedFact {
    @Override public String kind() { return "training.performer-training-rule-set"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }

  /**
   * A step was refused because the person taking it lacks a current qualification (an armorer without a current
   * permit briefing a performer): the attempt is evidence too. {@code attempted} says what they tried.
   */
  public record QualificationRefused(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      String attempted, UUID performerId, String rule, String reason) implements RefusedFact {
    @Override public String kind() { return "training.qualification-refused"; }
    @Override public List<String> subjects() {
      return performerId == null ? List.of("user:" + actorId) : List.of("user:" + actorId, "user:" + performerId);
    }
  }
}
