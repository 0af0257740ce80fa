package org.setsafe.reporting;

/** How bad it is; drives the default escalation (a critical firearms report reaches level 1 at once). */
public enum Severity {
  LOW("Low"),
  MEDIUM("Medium"),
  HIGH("High"),
  CRITICAL("Critical");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
