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

  /** A report of this severity in the crew's words: "Firearms hazard report (critical)", "Hazard report (low)". */
  public String reportOf(org.setsafe.production.Hazard category) {
    String kind = category == null || category == org.setsafe.production.Hazard.OTHER ? "Hazard report"
        : category.label() + " hazard report";
    return kind + " (" + label.toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
