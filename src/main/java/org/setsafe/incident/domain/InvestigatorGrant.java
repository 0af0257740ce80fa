package org.setsafe.incident.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * Read-only access to one incident for a person outside the production: a deputy of the sheriff's office, a
 * regulator's inspector, an insurer's adjuster. It always ends: {@code expiresAt} is required and at most
 * {@link #LONGEST} after it was granted. A link sent by email cannot be recalled from every inbox it was forwarded
 * to, so it must stop working by itself; 90 days covers the on-site phase of an OSHA inspection and an insurer's
 * first report, and an investigation that takes longer gets a new grant, which the production decides on again.
 */
public record InvestigatorGrant(UUID id, UUID incidentId, UUID productionId, String name, String organisation,
    String email, UUID grantedBy, Instant grantedAt, Instant expiresAt, Revocation revocation) {

  public static final Duration LONGEST = Duration.ofDays(90);
  public static final int MAX_NAME = 120;
  public static final int MAX_EMAIL = 254;

  /** Who withdrew the access, and when. */
  public record Revocation(UUID revokedBy, Instant revokedAt) {}

  /** Where a grant stands at a moment. */
  public enum Standing { ACTIVE, EXPIRED, REVOKED }

  public InvestigatorGrant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(productionId, "productionId");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
    name = Text.required("name", name, MAX_NAME);
    organisation = Text.required("organisation", organisation, MAX_NAME);
    email = Text.required("email", email, MAX_EMAIL);
    // Enough to catch a slip of the keyboard; whether the address is theirs is for the person granting to know.
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "Email", "email must be an address like name@sheriff.example.gov")
          .saying("input.incident.investigator.email");
    }
    if (expiresAt == null) {
      throw new InvalidInputException("expiresAt", "Required",
          "expiresAt is required: access for someone outside the production always ends")
          .saying("input.incident.investigator.expires-at.required");
    }
    if (!expiresAt.isAfter(grantedAt)) {
      throw new InvalidInputException("expiresAt", "Future", "expiresAt must be after now")
          .saying("input.incident.investigator.expires-at.future");
    }
    if (expiresAt.isAfter(grantedAt.plus(LONGEST))) {
      throw new InvalidInputException("expiresAt", "AtMost90Days", "expiresAt must be at most " + LONGEST.toDays()
          + " days from now; grant again when the investigation needs longer")
          .saying("input.incident.investigator.expires-at.at-most", LONGEST.toDays());
    }
  }

  public Standing standing(Instant now) {
    return revocation != null ? Standing.REVOKED : now.isBefore(expiresAt) ? Standing.ACTIVE : Standing.EXPIRED;
  }
}
