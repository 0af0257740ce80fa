package org.setsafe.identity.domain;

import java.security.SecureRandom;

/**
 * Passwords SetSafe makes up (first administrator, resets): 20 characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), in groups of four so they can be read aloud on set. 98 bits of entropy.
 * The holder must replace it at first sign-in.
 */
public final class OneTimePasswords {

  private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(24);
    for (int i = 0; i < 20; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }
}
