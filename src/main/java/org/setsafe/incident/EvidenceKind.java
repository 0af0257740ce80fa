package org.setsafe.incident;

/** What a piece of physical evidence is. */
public enum EvidenceKind {
  ROUND("Round"),
  WEAPON("Weapon"),
  VIDEO("Phone video"),
  OTHER("Other");

  private final String label;

  EvidenceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
