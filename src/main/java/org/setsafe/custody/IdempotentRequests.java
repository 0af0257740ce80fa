package org.setsafe.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.setsafe.custody.domain.IdempotencyStore;
import org.setsafe.custody.domain.IdempotencyStore.StoredResponse;
import org.setsafe.identity.SignedInUser;
import org.setsafe.shared.AccessRefusedException;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.RuleRefusedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a custody request safe to retry: a phone on a bad connection that sends the same step again with the
 * same {@code Idempotency-Key} gets the first answer back, and the step is recorded once. The answer is stored
 * in the same transaction as the step, so either both are kept or neither. A step a safety rule refused is
 * answered with the same refusal again, so a retried refused step is not recorded as a second refusal either.
 */
@Service
public class IdempotentRequests {

  public static final int MAX_KEY = 200;
  /** The stored status of a refused step; replayed by throwing the same refusal again. */
  private static final int REFUSED = 409;

  /** What a refusal answer needs to be given again. */
  record StoredRefusal(String field, String rule, String reason, String refusalId) {}

  /** The answer to give: freshly made ({@code body} is the value) or replayed ({@code json} is the stored text). */
  public record Answer(int status, Object body, String json, boolean replayed) {}

  private final IdempotencyStore store;
  private final TransactionTemplate transaction;
  private final JsonMapper json;
  private final Clock clock;

  private final Duration retention;

  IdempotentRequests(IdempotencyStore store, TransactionTemplate transaction, JsonMapper json, Clock clock,
      @Value("${setsafe.idempotency.retention:${SETSAFE_IDEMPOTENCY_RETENTION:24h}}") Duration retention) {
    this.store = store;
    this.transaction = transaction;
    this.json = json;
    this.clock = clock;
    this.retention = retention;
  }

  /**
   * Forgets answers older than the retention (a day by default): a phone retries within minutes, and keeping
   * every answer forever would grow the table by one row a step. After that, a key may be used again.
   */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
  public int forgetOldAnswers() {
    Integer forgotten = transaction.execute(tx -> store.forgetBefore(clock.instant().minus(retention)));
    return forgotten == null ? 0 : forgotten;
  }

  /**
   * Runs the step once per key and person. {@code request} identifies what was asked (method, path, body); the
   * same key with a different request is refused, so a key cannot be reused by mistake for another step.
   */
  public Answer once(String key, String request, int status, Supplier<Object> step) {
    if (key == null) {
      return new Answer(status, step.get(), null, false);
    }
    String idempotencyKey = key.strip();
    if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_KEY) {
      throw new InvalidInputException("Idempotency-Key", "Size", "Idempotency-Key must be 1 to " + MAX_KEY + " characters");
    }
    UUID user = SignedInUser.current().map(SignedInUser::id)
        .orElseThrow(() -> new AccessRefusedException("sign in first"));
    String fingerprint = sha256(request);
    Optional<Answer> earlier = replay(user, idempotencyKey, fingerprint);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(tx -> {
        Object body = step.get();
        store.insert(user, idempotencyKey, new StoredResponse(fingerprint, status, json.writeValueAsString(body)),
            clock.instant());
        return new Answer(status, body, null, false);
      });
    } catch (RuleRefusedException refused) {
      // The refusal was recorded in its own transaction; remember the answer so a retry gets the same one.
      try {
        transaction.executeWithoutResult(tx -> store.insert(user, idempotencyKey, new StoredResponse(fingerprint,
            REFUSED, json.writeValueAsString(new StoredRefusal(refused.field(), refused.rule(), refused.getMessage(),
                refused.refusalId()))), clock.instant()));
      } catch (RuntimeException racedByAnotherRetry) {
        // Another retry stored its answer first; this one's refusal stands as it is.
      }
      throw refused;
    } catch (RuntimeException e) {
      // A retry racing the first attempt loses on the key (or the weapon's version): answer as the first did.
      return replay(user, idempotencyKey, fingerprint).orElseThrow(() -> e);
    }
  }

  private Optional<Answer> replay(UUID user, String key, String fingerprint) {
    return store.find(user, key).map(stored -> {
      if (!stored.fingerprint().equals(fingerprint)) {
        throw new InvalidInputException("Idempotency-Key", "Reused",
            "this Idempotency-Key was already used for a different request; use a new key for each step");
      }
      if (stored.status() == REFUSED) {
        StoredRefusal refusal = json.readValue(stored.body(), StoredRefusal.class);
        throw new RuleRefusedException(refusal.field(), refusal.rule(), refusal.reason(), refusal.refusalId());
      }
      return new Answer(stored.status(), null, stored.body(), true);
    });
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
