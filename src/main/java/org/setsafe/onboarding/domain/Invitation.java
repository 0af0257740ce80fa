package org.setsafe.onboarding.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;

/**
 * An offer of a place on a production's crew, in named roles. Used once: accepting, revoking or re-sending it
 * (which makes a new link) ends the link it had. {@code email} is null for one handed over as a printed link.
 * {@code language} (a code of {@link org.setsafe.shared.Languages}) is the one its email, its page and the account it
 * makes speak: the person invited has no account to have chosen one yet, so whoever invites chooses it.
 */
public record Invitation(UUID id, UUID productionId, String email, String displayName, Set<CrewRole> roles,
    String department, CrewDetail detail, InvitationStatus stored, int timesSent, UUID invitedBy, Instant createdAt,
    Instant expiresAt, UUID acceptedBy, Instant closedAt, String language) {

  public Invitation {
    language = org.setsafe.shared.Languages.supported(language) ? language : org.setsafe.shared.Languages.ENGLISH;
  }

  /** Where it stands at {@code now}: a pending invitation past its time has expired. */
  public InvitationStatus status(Instant now) {
    return stored == InvitationStatus.PENDING && !now.isBefore(expiresAt) ? InvitationStatus.EXPIRED : stored;
  }

  public boolean byEmail() {
    return email != null;
  }
}
