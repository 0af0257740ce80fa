package org.setsafe.custody;

import java.util.List;
import java.util.Optional;
import org.setsafe.custody.SecondRoles.DoubledRoleHeld;
import org.setsafe.custody.domain.SafetyRolesApartPolicy;
import org.setsafe.shared.Refusal.Said;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No firearm goes out on a day the people who check the armorer hold roles that must stand alone (a safety
 * advisor with another role, a 1st AD who is also safety advisor or armorer) without a producer's override for
 * that day. Replicas and rubber props are not held back. Refused and recorded like every custody refusal.
 */
@Component
@Order(35)
class SafetyRolesGate implements IssueGate {

  private final SecondRoles secondRoles;

  SafetyRolesGate(SecondRoles secondRoles) {
    this.secondRoles = secondRoles;
  }

  @Override
  public Optional<Refused> check(WeaponIssue issue) {
    if (!issue.firearm()) {
      return Optional.empty();
    }
    List<DoubledRoleHeld> doubled = secondRoles.doubledRolesOn(issue.productionId(), issue.shootingDate());
    if (doubled.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(refused(doubled.get(0), issue.weaponLabel()));
  }

  /** The first safety role held with another duty that day holds the firearm back; with its words. */
  static Refused refused(DoubledRoleHeld first, String weaponLabel) {
    return new Refused(SafetyRolesApartPolicy.RULE, first.reason() + " Until then " + weaponLabel
        + " stays with the armorer.", Said.of("reason.custody.safety-roles-gate",
            first.said() != null ? first.said() : first.reason(), weaponLabel));
  }
}
