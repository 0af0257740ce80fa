package org.setsafe.onboarding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.RecordedFact;

/**
 * Invitations and crew lists, as facts for the ledger beside the crew changes they lead to. An invitation's email
 * address is not recorded: the ledger is read by the whole crew, and the person is named once they join.
 */
public final class OnboardingEvents {

  private OnboardingEvents() {}

  /** An invitation went out (or, for a printed link, was made); {@code timesSent} above 1 is a re-send. */
  public record InvitationSent(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, UUID invitationId,
      String displayName, Set<CrewRole> roles, String department, boolean byEmail, int timesSent)
      implements RecordedFact {
    @Override public String kind() { return "onboarding.invitation-sent"; }
    @Override public List<String> subjects() { return List.of("invitation:" + invitationId); }
  }

  /** An updated crew list changed what a pending invitation offers. */
  public record InvitationChanged(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID invitationId, String displayName, Set<CrewRole> rolesBefore, Set<CrewRole> roles, String department)
      implements RecordedFact {
    @Override public String kind() { return "onboarding.invitation-changed"; }
    @Override public List<String> subjects() { return List.of("invitation:" + invitationId); }
  }

  public record InvitationRevoked(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID invitationId, String displayName) implements RecordedFact {
    @Override public String kind() { return "onboarding.invitation-revoked"; }
    @Override public List<String> subjects() { return List.of("invitation:" + invitationId); }
  }

  /** The invited person accepted: {@code userId} joined the crew, with a new account or one they had. */
  public record InvitationAccepted(UUID factId, UUID actorId, Instant occurredAt, UUID productionId,
      UUID invitationId, UUID userId, boolean newAccount) implements RecordedFact {
    @Override public String kind() { return "onboarding.invitation-accepted"; }
    @Override public List<String> subjects() { return List.of("invitation:" + invitationId, "user:" + userId); }
  }

  /** A crew list was imported: how many people it invited, changed and left as they were. */
  public record CrewListImported(UUID factId, UUID actorId, Instant occurredAt, UUID productionId, int rows,
      int invited, int changed, int unchanged) implements RecordedFact {
    @Override public String kind() { return "onboarding.crew-list-imported"; }
    @Override public List<String> subjects() { return List.of("production:" + productionId); }
  }
}
