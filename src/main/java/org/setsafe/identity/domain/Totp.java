package org.setsafe.identity.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): the six digits an authenticator app shows, changing
 * every 30 seconds. No library for this is served here, and the algorithm is a dozen lines; {@code TotpTest} holds it
 * to the RFC's own test vectors.
 */
public final class Totp {

  /** How long one code lasts (RFC 6238's default, what every authenticator app assumes). */
  public static final long STEP_SECONDS = 30;
  public static final int DIGITS = 6;
  /** A phone's clock a little off, or a code typed as it changed: the step before and after are accepted too. */
  private static final int DRIFT_STEPS = 1;
  private static final int SECRET_BYTES = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new shared secret: 160 bits, as RFC 4226 recommends for HMAC-SHA1. */
  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The step a moment falls in: seconds since the epoch over 30. */
  public static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
  }

  /** The six-digit code of a step, as the authenticator app shows it. */
  public static String code(byte[] secret, long step) {
    return code(secret, step, DIGITS, "HmacSHA1");
  }

  /** RFC 4226 section 5.3 with RFC 6238's choice of HMAC: dynamic truncation of the HMAC of the step. */
  static String code(byte[] secret, long step, int digits, String hmac) {
    try {
      Mac mac = Mac.getInstance(hmac);
      mac.init(new SecretKeySpec(secret, hmac));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
      int offset = hash[hash.length - 1] & 0x0f;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      int modulus = (int) Math.pow(10, digits);
      return String.format("%0" + digits + "d", binary % modulus);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(hmac + " is part of every Java runtime", e);
    }
  }

  /**
   * The step whose code this is, within the drift allowed around {@code now}, or empty. The caller refuses a step
   * already used, so a code seen over a shoulder cannot be used again.
   */
  public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    String typed = code == null ? "" : code.replaceAll("\\s", "");
    if (!typed.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    OptionalLong found = OptionalLong.empty();
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      // Every step compared in constant time, none skipped, so the time taken tells nothing.
      if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
          typed.getBytes(StandardCharsets.US_ASCII)) && found.isEmpty()) {
        found = OptionalLong.of(step);
      }
    }
    return found;
  }

  /**
   * The {@code otpauth://} link an authenticator app reads from the QR code (the de-facto "Key Uri Format"): the
   * installation's name as issuer, so the entry reads "SetSafe: rosa.armorer" on the phone.
   */
  public static String keyUri(String issuer, String accountName, byte[] secret) {
    String label = encode(issuer) + ":" + encode(accountName);
    return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
        + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
