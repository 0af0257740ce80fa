package org.setsafe.incident;

/**
 * An outcome of an incident the regulator must hear of by phone or online within hours (29 CFR 1904.39; in
 * California 8 CCR 342 with Labor Code §6302(h)'s "serious injury or illness"). What OSHA's forms record about the
 * case (days away, restricted work) is the OSHA records' business; this is only what starts a reporting clock.
 */
public enum ReportableOutcome {
  DEATH("A death"),
  IN_PATIENT_HOSPITALIZATION("In-patient hospitalization"),
  AMPUTATION("An amputation"),
  LOSS_OF_AN_EYE("Loss of an eye"),
  /** Reportable in California only (Labor Code §6302(h)); federal OSHA does not ask for it. */
  SERIOUS_DISFIGUREMENT("Serious permanent disfigurement");

  private final String label;

  ReportableOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
