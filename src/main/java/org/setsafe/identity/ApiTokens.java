package org.setsafe.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.setsafe.identity.AccountEvents.ApiTokenIssued;
import org.setsafe.identity.AccountEvents.ApiTokenRevoked;
import org.setsafe.identity.domain.ApiTokenStore;
import org.setsafe.shared.Text;
import org.setsafe.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for phones and integrations. A token is 256 random bits, shown once; SetSafe
 * keeps its SHA-256 and its first characters (so its owner can tell tokens apart), nothing more.
 */
@Service
public class ApiTokens {

  /** Marks SetSafe tokens so secret scanners and people recognise a leaked one. */
  public static final String TOKEN_PREFIX = "sst_";
  public static final int MAX_NAME = 80;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiTokenStore store;
  private final SignedInUsers users;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  /** When this instance last wrote each token's "last used" (by the token's hash), for {@link #touch}. */
  private final Map<String, Instant> touched = new ConcurrentHashMap<>();
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final int TOUCHED_KEPT = 10_000;

  ApiTokens(ApiTokenStore store, SignedInUsers users, ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.users = users;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public IssuedApiToken issue(UUID userId, String name) {
    String label = Text.required("name", name, MAX_NAME);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    UUID id = UUID.randomUUID();
    store.insert(id, userId, label, hash(token), token.substring(0, TOKEN_PREFIX.length() + 6), clock.instant());
    events.publishEvent(new ApiTokenIssued(UUID.randomUUID(), userId, clock.instant(), userId, id, label));
    return new IssuedApiToken(id, label, token);
  }

  public List<ApiTokenView> tokensOf(UUID userId) {
    return store.forUser(userId);
  }

  @Transactional
  public void revoke(UUID userId, UUID tokenId) {
    if (!store.revoke(userId, tokenId, clock.instant())) {
      throw new NotFoundException("no live token " + tokenId + " of yours")
          .saying("input.identity.not-found.token", tokenId);
    }
    events.publishEvent(new ApiTokenRevoked(UUID.randomUUID(), userId, clock.instant(), userId, tokenId));
  }

  /**
   * The person a live token signs in (an enabled account), or empty for unknown and revoked tokens. The token, its
   * owner and the owner's session generation are read in one statement, outside any transaction: an API call pays
   * for one round trip, not a transaction of three reads.
   */
  public Optional<SignedInUser> signIn(String token) {
    if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<ApiTokenStore.TokenOwner> owner = store.liveTokenOwner(hash).filter(o -> o.account().enabled());
    owner.ifPresent(o -> touch(hash));
    return owner.map(o -> users.withoutPassword(o.account(), o.sessionGeneration()));
  }

  /**
   * Writes when the token was last used, at most once a minute per token from this instance: the store writes at
   * most once a minute anyway, so a busy phone's other calls skip the statement altogether. "Last used" is for its
   * owner's eyes (true to within two minutes), not an audit trail.
   */
  private void touch(String hash) {
    Instant now = clock.instant();
    Instant last = touched.get(hash);
    if (last != null && !last.isAfter(now) && last.isAfter(now.minus(TOUCH_EVERY))) {
      return;
    }
    if (touched.size() >= TOUCHED_KEPT) {
      touched.clear();
    }
    touched.put(hash, now);
    store.touch(hash, now);
  }

  static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
