package org.setsafe.custody.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.setsafe.custody.domain.CustodyEvents.SecondRoleAuthorised;
import org.setsafe.production.CrewRole;
import org.setsafe.shared.Refusal;
import org.setsafe.shared.Refusal.Said;

/**
 * The people who check the armorer are not the armorer, and hold nothing that pulls them away on a firearms day:
 * the safety advisor has no other role (California Labor Code §9152), and the 1st AD is neither the safety advisor
 * nor the armorer or property master. On "Rust" the 1st AD was also the safety coordinator, took a revolver from
 * the cart and called "cold gun" without a real check. A producer may allow it for one person, role and day, in
 * writing ({@link SecondRoleAuthorised}), as for the armorer.
 */
public final class SafetyRolesApartPolicy {

  public static final String RULE = "custody.safety-roles-apart";

  private static final Set<CrewRole> ARMORER_ROLES = EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER);

  /**
   * One role held beside a role that must stand alone. {@code keptApart} is the safety advisor's (or, for a 1st AD
   * who is also the armorer, the armorer's); {@code secondRole} is the other one, which a producer's override names.
   */
  public record DoubledRole(CrewRole keptApart, CrewRole secondRole) {

    public String describe() {
      return keptApart == CrewRole.SAFETY_ADVISOR
          ? "safety advisor and also " + secondRole.label()
          : "1st AD and also " + keptApart.label().toLowerCase();
    }

    public String rule() {
      return keptApart == CrewRole.SAFETY_ADVISOR
          ? "the safety advisor has no other role on a firearms day (California Labor Code §9152)"
          : "the 1st AD is not also the armorer: the armorer has no other duties (California Labor Code §9153(a)(3))";
    }
  }

  /** Every role in {@code roles} that must not be held together, safety advisor's first. */
  public static List<DoubledRole> doubled(Set<CrewRole> roles) {
    List<DoubledRole> doubled = new ArrayList<>();
    if (roles.contains(CrewRole.SAFETY_ADVISOR)) {
      roles.stream().filter(role -> role != CrewRole.SAFETY_ADVISOR).sorted()
          .forEach(role -> doubled.add(new DoubledRole(CrewRole.SAFETY_ADVISOR, role)));
    }
    if (roles.contains(CrewRole.FIRST_AD)) {
      roles.stream().filter(ARMORER_ROLES::contains).sorted()
          .forEach(role -> doubled.add(new DoubledRole(role, CrewRole.FIRST_AD)));
    }
    return doubled;
  }

  /** The doubled roles in {@code after} that {@code before} did not have: what a change of roles newly creates. */
  public static List<DoubledRole> newlyDoubled(Set<CrewRole> before, Set<CrewRole> after) {
    List<DoubledRole> already = doubled(before);
    return doubled(after).stream().filter(d -> !already.contains(d)).toList();
  }

  /** The doubled roles of this person not allowed by a producer's override for {@code day}. */
  public List<DoubledRole> unauthorised(UUID personId, Set<CrewRole> roles, LocalDate day,
      Collection<SecondRoleAuthorised> overrides) {
    return doubled(roles).stream().filter(d -> !overridden(personId, d, day, overrides)).toList();
  }

  /** Refused when the person holds a doubled role, among {@code candidates}, that no override allows that day. */
  public Optional<Refusal> check(UUID personId, String personName, List<DoubledRole> candidates, LocalDate day,
      Collection<SecondRoleAuthorised> overrides) {
    return candidates.stream().filter(d -> !overridden(personId, d, day, overrides)).findFirst()
        .map(d -> refusal(personName, d, day));
  }

  public static Refusal refusal(String personName, DoubledRole doubled, LocalDate day) {
    return new Refusal(RULE, personName + " is " + doubled.describe() + " on " + day + ": " + doubled.rule()
        + ". A producer records an override for that person, role and day, in writing, or someone else takes "
        + "the role.").saying("reason." + RULE + (doubled.keptApart() == CrewRole.SAFETY_ADVISOR ? ".safety-advisor"
        : ".first-ad-armorer"), personName, doubled.keptApart() == CrewRole.SAFETY_ADVISOR
        ? Said.of("crew.role." + doubled.secondRole().name()) : Said.of("reason.role." + doubled.keptApart().name()),
        String.valueOf(day));
  }

  private static boolean overridden(UUID personId, DoubledRole doubled, LocalDate day,
      Collection<SecondRoleAuthorised> overrides) {
    return overrides.stream().anyMatch(o -> o.armorerId().equals(personId) && o.secondRole() == doubled.secondRole()
        && o.day().equals(day));
  }
}
