package org.setsafe.staffing;

import java.util.Locale;
import java.util.UUID;
import org.setsafe.shared.InvalidInputException;
import org.setsafe.shared.Text;
import org.setsafe.staffing.domain.FlagKind;

/**
 * What a producer or UPM did about a flag on a firearms scene (a relief armorer brought in, hours cut, the scene
 * moved): the flag is named by its scene, the person flagged and its kind (REST_SHORT, WEEKLY_HOURS_EXCEEDED).
 */
public record DecideFlag(UUID sceneId, UUID personId, String kind, String decision) {

  public static final int MAX_DECISION = 2000;

  /** The flag's kind, the scene, the person and the decision's words, refused in that order when missing. */
  Checked checked() {
    FlagKind flagKind = flagKind(kind);
    if (sceneId == null) {
      throw new InvalidInputException("sceneId", "Required", "sceneId names the flagged scene");
    }
    if (personId == null) {
      throw new InvalidInputException("personId", "Required", "personId names the person flagged");
    }
    return new Checked(flagKind, Text.required("decision", decision, MAX_DECISION));
  }

  record Checked(FlagKind kind, String decision) {}

  private static FlagKind flagKind(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("kind", "Required", "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED");
    }
    try {
      return FlagKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "Known", "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED");
    }
  }
}
