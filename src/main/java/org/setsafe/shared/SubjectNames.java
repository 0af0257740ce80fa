package org.setsafe.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How a module names the things its recorded facts are about, so that a fact can be read back as a sentence
 * ("Rosa Delgado issued Colt Single Action Army #B12 to Eli Navarro for scene 31") by a module that does not
 * depend on the one that recorded it. Each module answers for its own kinds of subject; a name is looked up now
 * and is not evidence (the recorded fact, with its ids, is).
 */
public interface SubjectNames {

  /**
   * The name of the subject of this type (e.g. {@code weapon}, {@code lot}, {@code scene}) on the production, as
   * people on set say it; empty when this module does not name that type or does not know the id. Reads without an
   * access check: the caller has already decided that the reader may see the production's facts.
   */
  Optional<String> name(UUID productionId, String type, UUID id);

  /**
   * As {@link #name}, in the reader's words where the name has words of its own ("el lote de dummies calibre .45
   * Colt de Ellis Props", "escena 12A"), for a page; {@link #name} stays the record's English, for the timeline, its
   * CSV and the signed report. A name with no words of its own (a weapon's make and serial) is the same in both.
   */
  default Optional<String> name(UUID productionId, String type, UUID id, Locale reader) {
    return name(productionId, type, id);
  }
}
