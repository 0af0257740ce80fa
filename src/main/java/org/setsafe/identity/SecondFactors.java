package org.setsafe.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.setsafe.identity.AccountEvents.RecoveryCodeUsed;
import org.setsafe.identity.AccountEvents.SecondFactorEnrolled;
import org.setsafe.identity.AccountEvents.SecondFactorRemoved;
import org.setsafe.identity.domain.AccountStore;
import org.setsafe.identity.domain.Base32;
import org.setsafe.identity.domain.RecoveryCodes;
import org.setsafe.identity.domain.SecondFactorStore;
import org.setsafe.identity.domain.SecondFactorStore.SecondFactor;
import org.setsafe.identity.domain.Totp;
import org.setsafe.shared.ConflictException;
import org.setsafe.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step sign-in: a TOTP code from an authenticator app (or a recovery code) after the password. Required of the
 * installation roles when the installation says so ({@code setsafe.security.second-factor.required-for-installation-roles}),
 * open to anyone. A code is accepted once (a replay is refused), and a run of wrong codes makes the account wait.
 */
@Service
public class SecondFactors {

  /** What became of a code typed at sign-in. */
  public enum Check {
    ACCEPTED, WRONG, ALREADY_USED, TOO_MANY_ATTEMPTS, NOT_ENROLLED,
    /** The secret kept does not open (altered, or sealed under a key this server lacks): no code can be checked. */
    UNREADABLE
  }

