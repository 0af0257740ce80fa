package org.setsafe.protocol.domain;

import org.setsafe.production.SceneHazard;

/** What a hazard entry is about: one of the script breakdown's scene hazards, or the production in general. */
public enum RiskCategory {
  GENERAL("General"),
  FIREARMS("Firearms"),
  STUNTS("Stunts"),
  PYROTECHNICS("Pyrotechnics"),
  VEHICLES("Vehicles"),
  HEIGHTS("Heights"),
  WATER("Water"),
  ANIMALS("Animals");

  private final String label;

  RiskCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static RiskCategory of(SceneHazard hazard) {
    return valueOf(hazard.name());
  }
}
