package org.setsafe.onboarding.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * An offer of a place on a production's crew, in named roles. Used once: accepting, revoking or re-sending it
 * (which makes a new link) ends the link it had. {@code email} is null for one handed over as a printed link.
 */
public record Invitation(UUID id, UUID productionId, String email, String displayName, Set<CrewRole> roles,
    String department, CrewDetail detail, InvitationStatus stored, int timesSent, UUID invitedBy, Instant createdAt,
    Instant expiresAt, UUID acceptedBy, Instant closedAt) {

  /** Where it stands at {@code now}: a pending invitation past its time has expired. */
  public InvitationStatus status(Instant now) {
    return stored == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : stored;
  }

  public boolean byEmail() {
    return email != null;
  }
}
