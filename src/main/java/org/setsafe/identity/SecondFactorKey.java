package org.setsafe.identity;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.SecondFactorStore;
import org.setsafe.identity.domain.SecondFactorStore.UnsealedSecret;
import org.setsafe.shared.SealingKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps TOTP secrets sealed in the database (AES-256-GCM, the account id bound in) under a key kept outside it, in
 * {@code second-factor.key} of the installation's secrets directory ({@code SETSAFE_SECRETS_DIR}, by default beside
 * the embedded database). A secret that does not open fails closed: no code is accepted, and the log says why.
 *
 * <p>At start, before any request is served, it seals the secrets an earlier version kept as they were: each row is
 * changed only while it still holds that plain secret, so two instances starting together, or a start after a
 * crash halfway, seal each secret once.
 */
@Component
class SecondFactorKey implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(SecondFactorKey.class);

  private final SealingKey key;
  private final SecondFactorStore store;

  SecondFactorKey(@Value("${setsafe.secrets-dir}") Path secretsDir, SecondFactorStore store) {
    this.key = SealingKey.openOrCreate(secretsDir.resolve("second-factor.key"));
    this.store = store;
  }

  String seal(UUID userId, byte[] secret) {
    return key.seal(secret, userId.toString());
  }

  /** The secret, or empty (logged) when the sealed value was altered or sealed under a key this server lacks. */
  Optional<byte[]> open(UUID userId, String sealed) {
    try {
      return Optional.of(key.open(sealed, userId.toString()));
    } catch (SealingKey.Unreadable e) {
      log.error("the two-step sign-in secret of user {} cannot be opened with {} ({}): its codes are refused; "
          + "restore the key file if it was replaced, else turn its two-step sign-in off "
          + "(user reset-second-factor) so it can be set up again", userId, key.file(), e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    int sealed = 0;
    for (UnsealedSecret plain : store.unsealed()) {
      byte[] secret;
      try {
        secret = Base32.decode(plain.secret());
      } catch (IllegalArgumentException e) {
        log.error("the two-step sign-in secret of user {} is not a TOTP secret and is left as it is: turn it off "
            + "with 'user reset-second-factor'", plain.userId());
        continue;
      }
      if (store.seal(plain.userId(), plain.secret(), seal(plain.userId(), secret))) {
        sealed++;
      }
    }
    if (sealed > 0) {
      log.info("sealed {} two-step sign-in secret(s) kept in plain text by an earlier version, under {}", sealed,
          key.file());
    }
    long already = store.sealedCount();
    if (key.createdNow() && already > sealed) {
      log.error("{} is new, but {} two-step sign-in secret(s) were sealed under another key: those people cannot "
          + "sign in with a code. Restore the key file from backup, or turn their two-step sign-in off with "
          + "'user reset-second-factor' so they set it up again", key.file(), already - sealed);
    }
  }
}
