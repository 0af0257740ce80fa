package org.setsafe.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages SetSafe's pages speak: English, the fallback for everything, and Spanish, spoken on many US sets. A
 * person's choice is kept as one of these codes; a browser asking for any other language reads English.
 */
public final class Languages {

  public static final String ENGLISH = "en";
  public static final String SPANISH = "es";
  public static final List<String> SUPPORTED = List.of(ENGLISH, SPANISH);
  private static final Locale SPANISH_OF_THE_AMERICAS = Locale.forLanguageTag("es-US");

  private Languages() {}

  public static boolean supported(String code) {
    return code != null && SUPPORTED.contains(code);
  }

  /** The locale a page is written in for this language code; English for an unknown or missing one. */
  public static Locale locale(String code) {
    return supported(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
  }

  /**
   * How a reader's numbers are written: Spanish as the Americas write it, "3,301.50" and "2.5", since SetSafe's Spanish
   * is a US set's (see docs/spanish-glossary.md) and a budget is in dollars; Spain's "3.301,50" would read as three
   * dollars to a crew from Mexico or New Mexico. English as English writes it.
   */
  public static Locale numbersFor(Locale reader) {
    Locale spoken = nearest(reader);
    return SPANISH.equals(spoken.getLanguage()) ? SPANISH_OF_THE_AMERICAS : spoken;
  }

  /** The supported locale nearest this one (Spanish for es-MX, English for anything not spoken). */
  public static Locale nearest(Locale locale) {
    return locale == null ? Locale.ENGLISH : locale(locale.getLanguage());
  }
}
