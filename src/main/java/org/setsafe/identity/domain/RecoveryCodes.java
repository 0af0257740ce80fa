package org.setsafe.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Codes for the day the phone is lost: ten, each used once, shown once. Each is 60 random bits, so a fast hash
 * (SHA-256) is enough to keep them; guessing one online meets the same wait as a wrong TOTP code.
 */
public final class RecoveryCodes {

  public static final int HOW_MANY = 10;
  /** No 0/O, 1/I/L: read off paper and typed on a phone. */
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  /** Fresh codes as shown to the person: "7KQ4M-XH2PR-9TD3W". */
  public static List<String> generate() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < HOW_MANY; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 12; c++) {
        if (c > 0 && c % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** Whether what was typed looks like a recovery code rather than a six-digit TOTP code. */
  public static boolean looksLikeOne(String typed) {
    return typed != null && normalise(typed).length() == 12;
  }

  /** The hash kept for a code, however it was typed (case, dashes and spaces do not matter). */
  public static String hash(String code) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String normalise(String typed) {
    return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
