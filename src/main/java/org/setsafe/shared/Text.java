package org.setsafe.shared;

/**
 * Free text from people: trimmed, bounded, line breaks as line feeds, and refused with the field named when it
 * is too long or holds a character {@link TextRule} refuses.
 */
public final class Text {

  private Text() {}

  /** The trimmed text; refused when blank or longer than {@code max} characters. */
  public static String required(String field, String value, int max) {
    String text = value == null ? "" : TextRule.admit(field, value).strip();
    if (text.isEmpty() || text.length() > max) {
      throw new InvalidInputException(field, "Size", field + " must be 1 to " + max + " characters")
          .saying("input.shared.text.size", field, String.valueOf(max));
    }
    return text;
  }

  /** The trimmed text, or {@code null} when blank; refused when longer than {@code max} characters. */
  public static String optional(String field, String value, int max) {
    String text = value == null ? "" : TextRule.admit(field, value).strip();
    if (text.length() > max) {
      throw new InvalidInputException(field, "Size", field + " must be at most " + max + " characters")
          .saying("input.shared.text.at-most", field, String.valueOf(max));
    }
    return text.isEmpty() ? null : text;
  }
}
