package org.setsafe.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.setsafe.shared.RecordedFact;

/** What happens to accounts, as facts for the ledger. Never carries a password or a token. */
public final class AccountEvents {

  private AccountEvents() {}

  public record AccountCreated(
      UUID factId, UUID actorId, Instant occurredAt, UUID userId, String username,
      String displayName, InstallationRole installationRole) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.account-created"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record PasswordReset(UUID factId, UUID actorId, Instant occurredAt, UUID userId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.password-reset"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record PasswordChanged(UUID factId, UUID actorId, Instant occurredAt, UUID userId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.password-changed"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record ApiTokenIssued(UUID factId, UUID actorId, Instant occurredAt, UUID userId, UUID tokenId, String name)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.api-token-issued"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record ApiTokenRevoked(UUID factId, UUID actorId, Instant occurredAt, UUID userId, UUID tokenId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.api-token-revoked"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }
}
