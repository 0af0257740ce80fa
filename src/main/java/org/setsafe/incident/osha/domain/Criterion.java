package org.setsafe.incident.osha.domain;

/** The general recording criteria of 29 CFR 1904.7(a): a work-related case meeting any one of them is recordable. */
public enum Criterion {
  DEATH("Death (1904.7(b)(2))"),
  DAYS_AWAY("Days away from work (1904.7(b)(3))"),
  RESTRICTED_WORK_OR_TRANSFER("Restricted work or transfer to another job (1904.7(b)(4))"),
  MEDICAL_TREATMENT("Medical treatment beyond first aid (1904.7(b)(5))"),
  LOSS_OF_CONSCIOUSNESS("Loss of consciousness (1904.7(b)(6))"),
  SIGNIFICANT_DIAGNOSIS("Significant injury or illness diagnosed by a physician or other licensed health care "
      + "professional (1904.7(b)(7))");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
