package org.setsafe.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, after NIST SP 800-63B: long enough to resist guessing (12 characters),
 * bounded so hashing cannot be used to exhaust the server, not the username, and not one of the
 * passwords every attacker tries first. No composition rules: they make passwords worse, not better.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> TOO_COMMON = Set.of(
      "123456789012", "1234567890123", "password1234", "password12345", "passwordpassword",
      "qwertyuiopas", "qwerty123456", "iloveyou1234", "letmein12345", "changeme1234",
      "administrator", "welcome12345", "abc123456789", "111111111111", "000000000000");

  private PasswordPolicy() {}

  /** The reason the password is refused, or empty when it is acceptable. */
  public static Optional<String> check(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters long");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters long");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("must not be the username");
    }
    if (TOO_COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
      return Optional.of("is one of the most commonly guessed passwords");
    }
    return Optional.empty();
  }
}
