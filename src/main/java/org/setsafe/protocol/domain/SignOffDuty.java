package org.setsafe.protocol.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.setsafe.production.CrewRole;

/**
 * Who answers for an assessment by signing it: the safety advisor always, the department head of each kind of
 * hazard in it (California Labor Code §9152: the assessment is made with the department heads), and the producer
 * when a residual risk stays high. A duty is met by someone holding one of its roles.
 */
public enum SignOffDuty {
  SAFETY_ADVISOR("the safety advisor", EnumSet.of(CrewRole.SAFETY_ADVISOR)),
  FIREARMS("the armorer or property master", EnumSet.of(CrewRole.ARMORER, CrewRole.PROPERTY_MASTER)),
  STUNTS("the stunt coordinator", EnumSet.of(CrewRole.STUNT_COORDINATOR)),
  SPECIAL_EFFECTS("special effects", EnumSet.of(CrewRole.SPECIAL_EFFECTS)),
  FIRST_AD("the 1st AD", EnumSet.of(CrewRole.FIRST_AD)),
  PRODUCER("the producer", EnumSet.of(CrewRole.PRODUCER));

  private final String label;
  private final Set<CrewRole> roles;

  SignOffDuty(String label, Set<CrewRole> roles) {
    this.label = label;
    this.roles = Collections.unmodifiableSet(roles);
  }

  public String label() {
    return label;
  }

  public Set<CrewRole> roles() {
    return roles;
  }

  /** The department head who answers for this kind of hazard. */
  public static SignOffDuty headOf(RiskCategory category) {
    if (category.general()) {
      return FIRST_AD;
    }
    return switch (category.hazard().orElseThrow()) {
      case FIREARMS -> FIREARMS;
      case STUNTS, VEHICLES, HEIGHTS, WATER -> STUNTS;
      case PYROTECHNICS -> SPECIAL_EFFECTS;
      // Electrical, fatigue and other are not marked on scenes, so no entry covers them: the 1st AD answers.
      case ANIMALS, ELECTRICAL, FATIGUE_HOURS, OTHER -> FIRST_AD;
    };
  }

  /** The first of this duty's roles that the person holds, if any. */
  public java.util.Optional<CrewRole> heldBy(Set<CrewRole> held) {
    return roles.stream().filter(held::contains).findFirst();
  }
}
