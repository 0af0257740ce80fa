package org.setsafe.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.setsafe.shared.InvalidInputException;

/**
 * A choice as a phone sends it (a kind of incident, a kind of evidence), read only after the caller's access was
 * checked: someone not on the production learns nothing from a bad body but the 404 everyone off the crew gets.
 */
final class Choices {

  private Choices() {}

  /** The named constant; null when nothing was sent (the domain says what is required); refused when unknown. */
  static <E extends Enum<E>> E oneOf(Class<E> type, String field, String sent) {
    if (sent == null || sent.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, sent.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      throw new InvalidInputException(field, "OneOf", field + " is one of: " + choices)
          .saying("input.incident.one-of", field, choices);
    }
  }
}
