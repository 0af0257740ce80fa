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

  private Languages() {}

  public static boolean supported(String code) {
    return code != null && SUPPORTED.contains(code);
  }

  /** The locale a page is written in for this language code; English for an unknown or missing one. */
  public static Locale locale(String code) {
    return supported(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
  }

  /** The supported locale nearest this one (Spanish for es-MX, English for anything not spoken). */
  public static Locale nearest(Locale locale) {
    return locale == null ? Locale.ENGLISH : locale(locale.getLanguage());
  }
}
