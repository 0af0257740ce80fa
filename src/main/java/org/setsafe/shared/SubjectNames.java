package org.setsafe.shared;

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
   * The same name in bundle words, for a page that reads the fact in its reader's language ("la escena 12A"); empty
   * when this module names the subject the same in every language, or does not name it: the page then shows
   * {@link #name}.
   */
  default Optional<Refusal.Said> nameSaid(UUID productionId, String type, UUID id) {
    return Optional.empty();
  }
}
