package org.setsafe.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Usernames are compared case-insensitively, so they are stored lower-case. */
public final class Usernames {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

  private Usernames() {}

  public static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  /** Why the (normalised) username is refused, or empty when it is acceptable. */
  public static Optional<String> check(String normalised) {
    if (!ALLOWED.matcher(normalised).matches()) {
      return Optional.of("must be 3 to 64 characters: letters, digits, '.', '_', '-', '@', starting with a letter or digit");
    }
    return Optional.empty();
  }
}
