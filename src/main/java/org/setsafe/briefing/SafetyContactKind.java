package org.setsafe.briefing;

/**
 * The people the crew calls about safety, and the support they may need after a frightening day. The call sheet
 * prints the safety contacts with the day and the support contacts at its end.
 */
public enum SafetyContactKind {
  /** The person named to receive and act on safety concerns (California Labor Code §9153(a)(5)). */
  COMPLIANCE_CONTACT("Compliance contact (SB 132)", false),
  MEDIC("Set medic", false),
  SAFETY_HOTLINE("Safety hotline", false),
  UNION_SAFETY_REP("Union safety representative", false),
  COUNSELLING("Counselling", true),
  EMPLOYEE_ASSISTANCE("Employee assistance programme", true);

  private final String label;
  private final boolean support;

  SafetyContactKind(String label, boolean support) {
    this.label = label;
    this.support = support;
  }

  public String label() {
    return label;
  }

  /** Support (counselling, employee assistance) rather than a safety contact. */
  public boolean support() {
    return support;
  }
}
