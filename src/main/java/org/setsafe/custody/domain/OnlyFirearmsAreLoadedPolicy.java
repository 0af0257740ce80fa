package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/** A replica or rubber prop never takes rounds: tracked like a firearm, never loadable. */
public final class OnlyFirearmsAreLoadedPolicy {

  public static final String RULE = "custody.only-firearms-are-loaded";

  public Optional<Refusal> check(Weapon weapon) {
    if (weapon.loadable()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, weapon.label() + " is a " + weapon.kind().name().toLowerCase().replace('_', ' ')
        + " and is never loaded; if it takes rounds, it must be registered as a firearm.")
        .saying("reason." + RULE, weapon.label(), Said.of("reason.weapon-kind." + weapon.kind().name())));
  }
}
