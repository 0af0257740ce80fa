package org.setsafe.reporting;

/** What kind of hazard a report is about, as a crew member would pick it on a phone. */
public enum HazardCategory {
  FIREARMS("Firearms"),
  STUNTS("Stunts"),
  PYROTECHNICS("Pyrotechnics"),
  VEHICLES("Vehicles"),
  RIGGING_HEIGHTS("Rigging and heights"),
  ELECTRICAL("Electrical"),
  WATER("Water"),
  ANIMALS("Animals"),
  FATIGUE_HOURS("Fatigue and hours"),
  OTHER("Other");

  private final String label;

  HazardCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
