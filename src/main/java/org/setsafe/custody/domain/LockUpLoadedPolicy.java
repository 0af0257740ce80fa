package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * A firearm is unloaded before it is locked away (Ontario guideline 39, BBC guidance: "unloaded and locked away
 * when not needed"). Where the armorer has a reason to lock it up loaded (a hot weapon held between set-ups in
 * the armory safe), they write it, and the lock-up carries it; without one the lock-up is refused and recorded.
 */
public final class LockUpLoadedPolicy {

  public static final String RULE = "custody.lock-up-unloaded";

  public Optional<Refusal> check(WeaponCustody custody, String loadedReason) {
    if (!custody.loaded() || (loadedReason != null && !loadedReason.isBlank())) {
      return Optional.empty();
    }
    int rounds = custody.roundsInWeapon().values().stream().mapToInt(Integer::intValue).sum();
    return Optional.of(new Refusal(RULE, custody.weapon().label() + " has " + rounds
        + (rounds == 1 ? " round" : " rounds") + " in it: unload it before it is locked away, or write why it is "
        + "locked up loaded.").saying("reason." + RULE + (rounds == 1 ? ".one" : ".many"), custody.weapon().label(),
        String.valueOf(rounds)));
  }
}
