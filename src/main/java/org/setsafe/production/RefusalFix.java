package org.setsafe.production;

import java.util.Optional;
import java.util.UUID;

/**
 * Who fixes what one module's rules refused, and where: each module answers for its own rules' codes, so any page
 * can lead a refused person to the fix without depending on the module whose rule said no ({@link RefusalFixes}
 * gathers them).
 */
public interface RefusalFix {

  /** What to ask of whom, and the page where it is done. */
  record Fix(String ask, String linkText, String link) {}

  /** The rule in plain words, when it is one of this module's: "A signed weapon plan for the scene". */
  default Optional<String> inWords(String rule) {
    return Optional.empty();
  }

  /**
   * The fix of this module's rule on this production ({@code scene}: the scene the refused step was about, or
   * null); empty when the rule is not this module's or the refused person fixes it right there.
   */
  Optional<Fix> fix(String rule, UUID productionId, Scene scene);
}
