package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.setsafe.custody.domain.UnattendedWords.Where;

/**
 * A weapon is never unattended: at the meal break and at wrap every weapon is locked up, wherever it is (with a
 * performer, on the armorer's cart, handed from one armorer to another), and one out of lock-up with no custody
 * step for longer than the idle limit raises an alert too. On "Rust" guns sat on a cart over lunch, "with the
 * armorer" on paper. These are alerts, not refusals: the weapon is already where it is, and someone has to go and
 * lock it up. One still out when the lock-up grace runs out is overdue, and a hazard report opens.
 */
public final class NeverUnattendedPolicy {

  public static final String RULE = "custody.never-unattended";
  public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(30);
  public static final Duration DEFAULT_LOCK_UP_GRACE = Duration.ofMinutes(10);

  /** The moments of the day at which every weapon must be locked up. */
  public enum Checkpoint {
    MEAL_BREAK("the meal break"),
    WRAP("wrap");

    private final String words;

    Checkpoint(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private final Duration idleLimit;

  public NeverUnattendedPolicy() {
    this(DEFAULT_IDLE_LIMIT);
  }

  public NeverUnattendedPolicy(Duration idleLimit) {
    if (idleLimit == null || idleLimit.isNegative() || idleLimit.isZero()) {
      throw new IllegalArgumentException("the idle limit must be positive");
    }
    this.idleLimit = idleLimit;
  }

  public Duration idleLimit() {
    return idleLimit;
  }

  /** Every weapon not locked up at a meal break or wrap, wherever it is. */
  public List<UnattendedAlert> at(Checkpoint checkpoint, Collection<WeaponCustody> weapons) {
    List<UnattendedAlert> alerts = new ArrayList<>();
    for (WeaponCustody weapon : weapons) {
      if (weapon.state().out()) {
        alerts.add(alert(weapon, new UnattendedWords(UnattendedWords.Shape.AT_CHECKPOINT, weapon.weapon().label(),
            Where.of(weapon.state()), checkpoint, null)));
      }
    }
    return List.copyOf(alerts);
  }

  /** Every weapon out of lock-up with no custody step for longer than the idle limit. */
  public List<UnattendedAlert> idle(Collection<WeaponCustody> weapons, Instant now) {
    List<UnattendedAlert> alerts = new ArrayList<>();
    for (WeaponCustody weapon : weapons) {
      Optional<Instant> lastStep = weapon.lastEventAt();
      if (weapon.state().out() && lastStep.isPresent() && lastStep.get().plus(idleLimit).isBefore(now)) {
        alerts.add(alert(weapon, new UnattendedWords(UnattendedWords.Shape.IDLE, weapon.weapon().label(),
            Where.of(weapon.state()), null, idleLimit.toMinutes())));
      }
    }
    return List.copyOf(alerts);
  }

  /**
   * Whether a weapon alerted about is overdue when the grace ran out: still not locked up, or, for an alert about
   * standing idle, still with no custody step since the alert. {@code whenAlerted} and {@code afterGrace} are its
   * custody at those two moments.
   */
  public Optional<UnattendedAlert> overdue(WeaponCustody whenAlerted, WeaponCustody afterGrace, boolean idleAlert,
      Duration grace) {
    if (!afterGrace.state().out()) {
      return Optional.empty();
    }
    if (idleAlert && afterGrace.history().size() > whenAlerted.history().size()) {
      return Optional.empty();
    }
    return Optional.of(alert(afterGrace, new UnattendedWords(idleAlert ? UnattendedWords.Shape.OVERDUE_IDLE
        : UnattendedWords.Shape.OVERDUE, afterGrace.weapon().label(), Where.of(afterGrace.state()), null,
        grace.toMinutes())));
  }

  private static UnattendedAlert alert(WeaponCustody weapon, UnattendedWords words) {
    return new UnattendedAlert(weapon.weaponId(), weapon.weapon().label(), weapon.holder().orElse(null),
        weapon.lastEventAt().orElse(null), RULE, words.english(), words);
  }
}
