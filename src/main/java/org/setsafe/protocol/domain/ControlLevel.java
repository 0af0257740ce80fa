package org.setsafe.protocol.domain;

/**
 * The hierarchy of controls (ISO 45001 8.1.2), most effective first: remove the hazard, replace it (a replica or
 * VFX instead of blanks), engineer it away (a shield, a remote camera), organise around it (distances, a
 * rehearsal without firing), and last protect the person (ear and eye protection).
 */
public enum ControlLevel {
  ELIMINATION("Elimination"),
  SUBSTITUTION("Substitution"),
  ENGINEERING("Engineering"),
  ADMINISTRATIVE("Administrative"),
  PPE("PPE");

  private final String label;

  ControlLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
