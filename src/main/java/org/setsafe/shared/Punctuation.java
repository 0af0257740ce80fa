package org.setsafe.shared;

/**
 * Joins what people typed into the sentences SetSafe reads out (an agenda, a call sheet) without stray
 * punctuation: a reason typed with a full stop and then given one ("toward the lens.."), a clause ending in a
 * comma before a semicolon, a blank part leaving ": ." behind.
 */
public final class Punctuation {

  private Punctuation() {
  }

  /** Text to be put inside a sentence: stripped, without the full stop, comma, colon or semicolon it ended with. */
  public static String clause(String text) {
    if (text == null) {
      return "";
    }
    String s = text.strip();
    while (!s.isEmpty() && ".,;:".indexOf(s.charAt(s.length() - 1)) >= 0 && !s.endsWith("...")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s;
  }

  /** Text as a whole sentence: stripped and ending in one full stop (or the question or exclamation mark it has). */
  public static String sentence(String text) {
    String s = clause(text);
    if (s.isEmpty()) {
      return "";
    }
    return s.endsWith("?") || s.endsWith("!") || s.endsWith("…") || s.endsWith("...") ? s : s + ".";
  }
}
