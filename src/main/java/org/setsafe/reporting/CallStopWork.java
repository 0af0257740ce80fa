package org.setsafe.reporting;

import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;

/**
 * A stop-work call: one scene, or the whole production ({@code wholeProduction}, no scene named), with a reason if
 * the caller has time. Stopping comes first; the reason can follow, so two taps are enough. {@code injury}: the call
 * is because someone was hurt, which always opens an incident too.
 */
public record CallStopWork(UUID sceneId, boolean wholeProduction, String reason, boolean injury) {

  /** A stop-work that says nothing about anyone hurt. */
  public CallStopWork(UUID sceneId, boolean wholeProduction, String reason) {
    this(sceneId, wholeProduction, reason, false);
  }

  public static final int MAX_REASON = 2000;
  public static final String NO_REASON = "No reason given yet: ask the person who called it";

  public static CallStopWork onScene(UUID sceneId, String reason) {
    return new CallStopWork(sceneId, false, reason);
  }

  public static CallStopWork onTheWholeProduction(String reason) {
    return new CallStopWork(null, true, reason);
  }

  /** Checked after the door: one scene or the whole production, never both nor neither; the reason within its length. */
  String why() {
    if (wholeProduction && sceneId != null) {
      throw new InvalidInputException("sceneId", "OneOrTheOther",
          "stop one scene or the whole production, not both: leave sceneId out to stop everything")
          .saying("input.reporting.stop-work.one-or-the-other");
    }
    if (!wholeProduction && sceneId == null) {
      throw new InvalidInputException("sceneId", "Required",
          "sceneId is required: which scene stops (or wholeProduction: true to stop everything)")
          .saying("input.reporting.stop-work.scene-required");
    }
    String given = Text.optional("reason", reason, MAX_REASON);
    return given != null ? given : NO_REASON;
  }
}
