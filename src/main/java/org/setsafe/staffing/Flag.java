package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.shared.ReadersWords;
import org.setsafe.shared.Refusal.Said;
import org.setsafe.staffing.domain.FlagKind;

/**
 * A rest or hours flag on a firearms scene, with the decision on it if one was recorded. {@code detail} is the rest
 * and hours rules' English, as the flag is recorded when raised; {@code detailWords} says the same in bundle words,
 * worked out from the same numbers on every read.
 */
public record Flag(UUID sceneId, String sceneNumber, LocalDate date, UUID personId, String personName,
    String watchedAs, FlagKind kind, String code, String detail, Said detailWords, DecisionView decision) {

  public boolean decided() {
    return decision != null;
  }

  /** Whether this is the flag a decision names: the same scene, person and kind. */
  boolean is(UUID sceneId, UUID personId, FlagKind kind) {
    return this.sceneId.equals(sceneId) && this.personId.equals(personId) && this.kind == kind;
  }

  /** What the rules found, in the language of the page being answered. */
  public String detailForReader() {
    return ReadersWords.say(detailWords, detail);
  }

  /** Why the person is watched on the scene, in the language of the page being answered. */
  public String watchedAsForReader() {
    return ReadersWords.say(FatigueFlags.watchedAsWords(watchedAs), watchedAs);
  }
}
