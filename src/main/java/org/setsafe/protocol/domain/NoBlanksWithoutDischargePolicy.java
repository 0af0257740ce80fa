package org.setsafe.protocol.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A scene whose weapon plan fires nothing takes a weapon shown clear, or loaded only with dummies (from verified
 * dummy lots) and shown: never blanks. Replica or empty before blanks when the scene does not need a discharge
 * (Ontario guideline 39, Australian and BBC guidance); on "Rust" the gun was loaded for a rehearsal that fired
 * nothing. A scene with no plan is refused by the weapon-plan rule before this is asked.
 */
public final class NoBlanksWithoutDischargePolicy {

  public static final String RULE = "protocol.no-blanks-without-discharge";

  /** {@code blanksShown} when the load shown to the witnesses holds anything but dummies. */
  public Optional<Refusal> check(String sceneNumber, String weaponLabel, PlanVersion plan, boolean blanksShown) {
    if (plan == null || plan.content().discharge() || !blanksShown) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "The weapon plan of scene " + sceneNumber + " (version " + plan.version()
        + ") fires nothing, and " + weaponLabel + " was shown loaded with blanks: unload it and show it clear, or "
        + "load verified dummies and show the load.")
        .saying("reason.protocol.no-blanks-without-discharge", sceneNumber, plan.version(), weaponLabel));
  }
}
