package org.setsafe.identity.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.setsafe.shared.Refusal.Said;

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

  /**
   * Why a password is refused: its reason in English ("must be at least 12 characters long", said after the field's
   * name) and the same as bundle words, {@code input.identity.password.<weakness>}.
   */
  public enum Weakness {
    TOO_SHORT("must be at least " + MIN_LENGTH + " characters long", MIN_LENGTH),
    TOO_LONG("must be at most " + MAX_LENGTH + " characters long", MAX_LENGTH),
    THE_USERNAME("must not be the username"),
    COMMONLY_GUESSED("is one of the most commonly guessed passwords");

    private final String reason;
    private final Object[] args;

    Weakness(String reason, Object... args) {
      this.reason = reason;
      this.args = args;
    }

    public String reason() {
      return reason;
    }

    /** The reason as bundle words, to follow the field's name. */
    public Said said() {
      return Said.of("input.identity.password." + name().toLowerCase(Locale.ROOT).replace('_', '-'),
          Arrays.stream(args).map(String::valueOf).toArray());
    }
  }

  /** The reason the password is refused, or empty when it is acceptable. */
  public static Optional<String> check(String username, String password) {
    return weakness(username, password).map(Weakness::reason);
  }

  /** Why the password is refused, or empty when it is acceptable. */
  public static Optional<Weakness> weakness(String username, String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return Optional.of(Weakness.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Weakness.TOO_LONG);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(Weakness.THE_USERNAME);
    }
    if (TOO_COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
      return Optional.of(Weakness.COMMONLY_GUESSED);
    }
    return Optional.empty();
  }
}
