package org.setsafe.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where TOTP secrets, their use, and recovery codes are kept. */
public interface SecondFactorStore {

  /**
   * A person's second factor: confirmed once a first code proved the app holds the secret. The secret is as kept,
   * sealed; null when the row holds none sealed (one an earlier version kept plain and that could not be sealed).
   */
  record SecondFactor(UUID userId, String sealedSecret, boolean confirmed, Long lastUsedStep, int failures,
      Instant failuresSince) {}

  /** A secret an earlier version kept as it was (Base32), to be sealed. */
  record UnsealedSecret(UUID userId, String secret) {}

  Optional<SecondFactor> find(UUID userId);

  /** Begins (or begins again) an enrolment with a new, sealed secret; refused by the caller once confirmed. */
  void begin(UUID userId, String sealedSecret, Instant at);

  /** Secrets still kept plain. */
  List<UnsealedSecret> unsealed();

  /** Replaces a plain secret by its sealed form, only while the row still holds that plain secret. */
  boolean seal(UUID userId, String plainSecret, String sealedSecret);

  /** How many sealed secrets are kept. */
  long sealedCount();

  void confirm(UUID userId, Instant at);

  /** Takes the step as used if no later or equal one was; false when it was (a replay, or a race lost). */
  boolean useStep(UUID userId, long step);

  /** Counts a wrong code; a count older than {@code windowStart} starts again at one. */
  void countFailure(UUID userId, Instant now, Instant windowStart);

  void clearFailures(UUID userId);

  void replaceRecoveryCodes(UUID userId, List<String> hashes);

  /** Takes an unused recovery code as used; false when there is no such unused code. */
  boolean useRecoveryCode(UUID userId, String hash, Instant at);

  int recoveryCodesLeft(UUID userId);

  /** Turns the second factor off: secret and recovery codes gone. */
  void remove(UUID userId);
}
