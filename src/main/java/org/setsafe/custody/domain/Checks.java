package org.setsafe.custody.domain;

import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.shared.TextRule;

/**
 * Shape checks shared by the custody records, so every refusal names the field it is about. Text is bounded but
 * never refused for a character: the door refuses those, and a fact that arrives some other way (the command
 * line, a publication replayed from before the door) keeps such a character written out visibly as
 * {@code [U+0000]} ({@link TextRule#quoted}), so a live-round find is never lost over an invisible character.
 */
final class Checks {

  static final int SHORT = 120;
  static final int LONG = 2000;

  private Checks() {}

  static <T> T present(String field, T value) {
    if (value == null) {
      throw required(field);
    }
    return value;
  }

  /** A field left out: named as the API names it, in every language. */
  static InvalidInputException required(String field) {
    return new InvalidInputException(field, "NotNull", field + " is required").saying("input.custody.required", field);
  }

  static UUID id(String field, UUID value) {
    return present(field, value);
  }

  static String text(String field, String value) {
    return Text.required(field, TextRule.quoted(value), SHORT);
  }

  static String optionalText(String field, String value) {
    return Text.optional(field, TextRule.quoted(value), SHORT);
  }

  static String writtenFinding(String field, String value) {
    return Text.required(field, TextRule.quoted(value), LONG);
  }

  static String optionalNotes(String field, String value) {
    return Text.optional(field, TextRule.quoted(value), LONG);
  }

  /** What every custody fact carries: its id, production, who and when (actor may be required or not). */
  static void fact(UUID eventId, UUID productionId, UUID actorId, java.time.Instant occurredAt, boolean actorRequired) {
    id("eventId", eventId);
    id("productionId", productionId);
    present("occurredAt", occurredAt);
    if (actorRequired) {
      id("actorId", actorId);
    }
  }

  static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidInputException(field, "Positive", field + " must be at least 1")
          .saying("input.custody.at-least-one", field);
    }
    return value;
  }

  static int notNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidInputException(field, "PositiveOrZero", field + " must not be negative")
          .saying("input.custody.not-negative", field);
    }
    return value;
  }
}
