package org.setsafe.custody.domain;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.setsafe.shared.LocalTimes;
import org.setsafe.shared.Refusal;

/**
 * While work is stopped, no firearm is issued, loaded or shown clear for the stopped scene, and none at all while
 * the whole production is stopped (ISO 45001 7.3, the right to remove oneself from danger; California Labor Code
 * §9151, the safety advisor may halt production). Returning, unloading, collecting and locking up stay allowed:
 * they make things safer. Only the safety advisor resumes work.
 */
public final class StopWorkBindsPolicy {

  public static final String RULE = "custody.stop-work";

  /**
   * {@code scene} is the scene the step is for: the scene an issue names, or for a load or show-clear the scene
   * the weapon was last issued for today (null when it was not issued today: only a stop of the whole production
   * holds it then).
   */
  public Optional<Refusal> check(boolean firearm, CustodyAction action, UUID scene, List<WorkStop> stops,
      ZoneId zone) {
    boolean puttingInUse = action == CustodyAction.ISSUE || action == CustodyAction.LOAD
        || action == CustodyAction.SHOW_CLEAR;
    if (!firearm || !puttingInUse) {
      return Optional.empty();
    }
    return stops.stream().filter(stop -> stop.wholeProduction() || stop.sceneId().equals(scene)).findFirst()
        .map(stop -> new Refusal(RULE, "Work is stopped on " + (stop.wholeProduction() ? "the whole production"
            : stop.scene()) + ": called by " + stop.calledBy() + " at "
            + LocalTimes.time(stop.calledAt(), zone) + " (" + stop.reason() + "). No firearm is issued, loaded "
            + "or shown clear " + (stop.wholeProduction() ? "" : "for it ") + "until the safety advisor resumes "
            + "work in writing; returning, unloading and locking up stay allowed (ISO 45001 7.3; California Labor "
            + "Code §9151).").saying("reason." + RULE + (stop.wholeProduction() ? ".whole-production" : ".scene"),
            stop.wholeProduction() ? "" : stop.scene(), stop.calledBy(), LocalTimes.time(stop.calledAt(), zone),
            stop.reason()));
  }
}
