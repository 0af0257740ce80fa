package org.setsafe.shared;

/**
 * What characters text from people may hold, at the door and in every module: letters, digits, punctuation,
 * any script, tab and line feed. Refused: NUL and the other control characters (U+0000–U+001F, U+007F–U+009F;
 * PostgreSQL cannot store NUL in text, and none of them can be seen on a page or a printed report) and unpaired
 * UTF-16 surrogates (half of a character, which no database or PDF can encode). A carriage return is not
 * refused but turned into a line feed, since a browser's text area sends every line break as CR LF.
 */
public final class TextRule {

  /** Code of the refusal of a control character other than tab and line feed. */
  public static final String NO_CONTROL_CHARACTERS = "NoControlCharacters";

  /** Code of the refusal of half a character (an unpaired surrogate). */
  public static final String NO_UNPAIRED_SURROGATES = "NoUnpairedSurrogates";

  private TextRule() {}

  /**
   * A broken rule: its code, the character found as {@code U+XXXX}, and where (0-based index in the text as
   * received).
   */
  public record Violation(String rule, String codePoint, int index) {

    /** What was found, in words. */
    public String found() {
      return NO_UNPAIRED_SURROGATES.equals(rule) ? "half of a character (" + codePoint + ")"
          : "an invisible control character (" + codePoint + ")";
    }

    /** In words a crew member can act on, naming the field. */
    public String message(String field) {
      return field + " contains " + found() + " at character " + (index + 1) + "; type or paste the text again "
          + "without it (tabs and line breaks are fine)";
    }

    /** The refusal of the field's text, its message said in the reader's words on a page. */
    public InvalidInputException problem(String field) {
      return new InvalidInputException(field, rule, message(field)).saying(NO_UNPAIRED_SURROGATES.equals(rule)
          ? "input.shared.text.half-character" : "input.shared.text.control-character", field, codePoint,
          String.valueOf(index + 1));
    }
  }

  /** The first character the rule refuses, or {@code null} when the text is acceptable (or null). */
  public static Violation violation(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return new Violation(NO_UNPAIRED_SURROGATES, codePoint(c), i);
      }
      if (Character.isLowSurrogate(c)) {
        return new Violation(NO_UNPAIRED_SURROGATES, codePoint(c), i);
      }
      if (refusedControl(c)) {
        return new Violation(NO_CONTROL_CHARACTERS, codePoint(c), i);
      }
    }
    return null;
  }

  /**
   * The text with its line breaks as line feeds, when the rule accepts it; otherwise refused with the field and
   * the rule named. {@code null} stays {@code null}.
   */
  public static String admit(String field, String text) {
    Violation violation = violation(text);
    if (violation != null) {
      throw violation.problem(field);
    }
    return lineFeeds(text);
  }

  /** CR LF and a lone CR become LF; everything else is left as it is. {@code null} stays {@code null}. */
  public static String lineFeeds(String text) {
    if (text == null || text.indexOf('\r') < 0) {
      return text;
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * The text with every refused character written out visibly as {@code [U+0000]}, for what must be kept
   * whatever arrived (a hazard report built from a recorded fact): nothing is dropped, and the result is
   * accepted by the rule. {@code null} stays {@code null}.
   */
  public static String quoted(String text) {
    if (text == null || violation(lineFeeds(text)) == null) {
      return lineFeeds(text);
    }
    String lines = lineFeeds(text);
    StringBuilder out = new StringBuilder(lines.length() + 16);
    for (int i = 0; i < lines.length(); i++) {
      char c = lines.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
        out.append(c).append(lines.charAt(++i));
      } else if (Character.isSurrogate(c) || refusedControl(c)) {
        out.append('[').append(codePoint(c)).append(']');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean refusedControl(char c) {
    return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
  }

  private static String codePoint(char c) {
    return String.format("U+%04X", (int) c);
  }
}
