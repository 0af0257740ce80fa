package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * While any weapon is out of lock-up, the armorer has no other duties (California Labor Code §9153(a)(3)):
 * giving them a second role that day is refused unless a producer recorded an override for that person, role
 * and day. On "Rust" the armorer also worked as props assistant and was not called back to check the gun.
 */
public final class ArmorerHasNoOtherDutiesPolicy {

  public static final String RULE = "custody.armorer-has-no-other-duties";

  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  public Optional<Refusal> check(UUID personId, Set<CrewRole> currentRoles, CrewRole secondRole, LocalDate day,
      Collection<WeaponCustody> weapons, Collection<SecondRoleAuthorised> overrides) {
    boolean armorer = currentRoles.stream().anyMatch(ARMORER_ROLES::contains);
    if (!armorer || ARMORER_ROLES.contains(secondRole)) {
      return Optional.empty();
    }
    long out = weapons.stream().filter(weapon -> weapon.state().out()).count();
    if (out == 0) {
      return Optional.empty();
    }
    boolean overridden = overrides.stream().anyMatch(override -> override.armorerId().equals(personId)
        && override.secondRole() == secondRole && override.day().equals(day));
    if (overridden) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(RULE, "The armorer has no other duties while weapons are out ("
        + out + " out of lock-up); making them " + secondRole.label() + " needs a producer's recorded override "
        + "(California Labor Code §9153(a)(3)).").saying("reason." + RULE, String.valueOf(out),
        Said.of("crew.role." + secondRole.name())));
  }
}
