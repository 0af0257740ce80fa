package org.setsafe.production;

import java.util.Comparator;
import java.util.Locale;

/**
 * Scenes in the order a script and a call sheet give them: by their number read as a number, then by the letter of
 * an inserted scene, so 7, 12, 12A, 12B, 34 (a text sort would give 12, 12A, 34, 7). Numbers with parts, as
 * {@code 4.1} or {@code 101-3}, compare part by part; anything else falls back to the text, ignoring case.
 */
public final class SceneOrder implements Comparator<String> {

  /** Scene numbers in natural order. */
  public static final SceneOrder NUMBERS = new SceneOrder();

  /** Scenes by their number in natural order. */
  public static final Comparator<Scene> SCENES = Comparator.comparing(Scene::number, NUMBERS);

  private SceneOrder() {
  }

  @Override
  public int compare(String a, String b) {
    String x = a == null ? "" : a.strip();
    String y = b == null ? "" : b.strip();
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      char cx = x.charAt(i);
      char cy = y.charAt(j);
      if (Character.isDigit(cx) && Character.isDigit(cy)) {
        int endX = digitsEnd(x, i);
        int endY = digitsEnd(y, j);
        int byValue = compareDigits(x.substring(i, endX), y.substring(j, endY));
        if (byValue != 0) {
          return byValue;
        }
        i = endX;
        j = endY;
      } else if (Character.isDigit(cx) != Character.isDigit(cy)) {
        // "12" before "12A", and "12.1" after: a number part sorts before a letter at the same place.
        return Character.isDigit(cx) ? -1 : 1;
      } else {
        int byLetter = Character.compare(Character.toUpperCase(cx), Character.toUpperCase(cy));
        if (byLetter != 0) {
          return byLetter;
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(x.length() - i, y.length() - j);
    return byLength != 0 ? byLength : x.toUpperCase(Locale.ROOT).compareTo(y.toUpperCase(Locale.ROOT));
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Compares two runs of digits by value, however long (leading zeros ignored, then by length, then digit by digit). */
  private static int compareDigits(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }
}