  /** What a person's account page shows of their second factor. */
  public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) {}

  /** An enrolment begun: the secret as typed into an app, and the link its QR code carries. */
  public record Enrolment(String secret, String keyUri) {}

  private final SecondFactorStore store;
  private final SecondFactorKey key;
  private final AccountStore accounts;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final boolean requiredForInstallationRoles;
  private final int maxFailures;
  private final Duration window;

  SecondFactors(SecondFactorStore store, SecondFactorKey key, AccountStore accounts, ApplicationEventPublisher events, Clock clock,
      @Value("${setsafe.security.second-factor.required-for-installation-roles}") boolean requiredForInstallationRoles,
      @Value("${setsafe.security.second-factor.max-failures}") int maxFailures,
      @Value("${setsafe.security.second-factor.window}") Duration window) {
    this.store = store;
    this.key = key;
    this.accounts = accounts;
    this.events = events;
    this.clock = clock;
    this.requiredForInstallationRoles = requiredForInstallationRoles;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Administrators and studio safety reach every production: when the setting is on, a password alone is not enough. */
  public boolean requiredFor(InstallationRole role) {
    return requiredForInstallationRoles && role != null;
  }

  public boolean enrolled(UUID userId) {
    return store.find(userId).map(SecondFactor::confirmed).orElse(false);
  }

  public Status status(UUID userId, InstallationRole role) {
    boolean enrolled = enrolled(userId);
    return new Status(enrolled, requiredFor(role), enrolled ? store.recoveryCodesLeft(userId) : 0);
  }

  /** Begins an enrolment with a fresh secret; one begun before and never confirmed is replaced. */
  @Transactional
  public Enrolment begin(UUID userId, String username) {
    if (enrolled(userId)) {
      throw new ConflictException("secondFactor", "NotEnrolled", "two-step sign-in is already on for this account")
          .saying("input.identity.second-factor.already-on");
    }
    byte[] secret = Totp.newSecret();
    store.begin(userId, key.seal(userId, secret), clock.instant());
    return new Enrolment(Base32.encode(secret), Totp.keyUri("SetSafe", username, secret));
  }

  /**
   * The enrolment begun, if any, to show its QR code again after a wrong first code; none when its secret does not
   * open (beginning again replaces it).
   */
  public java.util.Optional<Enrolment> pending(UUID userId, String username) {
    return store.find(userId).filter(f -> !f.confirmed()).flatMap(f -> key.open(userId, f.sealedSecret()))
        .map(secret -> new Enrolment(Base32.encode(secret), Totp.keyUri("SetSafe", username, secret)));
  }

  /**
   * Turns two-step sign-in on once a first code shows the app holds the secret; answers the recovery codes, shown
   * this once and kept only as hashes.
   */
  @Transactional(noRollbackFor = InvalidInputException.class)
  public List<String> confirm(UUID userId, String code) {
    SecondFactor factor = store.find(userId).filter(f -> !f.confirmed())
        .orElseThrow(() -> new InvalidInputException("code", "Enrolment", "begin setting up two-step sign-in first")
            .saying("input.identity.second-factor.begin-first"));
    Check check = checkTotp(factor, code);
    if (check != Check.ACCEPTED) {
      throw refusal(check);
    }
    store.confirm(userId, clock.instant());
    List<String> codes = RecoveryCodes.generate();
    store.replaceRecoveryCodes(userId, codes.stream().map(RecoveryCodes::hash).toList());
    events.publishEvent(new SecondFactorEnrolled(UUID.randomUUID(), userId, clock.instant(), userId));
    return codes;
  }

  /** Checks the code typed after the password: a TOTP code, or one of the recovery codes. */
  @Transactional
  public Check verify(UUID userId, String code) {
    SecondFactor factor = store.find(userId).filter(SecondFactor::confirmed).orElse(null);
    if (factor == null) {
      return Check.NOT_ENROLLED;
    }
    if (RecoveryCodes.looksLikeOne(code)) {
      if (throttled(factor)) {
        return Check.TOO_MANY_ATTEMPTS;
      }
      if (store.useRecoveryCode(userId, RecoveryCodes.hash(code), clock.instant())) {
        store.clearFailures(userId);
        events.publishEvent(new RecoveryCodeUsed(UUID.randomUUID(), userId, clock.instant(), userId,
            store.recoveryCodesLeft(userId)));
        return Check.ACCEPTED;
      }
      store.countFailure(userId, clock.instant(), clock.instant().minus(window));
      return Check.WRONG;
    }
    return checkTotp(factor, code);
  }

  /** Turns two-step sign-in off, proven with a current code; not while the installation requires it of the role. */
  @Transactional(noRollbackFor = InvalidInputException.class)
  public void remove(UUID userId, InstallationRole role, String code) {
    if (requiredFor(role)) {
      throw new InvalidInputException("code", "Required", "two-step sign-in is required for your role here")
          .saying("input.identity.second-factor.required");
    }
    Check check = verify(userId, code);
    if (check != Check.ACCEPTED) {
      throw refusal(check);
    }
    store.remove(userId);
    events.publishEvent(new SecondFactorRemoved(UUID.randomUUID(), userId, clock.instant(), userId));
  }

  /**
   * An administrator turns someone's two-step sign-in off when its phone is lost with the recovery codes: the person
   * cannot prove a code, so {@link #remove} is no way out for them. Their sessions end, so whoever has the phone and a
   * session open is out too; where the installation requires two-step sign-in of their role, they set it up again at
   * their next sign-in. Recorded with who did it. Answers whether there was anything to turn off.
   */
  @Transactional
  public boolean reset(UUID actorId, UUID userId) {
    if (store.find(userId).isEmpty()) {
      return false;
    }
    store.remove(userId);
    accounts.endSessions(userId);
    events.publishEvent(new SecondFactorRemoved(UUID.randomUUID(), actorId, clock.instant(), userId));
    return true;
  }

  /** Minutes until a throttled account may try again (at least one). */
  public long minutesToWait(UUID userId) {
    Instant since = store.find(userId).map(SecondFactor::failuresSince).orElse(null);
    if (since == null) {
      return 1;
    }
    return Math.max(1, Duration.between(clock.instant(), since.plus(window)).toMinutes() + 1);
  }

  private Check checkTotp(SecondFactor factor, String code) {
    if (throttled(factor)) {
      return Check.TOO_MANY_ATTEMPTS;
    }
    java.util.Optional<byte[]> secret = key.open(factor.userId(), factor.sealedSecret());
    if (secret.isEmpty()) {
      // Fails closed: without the secret no code is right, and a wrong-code count would only lock the person out.
      return Check.UNREADABLE;
    }
    Instant now = clock.instant();
    OptionalLong step = Totp.matchingStep(secret.get(), code, now);
    if (step.isEmpty()) {
      store.countFailure(factor.userId(), now, now.minus(window));
      return Check.WRONG;
    }
    if (!store.useStep(factor.userId(), step.getAsLong())) {
      store.countFailure(factor.userId(), now, now.minus(window));
      return Check.ALREADY_USED;
    }
    store.clearFailures(factor.userId());
    return Check.ACCEPTED;
  }

  private boolean throttled(SecondFactor factor) {
    return factor.failures() >= maxFailures && factor.failuresSince() != null
        && !factor.failuresSince().isBefore(clock.instant().minus(window));
  }

  private static InvalidInputException refusal(Check check) {
    return switch (check) {
      case ALREADY_USED -> new InvalidInputException("code", "NotReused",
          "that code was used already: wait for the next one").saying("input.identity.second-factor.already-used");
      case TOO_MANY_ATTEMPTS -> new InvalidInputException("code", "Throttled",
          "too many wrong codes: wait a few minutes and try again").saying("input.identity.second-factor.throttled");
      case NOT_ENROLLED -> new InvalidInputException("code", "Enrolment", "two-step sign-in is not on for this account")
          .saying("input.identity.second-factor.not-on");
      case UNREADABLE -> new InvalidInputException("code", "Readable", "the key of your two-step sign-in cannot be "
          + "read on this server: ask a SetSafe administrator to turn two-step sign-in off for you, then set it up "
          + "again").saying("input.identity.second-factor.unreadable");
      default -> new InvalidInputException("code", "Totp", "that code is not right: codes change every 30 seconds")
          .saying("input.identity.second-factor.wrong");
    };
  }
}
