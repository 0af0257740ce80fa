package org.setsafe.incident;

/** Corrective: removes the cause of what happened. Preventive: keeps it from happening elsewhere or again. */
public enum ActionKind {
  CORRECTIVE("Corrective"),
  PREVENTIVE("Preventive");

  private final String label;

  ActionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
