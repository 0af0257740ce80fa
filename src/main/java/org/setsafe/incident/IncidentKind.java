package org.setsafe.incident;

/**
 * What kind of incident it is, in the words a crew and OSHA's forms use. A discharge nobody meant and a live round
 * found are always incidents: SetSafe opens them by itself from custody's facts.
 */
public enum IncidentKind {
  INJURY_OR_ILLNESS("Injury or illness"),
  NEAR_MISS("Near miss"),
  UNINTENDED_DISCHARGE("Unintended discharge"),
  LIVE_ROUND_FOUND("Live round found"),
  PROPERTY_DAMAGE("Property damage"),
  OTHER("Other");

  private final String label;

  IncidentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
