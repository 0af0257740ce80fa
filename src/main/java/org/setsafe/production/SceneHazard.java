package org.setsafe.production;

/**
 * A hazard the script breakdown marks on a scene. Any of them makes the scene high-risk: it needs a risk
 * assessment of its own (California Labor Code §9152), and a firearms scene also a weapon plan, a safety
 * meeting and a dedicated armorer on its day.
 */
public enum SceneHazard {
  FIREARMS("Firearms"),
  STUNTS("Stunts"),
  PYROTECHNICS("Pyrotechnics"),
  VEHICLES("Vehicles"),
  HEIGHTS("Heights"),
  WATER("Water"),
  ANIMALS("Animals");

  private final String label;

  SceneHazard(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
