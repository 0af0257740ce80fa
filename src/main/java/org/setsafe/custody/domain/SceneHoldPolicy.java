package org.setsafe.custody.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;

/**
 * A scene an incident touched is kept as it was for the investigators: no firearm is issued for it until the safety
 * advisor and a producer have each cleared its hold in writing (ISO 45001 10.2, incident investigation; on "Rust"
 * the set was worked on again before anyone had rebuilt who handled what). Other scenes go on; returning, unloading
 * and locking up stay allowed, since they make things safer.
 */
public final class SceneHoldPolicy {

  public static final String RULE = "custody.scene-hold";

  /** {@code sceneId} is the scene the issue names. */
  public Optional<Refusal> check(FirearmsHold hold, boolean firearm, CustodyAction action, UUID sceneId) {
    if (!firearm || action != CustodyAction.ISSUE) {
      return Optional.empty();
    }
    return hold.openOnScene(sceneId).stream().findFirst().map(reason -> {
      Set<CrewRole> clearers = hold.clearancesAwaited(reason.eventId());
      return new Refusal(RULE, reason.where() + " is held for an incident (" + reason.description()
          + "). No firearm is issued for it until the " + RoleWords.inEnglish(clearers) + " clear the hold in "
          + "writing; other scenes go on (evidence kept as it was for the investigation; ISO 45001 10.2).")
          .saying("reason." + RULE, reason.where(), reason.description(), RoleWords.said(clearers));
    });
  }
}
