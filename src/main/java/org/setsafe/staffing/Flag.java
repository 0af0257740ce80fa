package org.setsafe.staffing;

import java.time.LocalDate;
import java.util.UUID;
import org.setsafe.staffing.domain.FlagKind;

/** A rest or hours flag on a firearms scene, with the decision on it if one was recorded. */
public record Flag(UUID sceneId, String sceneNumber, LocalDate date, UUID personId, String personName,
    String watchedAs, FlagKind kind, String code, String detail, DecisionView decision) {

  public boolean decided() {
    return decision != null;
  }

  /** Whether this is the flag a decision names: the same scene, person and kind. */
  boolean is(UUID sceneId, UUID personId, FlagKind kind) {
    return this.sceneId.equals(sceneId) && this.personId.equals(personId) && this.kind == kind;
  }
}
