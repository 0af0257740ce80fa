package org.setsafe.budget.domain;

import java.util.Locale;
import org.setsafe.production.CrewRole;

/**
 * The kinds of safety spending a production budgets, one line each. A staffed kind is worked by a duty on
 * staffing's roster, so what was worked comes from the roster and the hours recorded, not from entered costs.
 */
public enum SafetyLineKind {
  ARMORER_DAYS("Armorer days", "day", CrewRole.ARMORER),
  ASSISTANT_ARMORER_DAYS("Assistant armorer days", "day", null),
  SAFETY_ADVISOR_DAYS("Safety advisor days", "day", CrewRole.SAFETY_ADVISOR),
  SET_MEDIC_DAYS("Set medic days", "day", null),
  FIRE_SAFETY("Fire safety", "day", null),
  STUNT_COORDINATOR_DAYS("Stunt coordinator days", "day", CrewRole.STUNT_COORDINATOR),
  SAFETY_TRAINING("Safety training", "session", null),
  PROTECTIVE_EQUIPMENT("Protective equipment (shields, remote heads)", "item", null),
  REPLICA_WEAPONS("Replica weapons instead of firearms", "item", null),
  OTHER("Other safety spending", "item", null);

  private final String label;
  private final String unit;
  private final CrewRole staffedBy;

  SafetyLineKind(String label, String unit, CrewRole staffedBy) {
    this.label = label;
    this.unit = unit;
    this.staffedBy = staffedBy;
  }

  public String label() {
    return label;
  }

  /** What one planned unit is: a day, a training session, an item. */
  public String unit() {
    return unit;
  }

  /** The roster duty that works this line, or null when its actual is entered. */
  public CrewRole staffedBy() {
    return staffedBy;
  }

  public boolean staffed() {
    return staffedBy != null;
  }

  /** The kind a form or body names, in any case; null when it names none. */
  public static SafetyLineKind fromCode(String code) {
    if (code == null) {
      return null;
    }
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
