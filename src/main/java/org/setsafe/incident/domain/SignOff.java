package org.setsafe.incident.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-off of an incident's investigation report: who signed, in which of the two roles that sign it, when, and
 * the SHA-256 of exactly the PDF they signed. It is about that version only: once the investigation changes, the
 * report prints differently and the sign-off no longer matches it.
 */
public record SignOff(UUID id, UUID incidentId, UUID productionId, SigningRole role, UUID signedBy, Instant signedAt,
    String reportSha256) {

  public SignOff {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(signedBy, "signedBy");
    Objects.requireNonNull(signedAt, "signedAt");
    if (reportSha256 == null || !reportSha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a sign-off names the SHA-256 of the PDF signed");
    }
  }

  public boolean isFor(String sha256) {
    return reportSha256.equals(sha256);
  }
}
