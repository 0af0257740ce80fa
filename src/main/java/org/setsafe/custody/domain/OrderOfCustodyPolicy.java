package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * The order of custody, checked in one place: a disposed weapon takes no further step; a weapon is shown and issued
 * only from the armorer's hands; it leaves the production only unloaded; and whatever else a step would make of the
 * weapon's history must be a history that could have happened ({@link WeaponCustody#then} folds it, and refuses
 * issuing while locked up, returning what was never issued, loading a loaded weapon).
 */
public final class OrderOfCustodyPolicy {

  public static final String RULE = "custody.order-of-custody";

  public Optional<Refusal> checkNotDisposed(WeaponCustody custody) {
    return custody.state() != WeaponState.DISPOSED ? Optional.empty() : Optional.of(new Refusal(RULE,
        custody.weapon().label() + " has left the production; a disposed weapon takes no further steps.")
        .saying("reason." + RULE + ".disposed", custody.weapon().label()));
  }

  /** {@code done}: what is done from the armorer's hands, in words ("shown clear", "issued only"). */
  public Optional<Refusal> checkFromTheArmorersHands(WeaponCustody custody, String done) {
    return custody.state() == WeaponState.WITH_ARMORER ? Optional.empty() : Optional.of(new Refusal(RULE,
        custody.weapon().label() + " is " + words(custody.state()) + "; it is " + done + " from the armorer's hands.")
        .saying("reason." + RULE + ".from-the-armorers-hands", custody.weapon().label(),
            Said.of("reason.weapon-state." + custody.state().name()),
            Said.of("reason.custody.done." + done.replace(' ', '-'))));
  }

  public Optional<Refusal> checkUnloadedToLeave(WeaponCustody custody) {
    return !custody.loaded() ? Optional.empty() : Optional.of(new Refusal(RULE, custody.weapon().label()
        + " still has rounds in it; unload it before it leaves the production.")
        .saying("reason." + RULE + ".loaded-to-leave", custody.weapon().label()));
  }

  /** The weapon's custody once the event is added, or why that history could not have happened. */
  public Fit fits(WeaponCustody custody, WeaponEvent event) {
    try {
      return new Fit(custody.then(event), null);
    } catch (WeaponCustody.ImpossibleStep e) {
      return new Fit(null, new Refusal(RULE, e.getMessage()).saying(e.said().key(), e.said().args().toArray()));
    }
  }

  /** Either the custody after the event or the refusal. */
  public record Fit(WeaponCustody after, Refusal refusal) {}

  private static String words(WeaponState state) {
    return state.name().toLowerCase().replace('_', ' ');
  }
}
