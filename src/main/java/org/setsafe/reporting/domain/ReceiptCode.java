package org.setsafe.reporting.domain;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The code an anonymous reporter keeps to follow their report: 24 random digits from {@link SecureRandom},
 * shown in groups of four. The first eight are a lookup prefix, stored in clear so that following up finds one
 * row instead of hashing against every report; the whole code is stored only as a slow hash, and the sixteen
 * digits after the prefix are secret.
 */
public record ReceiptCode(String digits) {

  public static final int LENGTH = 24;
  public static final int LOOKUP = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  public ReceiptCode {
    if (digits == null || !digits.matches("[0-9]{" + LENGTH + "}")) {
      throw new IllegalArgumentException("a receipt code is " + LENGTH + " digits");
    }
  }

  public static ReceiptCode random() {
    StringBuilder digits = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return new ReceiptCode(digits.toString());
  }

  /** What a person typed, with spaces and dashes forgiven; empty when it cannot be a code. */
  public static Optional<ReceiptCode> parse(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String digits = typed.replaceAll("[\\s-]", "");
    return digits.matches("[0-9]{" + LENGTH + "}") ? Optional.of(new ReceiptCode(digits)) : Optional.empty();
  }

  public String lookup() {
    return digits.substring(0, LOOKUP);
  }

  /** As shown to the reporter: {@code 1234 5678 9012 3456 7890 1234}. */
  public String grouped() {
    return digits.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return "ReceiptCode[" + lookup() + "…]";
  }
}
