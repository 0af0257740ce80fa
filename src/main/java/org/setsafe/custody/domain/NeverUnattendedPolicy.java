package org.setsafe.custody.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A weapon is never unattended: at the meal break and at wrap every weapon is locked up or in the armorer's
 * hands, and one out with a performer longer than the limit raises an alert. On "Rust" guns sat on an
 * unattended cart over lunch. These are alerts for the armorer and the 1st AD, not refusals: the weapon is
 * already where it is, and someone has to go and get it.
 */
public final class NeverUnattendedPolicy {

  public static final String RULE = "custody.never-unattended";
  public static final Duration DEFAULT_OUT_LIMIT = Duration.ofMinutes(30);

  /** The moments of the day at which every weapon must be back. */
  public enum Checkpoint {
    MEAL_BREAK("the meal break"),
    WRAP("wrap");

    private final String words;

    Checkpoint(String words) {
      this.words = words;
    }
  }

  private final Duration outLimit;

  public NeverUnattendedPolicy() {
    this(DEFAULT_OUT_LIMIT);
  }

  public NeverUnattendedPolicy(Duration outLimit) {
    if (outLimit == null || outLimit.isNegative() || outLimit.isZero()) {
      throw new IllegalArgumentException("the out limit must be positive");
    }
    this.outLimit = outLimit;
  }

  /** Every weapon not locked up or with the armorer at a meal break or wrap. */
  public List<UnattendedAlert> at(Checkpoint checkpoint, Collection<WeaponCustody> weapons) {
    List<UnattendedAlert> alerts = new ArrayList<>();
    for (WeaponCustody weapon : weapons) {
      if (!weapon.state().attended()) {
        alerts.add(alert(weapon, weapon.weapon().label() + " is still with a performer at " + checkpoint.words
            + "; every weapon is locked up or with the armorer (industry safety bulletin #1: never unattended)."));
      }
    }
    return List.copyOf(alerts);
  }

  /** Every weapon with a performer for longer than the limit. */
  public List<UnattendedAlert> outTooLong(Collection<WeaponCustody> weapons, Instant now) {
    List<UnattendedAlert> alerts = new ArrayList<>();
    for (WeaponCustody weapon : weapons) {
      weapon.issue().ifPresent(issue -> {
        if (issue.occurredAt().plus(outLimit).isBefore(now)) {
          alerts.add(alert(weapon, weapon.weapon().label() + " has been out with a performer for more than "
              + outLimit.toMinutes() + " minutes; the armorer collects it or checks it again."));
        }
      });
    }
    return List.copyOf(alerts);
  }

  private static UnattendedAlert alert(WeaponCustody weapon, String reason) {
    Instant since = weapon.issue().map(CustodyEvents.WeaponIssued::occurredAt).orElse(null);
    return new UnattendedAlert(weapon.weaponId(), weapon.weapon().label(), weapon.holder().orElse(null), since,
        RULE, reason);
  }
}
