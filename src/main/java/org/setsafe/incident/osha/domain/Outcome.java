package org.setsafe.incident.osha.domain;

/**
 * How a recordable case is classified on the 300 log (columns G to J; ITA's {@code incident_outcome}, codes 1 to 4):
 * by its most serious outcome, death before days away before job transfer or restriction before other recordable.
 */
public enum Outcome {
  DEATH(1, "Death"),
  DAYS_AWAY(2, "Days away from work"),
  JOB_TRANSFER_OR_RESTRICTION(3, "Job transfer or restriction"),
  OTHER_RECORDABLE(4, "Other recordable case");

  private final int itaCode;
  private final String label;

  Outcome(int itaCode, String label) {
    this.itaCode = itaCode;
    this.label = label;
  }

  public int itaCode() {
    return itaCode;
  }

  public String label() {
    return label;
  }
}
