package org.setsafe.training.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * One version of a person's certification as recorded: what the certificate says (type, issuer, number,
 * issue and expiry date), its scanned copy, and who recorded it. Version 1 is the original; a correction or a
 * withdrawal is a later version with its reason, and the earlier ones stay. A record whose certificate would
 * expire before it was issued cannot be made.
 */
public record CertificationRecord(UUID certificationId, int version, UUID holderId, String typeCode, String issuer,
    String number, LocalDate issuedOn, LocalDate expiresOn, boolean withdrawn, String reason, UUID scanId,
    UUID viaProductionId, UUID recordedBy, Instant recordedAt) {

  public static final int MAX_ISSUER = 120;
  public static final int MAX_NUMBER = 120;
  public static final int MAX_REASON = 2000;
  /** Certificates older than this are typing mistakes, not records. */
  public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

  public CertificationRecord {
    Objects.requireNonNull(certificationId, "certificationId");
    Objects.requireNonNull(holderId, "holderId");
    Objects.requireNonNull(typeCode, "typeCode");
    Objects.requireNonNull(recordedBy, "recordedBy");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    issuer = Text.required("issuer", issuer, MAX_ISSUER);
    number = Text.optional("number", number, MAX_NUMBER);
    reason = Text.optional("reason", reason, MAX_REASON);
    if (issuedOn == null) {
      throw new InvalidInputException("issuedOn", "Required", "issuedOn is required (the date on the certificate)")
          .saying("input.training.issued-on.required");
    }
    if (issuedOn.isBefore(EARLIEST) || issuedOn.isAfter(LATEST)) {
      throw new InvalidInputException("issuedOn", "Range", "issuedOn must be between " + EARLIEST + " and " + LATEST)
          .saying("input.training.issued-on.range", EARLIEST.toString(), LATEST.toString());
    }
    if (expiresOn != null && expiresOn.isAfter(LATEST)) {
      throw new InvalidInputException("expiresOn", "Range", "expiresOn must be at most " + LATEST)
          .saying("input.training.expires-on.range", LATEST.toString());
    }
    if (expiresOn != null && expiresOn.isBefore(issuedOn)) {
      throw new InvalidInputException("expiresOn", "NotBeforeIssueDate",
          "expiresOn (" + expiresOn + ") must not be before issuedOn (" + issuedOn + ")")
          .saying("input.training.expires-on.before-issued", expiresOn.toString(), issuedOn.toString());
    }
    if (version > 1 && reason == null) {
      throw new InvalidInputException("reason", "Required", "a correction or withdrawal must say why")
          .saying("input.training.reason.required");
    }
  }

  /** Whether the certificate is in force on this day: issued by then, not past its expiry date, not withdrawn. */
  public boolean validOn(LocalDate day) {
    return !withdrawn && !issuedOn.isAfter(day) && (expiresOn == null || !day.isAfter(expiresOn));
  }

  /** Non-expiring certificates sort last, as the longest-lasting. */
  public LocalDate expiresOrMax() {
    return expiresOn == null ? LocalDate.MAX : expiresOn;
  }
}
