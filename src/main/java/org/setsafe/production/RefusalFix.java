package org.setsafe.production;

import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Who fixes what one module's rules refused, and where: each module answers for its own rules' codes, so any page
 * can lead a refused person to the fix without depending on the module whose rule said no ({@link RefusalFixes}
 * gathers them).
 */
public interface RefusalFix {

  /**
   * What to ask of whom, and the page where it is done. The ask and the link's text are messages of the refusals
   * bundle ({@code refusal.fix.*}), drawn in the reader's language when the page is.
   */
  record Fix(MessageSourceResolvable ask, MessageSourceResolvable linkText, String link) {

    /** A message of the bundles by its key, with the arguments its pattern names ({0}: a scene's number...). */
    public static MessageSourceResolvable words(String key, Object... arguments) {
      return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
  }

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
