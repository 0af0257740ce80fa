package org.setsafe.incident.web;

import java.util.Locale;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Languages;

/**
 * The language a reader asks the report or the timeline in ({@code ?language=es}): none, or English, is the file
 * on record (the report as signed off); another language SetSafe speaks is a copy to read that says it is one; a
 * language it does not speak is a 400 naming the field, not quietly the English file.
 */
final class ReadersCopy {

  private ReadersCopy() {}

  /** The language asked for, or {@code null} when none was: the file on record. */
  static Locale language(String language) {
    if (language == null) {
      return null;
    }
    String code = language.strip().toLowerCase(Locale.ROOT);
    if (!Languages.supported(code)) {
      String supported = String.join(", ", Languages.SUPPORTED);
      throw new InvalidInputException("language", "OneOf", "language must be one of " + supported)
          .saying("input.incident.language", supported);
    }
    return Languages.locale(code);
  }

  /** The reader's copy for a page in this language: its code, or {@code null} when the reader reads English. */
  static String offeredTo(Locale reader) {
    Locale nearest = Languages.nearest(reader);
    return Locale.ENGLISH.getLanguage().equals(nearest.getLanguage()) ? null : nearest.getLanguage();
  }
}
