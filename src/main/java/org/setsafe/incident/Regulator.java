package org.setsafe.incident;

/** Who a reportable outcome is reported to: federal OSHA, or Cal/OSHA for a workplace in California. */
public enum Regulator {
  OSHA("OSHA"),
  CAL_OSHA("Cal/OSHA");

  private final String label;

  Regulator(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
