package org.setsafe.incident.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The code the giving side hands over with an evidence item, for the receiving side (a deputy, a lab) to confirm
 * receipt without an account: 20 random digits, shown once, grouped by four. Only its SHA-256 is kept: unlike a
 * password it is random and long (about 66 bits), so a fast hash is as safe as a slow one and finds its row directly.
 */
public record HandOverCode(String digits) {

  public static final int LENGTH = 20;
  private static final SecureRandom RANDOM = new SecureRandom();

  public HandOverCode {
    if (digits == null || !digits.matches("[0-9]{" + LENGTH + "}")) {
      throw new IllegalArgumentException("a hand-over code is " + LENGTH + " digits");
    }
  }

  public static HandOverCode random() {
    StringBuilder digits = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return new HandOverCode(digits.toString());
  }

  /** What a person typed, with spaces and dashes forgiven; empty when it cannot be a code. */
  public static Optional<HandOverCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s-]", "");
    return digits.matches("[0-9]{" + LENGTH + "}") ? Optional.of(new HandOverCode(digits)) : Optional.empty();
  }

  public String hash() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** As shown to the giving side: {@code 1234 5678 9012 3456 7890}. */
  public String grouped() {
    return digits.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return "HandOverCode[hidden]";
  }
}
