package org.setsafe.incident.domain;

/**
 * The two roles that sign an investigation report off: the safety advisor, who ran the investigation for the
 * production, and a producer, who answers for the production and its corrective actions (ISO 45001 10.2: the
 * findings reach those who can act on them).
 */
public enum SigningRole {
  SAFETY_ADVISOR("Safety advisor"),
  PRODUCER("Producer");

  private final String label;

  SigningRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
