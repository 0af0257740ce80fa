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
      throw new InvalidInputException("sceneId", "Required", "sceneId names the flagged scene")
          .saying("input.staffing.flag.scene-required");
    }
    if (personId == null) {
      throw new InvalidInputException("personId", "Required", "personId names the person flagged")
          .saying("input.staffing.flag.person-required");
    }
    return new Checked(flagKind, Text.required("decision", decision, MAX_DECISION));
  }

  record Checked(FlagKind kind, String decision) {}

  private static FlagKind flagKind(String value) {
    if (value == null || value.isBlank()) {
      throw kindProblem("Required");
    }
    try {
      return FlagKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw kindProblem("Known");
    }
  }

  /** Missing or unknown, the answer names the kinds a flag has. */
  private static InvalidInputException kindProblem(String rule) {
    return new InvalidInputException("kind", rule, "kind is REST_SHORT or WEEKLY_HOURS_EXCEEDED")
        .saying("input.staffing.flag.kind");
  }
}
