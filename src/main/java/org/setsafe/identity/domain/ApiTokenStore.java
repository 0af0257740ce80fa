package org.setsafe.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.Account;
import org.setsafe.identity.ApiTokenView;

/** Personal API tokens, by the SHA-256 of the token; the token itself is never stored. */
public interface ApiTokenStore {

  void insert(UUID id, UUID userId, String name, String tokenHash, String prefix, Instant createdAt);

  /** An enabled account, as a live token signs it in, with the account's session generation. */
  record TokenOwner(Account account, int sessionGeneration) {}

  /** The owner of a live (not revoked) token with this hash, when their account is enabled; in one statement. */
  Optional<TokenOwner> liveTokenOwner(String tokenHash);

  List<ApiTokenView> forUser(UUID userId);

  /** Marks the user's token revoked; false when the user has no such live token. */
  boolean revoke(UUID userId, UUID tokenId, Instant at);

  /** Revokes every live token of the user; the ids of those revoked. */
  List<UUID> revokeAll(UUID userId, Instant at);

  void touch(String tokenHash, Instant at);
}
