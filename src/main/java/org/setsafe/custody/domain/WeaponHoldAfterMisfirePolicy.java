package org.setsafe.custody.domain;

import java.util.Optional;
import java.util.stream.Collectors;
import org.setsafe.shared.Refusal;

/**
 * After a misfire or accidental discharge the weapon is not loaded, shown clear or issued again until the
 * armorer and the safety advisor have each recorded a review. On "Rust" two accidental discharges days
 * earlier changed nothing; the regulator cited management for ignoring them.
 */
public final class WeaponHoldAfterMisfirePolicy {

  public static final String RULE = "custody.weapon-hold-after-misfire";

  public Optional<Refusal> check(WeaponCustody custody, CustodyAction action) {
    boolean puttingBackInUse = action == CustodyAction.ISSUE || action == CustodyAction.LOAD
        || action == CustodyAction.SHOW_CLEAR || action == CustodyAction.SHOW_LOAD;
    if (!puttingBackInUse || !custody.onHold()) {
      return Optional.empty();
    }
    String awaited = custody.reviewsAwaited().stream().map(role -> role.label().toLowerCase()).sorted()
        .collect(Collectors.joining(" and "));
    return Optional.of(new Refusal(RULE, custody.weapon().label() + " is on hold after a misfire or accidental "
        + "discharge until the " + awaited + " record a review.").saying("reason." + RULE, custody.weapon().label(),
        RoleWords.said(custody.reviewsAwaited())));
  }
}
