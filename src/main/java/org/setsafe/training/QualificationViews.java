package org.setsafe.training;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;

/**
 * Qualifications as pages and the API show them: a person's certifications with every version, their scans and
 * verifications, the reminders sent, the production's gaps, and the armorer's briefings. Read models only; what
 * changes them are the commands in {@link CertificationCommands} and {@link BriefingCommands}.
 */
public final class QualificationViews {

  private QualificationViews() {}

  public record Scan(UUID id, String mediaType, String fileName, int byteCount, String sha256) {}

  public record Verified(UUID by, UUID productionId, Instant at, String note) {}

  /** One version of a certification. */
  public record Certification(UUID id, int version, UUID holderId, QualificationType type, String issuer,
      String number, LocalDate issuedOn, LocalDate expiresOn, boolean withdrawn, String reason, Scan scan,
      UUID viaProductionId, UUID recordedBy, Instant recordedAt, List<Verified> verifications) {}

  /** A certification with every version, the one in force last. */
  public record CertificationHistory(UUID id, Certification inForce, List<Certification> versions) {}

  public record Reminder(UUID certificationId, QualificationType type, LocalDate expiresOn, int daysBefore,
      Instant recordedAt) {}

  /** Everything on record about one person's qualifications. */
  public record PersonQualifications(UUID userId, String displayName, List<CertificationHistory> certifications,
      List<Reminder> reminders) {}

  /** The scanned copy's bytes, for serving to those allowed. */
  public record ScanDownload(String mediaType, String fileName, byte[] content) {}

  /**
   * A person lacking a qualification the production needs of them. {@code reason} is the rule's English, as the API
   * answers it; {@code said} the same reason in bundle words (null where there are none), which the API leaves out.
   */
  public record Gap(UUID userId, String displayName, QualificationType type, QualificationStatus status,
      LocalDate expiresOn, String reason, @JsonIgnore Said said) {

    /** The reason in the language of the request being answered, for the pages. */
    public String reasonForReader() {
      return ReadersWords.say(said, reason);
    }
  }

  /** The production's overview: gaps of the whole crew (for those who look after it) or of the caller alone. */
  public record Overview(UUID productionId, LocalDate today, boolean wholeCrew, List<Gap> gaps) {}

  /** An armorer's briefing of a performer as people read it. */
  public record Briefing(UUID id, UUID performerId, String performerName, UUID armorerId, String armorerName,
      LocalDate givenOn, LocalDate countsThrough, String topics, Instant recordedAt) {}
}
