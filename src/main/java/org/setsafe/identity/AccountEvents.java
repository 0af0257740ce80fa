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

  /** Two-step sign-in turned on: the person proved their authenticator app holds the secret. */
  public record SecondFactorEnrolled(UUID factId, UUID actorId, Instant occurredAt, UUID userId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.second-factor-enrolled"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  public record SecondFactorRemoved(UUID factId, UUID actorId, Instant occurredAt, UUID userId)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.second-factor-removed"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  /** A recovery code stood in for the phone; a run of these is worth a look. Never carries the code. */
  public record RecoveryCodeUsed(UUID factId, UUID actorId, Instant occurredAt, UUID userId, int codesLeft)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.recovery-code-used"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  /** The studio's provider vouched for this account (by its verified email) for the first time. */
  public record SsoAccountLinked(UUID factId, UUID actorId, Instant occurredAt, UUID userId, String issuer,
      String email) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.sso-account-linked"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  /** The installation role changed, as the studio's provider's groups said at sign-in (null: none). */
  public record InstallationRoleChanged(UUID factId, UUID actorId, Instant occurredAt, UUID userId,
      InstallationRole from, InstallationRole to) implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.installation-role-changed"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }

  /** The person chose the language of their pages ({@code from} null: they had not chosen, their browser's). */
  public record LanguageChosen(UUID factId, UUID actorId, Instant occurredAt, UUID userId, String from, String to)
      implements RecordedFact {
    @Override public UUID productionId() { return null; }
    @Override public String kind() { return "identity.language-chosen"; }
    @Override public List<String> subjects() { return List.of("user:" + userId); }
  }
}
