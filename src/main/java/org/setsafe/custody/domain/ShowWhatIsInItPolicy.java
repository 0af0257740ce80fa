package org.setsafe.custody.domain;

import java.util.Optional;
import org.setsafe.shared.Refusal;

/**
 * The witnesses are shown what is in the weapon, never something else: an empty weapon is shown clear, a loaded
 * one has its load shown round by round, and a loaded weapon is never "shown clear". On "Rust" the record said
 * "cold gun" while the gun held a live round; a show-clear of a loaded weapon would be that record again.
 */
public final class ShowWhatIsInItPolicy {

  public static final String RULE = "custody.show-what-is-in-it";

  /** Refuses a show-clear of a weapon with rounds in it. */
  public Optional<Refusal> checkShowClear(WeaponCustody custody) {
    if (!custody.loaded()) {
      return Optional.empty();
    }
    int rounds = custody.roundsInWeapon().values().stream().mapToInt(Integer::intValue).sum();
    return Optional.of(new Refusal(RULE, custody.weapon().label() + " has " + rounds
        + (rounds == 1 ? " round" : " rounds") + " in it: a loaded weapon is never shown clear. Show the witnesses "
        + "the load, round by round, or unload it and show it clear.").saying("reason." + RULE + ".loaded-"
        + (rounds == 1 ? "one" : "many"), custody.weapon().label(), String.valueOf(rounds)));
  }

  /** Refuses a showing of the load of an empty weapon, or of a load part-fired since it was loaded. */
  public Optional<Refusal> checkShowLoad(WeaponCustody custody) {
    if (custody.manifest().isEmpty()) {
      return Optional.of(new Refusal(RULE, custody.weapon().label() + " is empty: show it clear, with chamber, "
          + "cylinder or magazine, and barrel empty.").saying("reason." + RULE + ".empty", custody.weapon().label()));
    }
    if (!custody.shownLoadIsTheLoad(custody.manifest())) {
      return Optional.of(new Refusal(RULE, "Rounds have been fired from " + custody.weapon().label()
          + " since it was loaded, so the record cannot say which position holds what: unload it and load it again "
          + "before showing the load.").saying("reason." + RULE + ".part-fired", custody.weapon().label()));
    }
    return Optional.empty();
  }
}
