package org.setsafe.incident;

/** How a person was involved in an incident. */
public enum Involvement {
  INJURED("Injured"),
  WITNESS("Witness"),
  REPORTER("Reporting");

  private final String label;

  Involvement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
