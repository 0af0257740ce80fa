package org.setsafe.custody.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * Only the armorer or property master inspects, loads, shows clear, issues, collects, or otherwise sets a
 * weapon's state (California Labor Code §9153(a)(1)–(2)). A 1st AD announces "cold" only after the armorer
 * recorded it, and never sets it: on "Rust" the 1st AD took a gun from a cart and handed it to the actor.
 *
 * <p>Current qualifications (§9156 permits and training) are checked by the service once training records exist.
 */
public final class OnlyArmorerHandlesPolicy {

  public static final String RULE = "custody.only-armorer-handles";

  public Optional<Refusal> check(CustodyAction action, Set<CrewRole> actorRoles) {
    if (!action.armorerOnly()
        || actorRoles.contains(CrewRole.ARMORER) || actorRoles.contains(CrewRole.PROPERTY_MASTER)) {
      return Optional.empty();
    }
    String what = action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    boolean firstAd = actorRoles.contains(CrewRole.FIRST_AD);
    String who = firstAd
        ? " A 1st AD announces what the armorer recorded and does not set a weapon's state."
        : "";
    return Optional.of(new Refusal(RULE, "Only the armorer or property master may " + what
        + " (California Labor Code §9153(a)(1)–(2))." + who).saying("reason." + RULE + (firstAd ? ".first-ad" : ""),
        Said.of("reason.custody-action." + action.name())));
  }
}
