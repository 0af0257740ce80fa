package org.setsafe.incident;

/** Where a root cause lies, in the categories investigators sort contributing factors by. */
public enum CauseCategory {
  PEOPLE("People"),
  EQUIPMENT_AND_AMMUNITION("Equipment and ammunition"),
  PROCEDURE("Procedure"),
  SUPERVISION_AND_MANAGEMENT("Supervision and management"),
  ENVIRONMENT("Environment"),
  TIME_PRESSURE("Time pressure");

  private final String label;

  CauseCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
